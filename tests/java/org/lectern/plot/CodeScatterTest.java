package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.nd4j.linalg.factory.Nd4j;

class CodeScatterTest {
    private static final List<String> NAMES = List.of("zero", "one", "two", "three");

    @Test
    void eachClassWithPointsIsOneSeriesNamedByItsClassHoldingItsPoints() {
        // Rows 0-5 in classes 2, 0, 2, 3, 0, 2; class 1 has no point and no series.
        XYChart chart = CodeScatter.builder().title("codes")
                .codes(Nd4j.createFromArray(new double[][] {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}, {10, 11}}),
                        new int[] {2, 0, 2, 3, 0, 2})
                .classNames(NAMES).build();
        assertEquals(List.of("zero", "two", "three"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries two = chart.getSeriesMap().get("two");
        assertArrayEquals(new double[] {0, 4, 10}, two.getXData());
        assertArrayEquals(new double[] {1, 5, 11}, two.getYData());
        assertArrayEquals(new double[] {2, 8}, chart.getSeriesMap().get("zero").getXData());
        assertEquals(XYSeriesRenderStyle.Scatter, two.getXYSeriesRenderStyle());
        Color color = two.getMarkerColor();
        assertEquals(CodeScatter.CLASS_COLORS[2].getRGB() & 0xFFFFFF, color.getRGB() & 0xFFFFFF,
                "the class colour follows the class index, not the series position");
        assertEquals("code unit 1", chart.getXAxisTitle());
    }

    @Test
    void tenClassesGetTenSeriesInTenColours() {
        int[] labels = new int[100];
        double[] x = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            labels[i] = i % 10;
            x[i] = i;
            y[i] = -i;
        }
        List<String> digits = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        XYChart chart = CodeScatter.builder().codes(x, y, labels).classNames(digits).axisTitles("PC 1", "PC 2").build();
        assertEquals(digits, List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(10, chart.getSeriesMap().values().stream().map(s -> s.getMarkerColor().getRGB()).distinct().count());
        chart.getSeriesMap().values().forEach(s -> assertEquals(10, s.getXData().length));
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        assertEquals(CodeScatter.DEFAULT_SIZE, image.getHeight());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertEquals("codes must be shaped [examples, 2], one two-dimensional code per row (e.g. a 784-...-2 "
                + "autoencoder's encode(images), or pca.truncated(2).project(images)); got [4, 3]",
                assertThrows(IllegalArgumentException.class,
                        () -> CodeScatter.builder().codes(Nd4j.rand(4, 3), new int[4])).getMessage());
        assertEquals("every point needs an x, a y and a label, at least one point; got 2 x, 2 y and 3 labels",
                assertThrows(IllegalArgumentException.class,
                        () -> CodeScatter.builder().codes(new double[2], new double[2], new int[3])).getMessage());
        assertEquals("point 1 is (NaN, 0.0); a chart needs finite numbers (NaN often means training diverged)",
                assertThrows(IllegalArgumentException.class, () -> CodeScatter.builder()
                        .codes(new double[] {0, Double.NaN}, new double[2], new int[2])).getMessage());
        assertEquals("label 4 of point 1 is not a class index; there are 4 class names (0 to 3)",
                assertThrows(IllegalArgumentException.class, () -> CodeScatter.builder()
                        .codes(new double[2], new double[2], new int[] {0, 4}).classNames(NAMES).build()).getMessage());
        assertEquals("the chart \"Two-dimensional codes\" needs class names: call classNames(names), e.g. "
                + "Mnist.classNames()", assertThrows(IllegalStateException.class, () -> CodeScatter.builder()
                        .codes(new double[2], new double[2], new int[2]).build()).getMessage());
        assertEquals("the class names must differ, as each names a legend entry; got [a, a]",
                assertThrows(IllegalArgumentException.class,
                        () -> CodeScatter.builder().classNames(List.of("a", "a"))).getMessage());
        assertEquals("a code scatter tells 1 to 10 classes apart by colour; got 11 class names",
                assertThrows(IllegalArgumentException.class, () -> CodeScatter.builder()
                        .classNames(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))).getMessage());
    }
}
