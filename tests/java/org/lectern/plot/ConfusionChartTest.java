package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class ConfusionChartTest {
    private static final List<String> NAMES = List.of("cat", "dog", "bird");
    /** counts[true][predicted]: 10 cats (8 right), 5 dogs (all right), no birds. */
    private static final int[][] COUNTS = {{8, 1, 1}, {0, 5, 0}, {0, 0, 0}};

    /** Returns the chart's cell values as [true][predicted], undoing XChart's bottom-up y order. */
    static double[][] cells(HeatMapChart chart) {
        HeatMapSeries series = chart.getHeatMapSeries();
        int n = series.getXData().size();
        double[][] values = new double[n][n];
        for (Number[] cell : series.getHeatData()) {
            values[n - 1 - cell[1].intValue()][cell[0].intValue()] = cell[2].doubleValue();
        }
        return values;
    }

    @Test
    void classNamesLabelBothAxesWithTheFirstTrueClassOnTop() {
        HeatMapChart chart = ConfusionChart.of(COUNTS, NAMES).title("Pets").build();

        assertEquals("Pets", chart.getTitle());
        assertEquals("predicted class", chart.getXAxisTitle());
        assertEquals("true class", chart.getYAxisTitle());
        assertEquals(NAMES, chart.getHeatMapSeries().getXData());
        assertEquals(List.of("bird", "dog", "cat"), chart.getHeatMapSeries().getYData(), "y runs bottom-up in XChart");
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void theCellsHoldTheCounts() {
        HeatMapChart chart = Plots.confusion(COUNTS, NAMES);

        assertEquals(9, chart.getHeatMapSeries().getHeatData().size());
        for (int t = 0; t < 3; t++) {
            assertArrayEquals(new double[] {COUNTS[t][0], COUNTS[t][1], COUNTS[t][2]}, cells(chart)[t]);
        }
        assertTrue(chart.getStyler().isShowValue());
        assertEquals("0", chart.getStyler().getHeatMapValueDecimalPattern());
        assertEquals(8, chart.getStyler().getMax(), 0);
        assertEquals(0, chart.getStyler().getMin(), 0);
        assertEquals("Confusion matrix", chart.getTitle());
    }

    @Test
    void rowNormalisationGivesThePercentOfEachTrueClass() {
        HeatMapChart chart = Plots.confusionPercent(COUNTS, NAMES);

        double[][] cells = cells(chart);
        assertArrayEquals(new double[] {80, 10, 10}, cells[0], 1e-9);
        assertArrayEquals(new double[] {0, 100, 0}, cells[1], 1e-9);
        assertArrayEquals(new double[] {0, 0, 0}, cells[2], 1e-9, "a class with no examples has an empty row");
        assertEquals("Confusion matrix, % of each true class", chart.getTitle());
        assertEquals("0.0", chart.getStyler().getHeatMapValueDecimalPattern());
        assertEquals(100, chart.getStyler().getMax(), 0);
    }

    @Test
    void valuesCanBeLeftOutOfTheCells() {
        assertFalse(ConfusionChart.of(COUNTS, NAMES).showValues(false).build().getStyler().isShowValue());
    }

    @Test
    void longClassNamesAreSlanted() {
        List<String> fashion = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
                "Bag", "Ankle boot");
        int[][] counts = new int[10][10];
        assertEquals(45, Plots.confusion(counts, fashion).getStyler().getXAxisLabelRotation());
        assertEquals(0, Plots.confusion(counts, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
                .getStyler().getXAxisLabelRotation());
    }

    @Test
    void badMatricesAreRefusedWithTheReason() {
        assertEquals("the confusion matrix has 3 rows but there are 2 class names; give one name per class",
                assertThrows(IllegalArgumentException.class, () -> ConfusionChart.of(COUNTS, List.of("a", "b"))).getMessage());
        assertEquals("row 1 (true class \"dog\") has 2 counts; a confusion matrix is square, 3x3", assertThrows(
                IllegalArgumentException.class, () -> ConfusionChart.of(new int[][] {{1, 2, 3}, {1, 2}, {1, 2, 3}}, NAMES))
                .getMessage());
        assertEquals("counts[2][0] is -1; counts cannot be negative", assertThrows(IllegalArgumentException.class,
                () -> ConfusionChart.of(new int[][] {{1, 2, 3}, {1, 2, 3}, {-1, 2, 3}}, NAMES)).getMessage());
        assertEquals("the confusion matrix is empty; pass counts[true class][predicted class]",
                assertThrows(IllegalArgumentException.class, () -> ConfusionChart.of(new int[0][], List.of())).getMessage());
    }

    @Test
    void theCountsAreCopied() {
        int[][] counts = {{1, 0}, {0, 1}};
        ConfusionChart chart = ConfusionChart.of(counts, List.of("a", "b"));
        counts[0][0] = 99;
        assertEquals(1, chart.values()[0][0], 0);
    }
}
