package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.nd4j.linalg.factory.Nd4j;

class HistogramChartTest {
    private static final double[] VALUES = {0.05, 0.1, 0.3, 0.3, 0.55, 0.6, 0.7, 0.95, 1.0};

    @Test
    void theBarsCountTheValuesInEachBin() {
        XYChart chart = HistogramChart.builder().title("Activations").xAxisTitle("tanh output").bins(4).range(0, 1)
                .series("layer 1", VALUES).build();

        XYSeries outline = chart.getSeriesMap().get("layer 1");
        assertArrayEquals(new double[] {2, 2, 3, 2}, HistogramChart.counts(outline));
        assertArrayEquals(new double[] {0, 0, 0.25, 0.5, 0.75, 1, 1}, outline.getXData(), 1e-12);
        assertArrayEquals(new double[] {0, 2, 2, 3, 2, 2, 0}, outline.getYData());
        assertEquals("Activations", chart.getTitle());
        assertEquals("tanh output", chart.getXAxisTitle());
        assertEquals("count", chart.getYAxisTitle());
        assertFalse(chart.getStyler().isLegendVisible());
    }

    @Test
    void theDefaultRangeRunsFromTheSmallestToTheLargestValue() {
        XYSeries outline = Plots.histogram(VALUES, 19, "h", "x").getSeriesMap().get("count");
        assertEquals(0.05, outline.getXData()[0], 1e-12);
        assertEquals(1.0, outline.getXData()[outline.getXData().length - 1], 1e-12);
        assertEquals(VALUES.length, java.util.Arrays.stream(HistogramChart.counts(outline)).sum(), 0);
        assertEquals(19, HistogramChart.counts(outline).length);
    }

    @Test
    void severalSeriesShareTheirBinsAndGetALegend() {
        XYChart chart = HistogramChart.builder().bins(5).series("a", VALUES).series("b", new double[] {-1, 2}).build();

        assertArrayEquals(chart.getSeriesMap().get("a").getXData(), chart.getSeriesMap().get("b").getXData());
        assertEquals(-1, chart.getSeriesMap().get("a").getXData()[0], 0);
        assertEquals(List.of("a", "b"), List.copyOf(chart.getSeriesMap().keySet()));
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void anArrayOfAnyShapeCountsEveryElement() {
        XYChart fromArray = Plots.histogram(Nd4j.create(VALUES).reshape(3, 3), 4, "h", "x");
        XYChart fromDoubles = Plots.histogram(VALUES, 4, "h", "x");
        assertArrayEquals(HistogramChart.counts(fromDoubles.getSeriesMap().get("count")),
                HistogramChart.counts(fromArray.getSeriesMap().get("count")));
    }

    @Test
    void nonFiniteValuesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.histogram(new double[] {1, Double.NaN, Double.POSITIVE_INFINITY}, 10, "h", "x"));
        assertEquals("series \"count\" has 2 NaN or infinite values out of 3; a histogram needs finite values"
                + " (NaN often means training diverged)", e.getMessage());
        assertEquals("a histogram range needs finite min < max, got 1.0 and 1.0", assertThrows(
                IllegalArgumentException.class, () -> HistogramChart.builder().range(1, 1)).getMessage());
        assertEquals("the number of bins must be at least 1, got 0", assertThrows(
                IllegalArgumentException.class, () -> HistogramChart.builder().bins(0)).getMessage());
    }

    @Test
    void equalValuesGetABinOfWidthOne() {
        XYSeries outline = Plots.histogram(new double[] {2, 2, 2}, 1, "h", "x").getSeriesMap().get("count");
        assertArrayEquals(new double[] {3}, HistogramChart.counts(outline));
        assertEquals(1.5, outline.getXData()[0], 0);
    }
}
