package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

class TradeOffChartTest {
    private static TradeOffChart sweep() {
        return TradeOffChart.builder().title("Sparsity costs reconstruction")
                .xAxisTitle("% below 0.01").yAxisTitle("test MSE")
                .series("batch mean", new double[] {10, 40, 70}, new double[] {0.02, 0.03, 0.06}, List.of("a", "b", "c"))
                .point("plain", 1, 0.025)
                .reference("mean image", 0.067);
    }

    @Test
    void seriesPointsAndReferencesKeepTheirDataAndOrder() {
        XYChart chart = sweep().build();
        assertEquals("Sparsity costs reconstruction", chart.getTitle());
        assertEquals("% below 0.01", chart.getXAxisTitle());
        assertEquals("test MSE", chart.getYAxisTitle());
        assertEquals(List.of("batch mean", "plain", "mean image: 0.067"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries line = chart.getSeriesMap().get("batch mean");
        assertArrayEquals(new double[] {10, 40, 70}, line.getXData());
        assertArrayEquals(new double[] {0.02, 0.03, 0.06}, line.getYData());
        assertEquals(org.knowm.xchart.style.Styler.LegendPosition.OutsideS, chart.getStyler().getLegendPosition(),
                "below the plot, where it hides no point");
        assertEquals(XYSeriesRenderStyle.Scatter, chart.getSeriesMap().get("plain").getXYSeriesRenderStyle());
        XYSeries reference = chart.getSeriesMap().get("mean image: 0.067");
        // The reference spans the x range with 5% of it to spare on each side: 1 - 3.45 to 70 + 3.45.
        assertArrayEquals(new double[] {-2.45, 73.45}, reference.getXData(), 1e-12);
        assertArrayEquals(new double[] {0.067, 0.067}, reference.getYData());
    }

    @Test
    void labelsSitAlternatelyAboveAndBelowTheirPoints() {
        List<TradeOffChart.PlacedLabel> labels = sweep().placedLabels();
        // y spans 0.02 to 0.067 (the reference included): the offset is 4% of 0.047.
        assertEquals(List.of("a", "b", "c"), labels.stream().map(TradeOffChart.PlacedLabel::text).toList());
        assertEquals(40, labels.get(1).x());
        assertEquals(0.02 + 0.04 * 0.047, labels.get(0).y(), 1e-12);
        assertEquals(0.03 - 0.04 * 0.047, labels.get(1).y(), 1e-12);
        assertEquals(0.06 + 0.04 * 0.047, labels.get(2).y(), 1e-12);
    }

    @Test
    void theYAxisLeavesRoomForTheExtremePointsAndTheirLabels() {
        XYChart chart = sweep().build();
        assertEquals(0.02 - 3 * 0.04 * 0.047, chart.getStyler().getYAxisMin(), 1e-12);
        assertEquals(0.067 + 3 * 0.04 * 0.047, chart.getStyler().getYAxisMax(), 1e-12);
    }

    @Test
    void onALogarithmicAxisOffsetsAreFractionsOfTheDecades() {
        TradeOffChart log = TradeOffChart.builder().logY(true)
                .series("s", new double[] {1, 2}, new double[] {0.001, 0.1}, List.of("low", "high"));
        XYChart chart = log.build();
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        // Two decades: labels 0.08 decades away, the axis 0.24 decades beyond the extremes.
        assertEquals(0.001 * Math.pow(10, 0.08), log.placedLabels().get(0).y(), 1e-15);
        assertEquals(0.1 / Math.pow(10, 0.08), log.placedLabels().get(1).y(), 1e-15);
        assertEquals(0.001 / Math.pow(10, 0.24), chart.getStyler().getYAxisMin(), 1e-15);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> TradeOffChart.builder()
                .logY(true).point("p", 1, 0).build());
        assertEquals("a logarithmic y axis needs values above zero, but the smallest is 0.0; use logY(false)",
                zero.getMessage());
    }

    @Test
    void theChartDraws() {
        BufferedImage image = BitmapEncoder.getBufferedImage(sweep().build());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
    }

    @Test
    void badInputIsRefusedWithWhatToDo() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class, () -> TradeOffChart.builder()
                .series("s", new double[] {1, 2}, new double[] {1}));
        assertEquals("series \"s\" needs as many y values as x values, at least one; got 2 x and 1 y", lengths.getMessage());
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class, () -> TradeOffChart.builder()
                .series("s", new double[] {1, 2}, new double[] {1, 2}, List.of("only one")));
        assertEquals("series \"s\" has 2 points but 1 labels; give one label per point, or none", labels.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> TradeOffChart.builder()
                .point("plain", Double.NaN, 1));
        assertEquals("\"plain\" has the value NaN at position 1; a chart needs finite numbers (NaN often means training "
                + "diverged)", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sweep().point("plain", 1, 1));
        assertEquals("the chart \"Trade-off\" has no points; add them with series(...) or point(...)",
                assertThrows(IllegalStateException.class, () -> TradeOffChart.builder().build()).getMessage());
    }
}
