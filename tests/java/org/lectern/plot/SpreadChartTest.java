package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

class SpreadChartTest {
    private static final double[] LABELS = {100, 500, 2000};
    private static final double[][] TUNED = {{70, 74, 72}, {85, 88, 86}, {93, 94, 95}};
    private static final double[][] SCRATCH = {{65, 69, 61}, {84, 83, 85}, {93, 92, 94}};

    private static SpreadChart labelChart() {
        return SpreadChart.builder().title("Accuracy vs labels").xAxisTitle("labels").yAxisTitle("test accuracy (%)")
                .series("fine-tuned", LABELS, TUNED).series("from scratch", LABELS, SCRATCH);
    }

    @Test
    void theLineRunsThroughTheMeansAndOnlyTheLinesAreInTheLegend() {
        XYChart chart = labelChart().build();
        XYSeries tuned = chart.getSeriesMap().get("fine-tuned");
        assertArrayEquals(LABELS, tuned.getXData(), "a band does not move the points");
        assertArrayEquals(new double[] {72, 86 + 1 / 3.0, 94}, tuned.getYData(), 1e-12);
        List<String> inLegend = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getName).toList();
        assertEquals(List.of("fine-tuned", "from scratch"), inLegend);
        assertEquals("Accuracy vs labels", chart.getTitle());
        assertEquals("labels", chart.getXAxisTitle());
    }

    @Test
    void aBandGoesAlongTheHighestValuesAndBackAlongTheLowest() {
        XYSeries band = labelChart().build().getSeriesMap().get(SpreadChart.partName("from scratch", "spread"));
        assertEquals(XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {100, 500, 2000, 2000, 500, 100}, band.getXData());
        assertArrayEquals(new double[] {69, 85, 94, 92, 83, 61}, band.getYData());
        assertFalse(band.isShowInLegend());
    }

    @Test
    void barsRunFromLowestToHighestWithCapsAndTheSeriesSitApart() {
        XYChart chart = labelChart().bars().build();
        // Two series on a linear axis over 100..2000: moved by -/+ half the dodge of the 1900 range.
        double shift = 0.5 * SpreadChart.DODGE * 1900;
        double cap = SpreadChart.CAP * 1900;
        assertArrayEquals(new double[] {100 - shift, 500 - shift, 2000 - shift},
                chart.getSeriesMap().get("fine-tuned").getXData(), 1e-9);
        assertArrayEquals(new double[] {100 + shift, 500 + shift, 2000 + shift},
                chart.getSeriesMap().get("from scratch").getXData(), 1e-9);
        XYSeries bar = chart.getSeriesMap().get(SpreadChart.partName("from scratch", "spread at 100"));
        double x = 100 + shift;
        assertArrayEquals(new double[] {x - cap, x + cap, x, x, x - cap, x + cap}, bar.getXData(), 1e-9);
        assertArrayEquals(new double[] {61, 61, 61, 69, 69, 69}, bar.getYData());
        assertFalse(bar.isShowInLegend());
    }

    @Test
    void onALogAxisTheBarsMoveByAFractionOfTheDecades() {
        XYChart chart = labelChart().bars().logX(true).build();
        assertTrue(chart.getStyler().isXAxisLogarithmic());
        double decades = Math.log10(20);
        assertEquals(500 * Math.pow(10, -0.5 * SpreadChart.DODGE * decades),
                chart.getSeriesMap().get("fine-tuned").getXData()[1], 1e-9);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> SpreadChart.builder()
                .series("s", new double[] {0, 1}, new double[][] {{1}, {2}}).logX(true).build());
        assertEquals("a logarithmic x axis needs every x above zero, but the smallest is 0.0; use logX(false)",
                zero.getMessage());
    }

    @Test
    void everyMeanLineIsSolidWithItsOwnMarker() {
        XYChart chart = labelChart().bars().samples(true).build();
        XYSeries tuned = chart.getSeriesMap().get("fine-tuned");
        XYSeries scratch = chart.getSeriesMap().get("from scratch");
        assertEquals(2f, tuned.getLineStyle().getLineWidth());
        assertEquals(null, tuned.getLineStyle().getDashArray(), "a dashed mean line");
        assertEquals(null, scratch.getLineStyle().getDashArray(), "a dashed mean line");
        assertTrue(tuned.getMarker() != scratch.getMarker(), "two series share a marker");
        assertEquals(FigureStyle.SERIES_COLORS[1], scratch.getLineColor());
    }

    @Test
    void singleValuesAreDotsAtTheirSeriesPositions() {
        XYSeries dots = labelChart().samples(true).build().getSeriesMap()
                .get(SpreadChart.partName("fine-tuned", "single values"));
        assertEquals(XYSeriesRenderStyle.Scatter, dots.getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {100, 100, 100, 500, 500, 500, 2000, 2000, 2000}, dots.getXData());
        assertArrayEquals(new double[] {70, 74, 72, 85, 88, 86, 93, 94, 95}, dots.getYData());
    }

    @Test
    void theChartDrawsItsBandInTheSeriesColour() {
        BufferedImage image = BitmapEncoder.getBufferedImage(SpreadChart.builder().title("band")
                .series("only", new double[] {1, 2, 3}, new double[][] {{0, 10}, {0, 10}, {0, 10}}).build());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
        // The band covers the middle of the plot: there the pixel is the first series colour, lightened by transparency.
        Color blue = FigureStyle.SERIES_COLORS[0];
        Color middle = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2 + 40));
        assertTrue(middle.getBlue() > middle.getRed() && middle.getRed() > blue.getRed() && middle.getRed() < 255,
                "not a light blue band: " + middle);
    }

    @Test
    void badInputIsRefusedWithWhatToDo() {
        assertEquals("series \"s\" needs one array of values per x, at least one x; got 2 x and 1 arrays of values",
                assertThrows(IllegalArgumentException.class, () -> SpreadChart.builder()
                        .series("s", new double[] {1, 2}, new double[][] {{1}})).getMessage());
        assertEquals("series \"s\" has no values at x = 2.0; give at least one value per x",
                assertThrows(IllegalArgumentException.class, () -> SpreadChart.builder()
                        .series("s", new double[] {1, 2}, new double[][] {{1}, {}})).getMessage());
        assertEquals("series \"s\" has the value NaN at x = 1.0; every value must be a finite number",
                assertThrows(IllegalArgumentException.class, () -> SpreadChart.builder()
                        .series("s", new double[] {1}, new double[][] {{Double.NaN}})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> labelChart().series("fine-tuned", LABELS, TUNED));
        assertEquals("the chart \"Mean and spread\" has no series; add one with series(name, x, values)",
                assertThrows(IllegalStateException.class, () -> SpreadChart.builder().build()).getMessage());
    }
}
