package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;

class CodeSizeChartTest {
    private static CodeSizeChart chart() {
        return CodeSizeChart.builder().title("Error against code size").codeSizes(2, 8, 32, 64)
                .series("PCA", new double[] {0.056, 0.038, 0.017, 0.009})
                .series("linear autoencoder", new double[] {0.057, 0.038, 0.018, 0.010})
                .reference("always the mean image", 0.067);
    }

    @Test
    void eachMethodIsALineOverOneCategoryPerCodeSize() {
        CategoryChart chart = chart().build();
        assertEquals(List.of("PCA", "linear autoencoder", "always the mean image: 0.067"),
                List.copyOf(chart.getSeriesMap().keySet()));
        CategorySeries pca = chart.getSeriesMap().get("PCA");
        assertEquals(List.of("2", "8", "32", "64"), List.copyOf(pca.getXData()));
        assertEquals(List.of(0.056, 0.038, 0.017, 0.009), List.copyOf(pca.getYData()));
        assertEquals(CategorySeriesRenderStyle.Line, chart.getStyler().getDefaultSeriesRenderStyle());
        assertEquals(List.of(0.067, 0.067, 0.067, 0.067),
                List.copyOf(chart.getSeriesMap().get("always the mean image: 0.067").getYData()));
        assertEquals("code size (units)", chart.getXAxisTitle());
        assertEquals("reconstruction error (MSE)", chart.getYAxisTitle());
        assertFalse(chart.getStyler().isYAxisLogarithmic());
        assertTrue(chart.getStyler().isOverlapped(), "all series at the category centres");
        assertTrue(chart().logY(true).build().getStyler().isYAxisLogarithmic());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertEquals("code sizes must be at least 1 and increasing; got [8, 2]",
                assertThrows(IllegalArgumentException.class, () -> CodeSizeChart.builder().codeSizes(8, 2)).getMessage());
        assertEquals("set the code sizes first: codeSizes(2, 8, 32, 64)", assertThrows(IllegalStateException.class,
                () -> CodeSizeChart.builder().series("PCA", new double[] {1})).getMessage());
        assertEquals("series \"PCA\" has 3 errors for 4 code sizes [2, 8, 32, 64]; give one per code size",
                assertThrows(IllegalArgumentException.class, () -> CodeSizeChart.builder().codeSizes(2, 8, 32, 64)
                        .series("PCA", new double[3])).getMessage());
        assertEquals("the chart already has a series named \"PCA\"; give each series its own name",
                assertThrows(IllegalArgumentException.class, () -> chart().series("PCA", new double[4])).getMessage());
        assertEquals("\"nonlinear\" has the value NaN at position 2; a chart needs finite numbers (NaN often means "
                + "training diverged)", assertThrows(IllegalArgumentException.class,
                        () -> chart().series("nonlinear", new double[] {1, Double.NaN, 1, 1})).getMessage());
        assertEquals("a logarithmic y axis needs errors above zero; use logY(false)", assertThrows(
                IllegalArgumentException.class, () -> chart().series("zero", new double[4]).logY(true).build()).getMessage());
        assertEquals("the chart \"Reconstruction error against code size\" has no series; add them with series(name, "
                + "errors)", assertThrows(IllegalStateException.class, () -> CodeSizeChart.builder().build()).getMessage());
    }
}
