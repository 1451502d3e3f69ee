package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class EpochCurvesTest {
    private static final double[] SINGLE = {0.20, 0.15, 0.12, 0.10, 0.09, 0.085, 0.08, 0.075, 0.07, 0.068};
    private static final double[] STACKED = {0.095, 0.08, 0.07, 0.062, 0.058, 0.055, 0.053, 0.051, 0.05, 0.049};

    private static XYChart stages() {
        return EpochCurves.loss().title("Reconstruction loss").series("single autoencoder", SINGLE)
                .continued("stacked autoencoder", STACKED).reference("lecture", 0.063).build();
    }

    private static double[] range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    @Test
    void theChartHasItsTitleAxisTitlesAndSeriesWithTheirData() {
        XYChart chart = stages();

        assertEquals("Reconstruction loss", chart.getTitle());
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
        assertEquals(List.of("single autoencoder", "stacked autoencoder", "lecture: 0.063"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries single = chart.getSeriesMap().get("single autoencoder");
        assertArrayEquals(range(1, 10), single.getXData());
        assertArrayEquals(SINGLE, single.getYData());
        assertTrue(chart.getStyler().isLegendVisible());
        assertFalse(chart.getStyler().isYAxisLogarithmic());
    }

    @Test
    void aContinuedSeriesIsNumberedAfterTheLastEpochSoFar() {
        XYSeries stacked = stages().getSeriesMap().get("stacked autoencoder");

        assertArrayEquals(range(11, 20), stacked.getXData());
        assertArrayEquals(STACKED, stacked.getYData());
    }

    @Test
    void continuationFollowsTheLargestEpochOfAnyEarlierSeries() {
        XYChart chart = EpochCurves.loss().series("a", new double[] {3, 7}, new double[] {1, 2})
                .series("b", new double[] {1, 2, 3}).continued("c", new double[] {4, 5}).build();
        assertArrayEquals(new double[] {8, 9}, chart.getSeriesMap().get("c").getXData());
    }

    @Test
    void theReferenceIsADashedLineAcrossAllEpochsWithItsValueInTheLegend() {
        XYSeries line = stages().getSeriesMap().get("lecture: 0.063");

        assertNotNull(line, "no series named \"lecture: 0.063\"");
        assertArrayEquals(new double[] {1, 20}, line.getXData());
        assertArrayEquals(new double[] {0.063, 0.063}, line.getYData());
        assertNotNull(line.getLineStyle().getDashArray(), "the reference line is not dashed");
        assertEquals(SeriesMarkers.NONE, line.getMarker());
        assertTrue(line.isShowInLegend());
    }

    @Test
    void aReferenceBesideASingleEpochStillHasLength() {
        XYChart chart = EpochCurves.accuracy().series("test", new double[] {50}).reference("lecture", 69).build();
        assertArrayEquals(new double[] {0.5, 1.5}, chart.getSeriesMap().get("lecture: 69%").getXData());
    }

    @Test
    void theLogAxisIsSetWhenAsked() {
        XYChart chart = EpochCurves.loss().series("loss", SINGLE).logY(true).build();
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertFalse(chart.getStyler().isYAxisLogarithmicDecadeOnly(), "a log axis over one decade needs more labels than 1");
    }

    @Test
    void aLogAxisRefusesValuesAtOrBelowZero() {
        EpochCurves curves = EpochCurves.loss().series("loss", new double[] {0.5, 0.0}).logY(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, curves::build);
        assertEquals("a logarithmic y axis needs values above zero, but \"loss\" has 0.0 at epoch 2; use logY(false)", e.getMessage());
    }

    @Test
    void pointsAreMarkersWithoutALine() {
        XYChart chart = EpochCurves.loss().series("ours", SINGLE)
                .points("lecture", new double[] {1, 2, 10}, new double[] {0.19, 0.10, 0.066}).build();
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, chart.getSeriesMap().get("lecture").getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {1, 2, 10}, chart.getSeriesMap().get("lecture").getXData(), 0);
        assertEquals(null, chart.getSeriesMap().get("ours").getXYSeriesRenderStyle(), "a series keeps the chart's line style");
    }

    @Test
    void smallNumbersOnTheAxisKeepTheirLeadingZero() {
        XYChart chart = EpochCurves.loss().series("loss", SINGLE).build();
        assertEquals("0.08", new java.text.DecimalFormat(chart.getStyler().getYAxisDecimalPattern()).format(0.08));
        assertEquals("0.05", new java.text.DecimalFormat(chart.getStyler().getXAxisDecimalPattern()).format(0.05));
    }

    @Test
    void aTitleWiderThanTheChartWidensIt() {
        String title = "A very long title that explains the figure in great detail, far more than 800 pixels of it, surely";
        XYChart wide = EpochCurves.loss().title(title).series("loss", SINGLE).build();
        assertTrue(wide.getWidth() > FigureStyle.DEFAULT_WIDTH, "width " + wide.getWidth());
        assertEquals(FigureStyle.DEFAULT_WIDTH, EpochCurves.loss().series("loss", SINGLE).build().getWidth());
    }

    @Test
    void aSingleSeriesNeedsNoLegend() {
        assertFalse(EpochCurves.loss().series("loss", SINGLE).build().getStyler().isLegendVisible());
    }

    @Test
    void accuracyTakesPercentagesAndSaysSo() {
        XYChart chart = EpochCurves.accuracy().title("Classifier accuracy")
                .series("train", new double[] {61, 65, 69}).series("test", new double[] {60, 63, 66})
                .reference("lecture", 91.83).build();

        assertEquals("accuracy (%)", chart.getYAxisTitle());
        assertArrayEquals(new double[] {61, 65, 69}, chart.getSeriesMap().get("train").getYData(), 1e-9);
        assertArrayEquals(new double[] {91.83, 91.83}, chart.getSeriesMap().get("lecture: 91.83%").getYData(), 1e-9);
    }

    @Test
    void accuracyRefusesValuesOutsideZeroToAHundredWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EpochCurves.accuracy().series("train", new double[] {50, 918}));
        assertEquals("\"train\" has the value 918.0 at position 2; an accuracy chart takes percentages in [0, 100]"
                + " (for a fraction such as 0.92, give 92)", e.getMessage());
    }

    @Test
    void badSeriesAreRefusedWithTheReason() {
        assertEquals("continued(\"stacked\", ...) carries on after an earlier series, but there is none yet; add the first"
                + " stage with series(name, values)", assertThrows(IllegalStateException.class,
                () -> EpochCurves.loss().continued("stacked", STACKED)).getMessage());
        assertEquals("series \"x\" has 3 epochs but 2 values; give one value per epoch", assertThrows(
                IllegalArgumentException.class, () -> EpochCurves.loss().series("x", new double[] {1, 2, 3},
                        new double[] {1, 2})).getMessage());
        assertEquals("the chart already has a series named \"x\"; give each series its own name", assertThrows(
                IllegalArgumentException.class, () -> EpochCurves.loss().series("x", SINGLE).series("x", STACKED)).getMessage());
        assertEquals("series \"x\" has no values; give at least one epoch's value", assertThrows(
                IllegalArgumentException.class, () -> EpochCurves.loss().series("x", new double[0])).getMessage());
        assertEquals("the chart \"Loss per epoch\" has no series; add one with series(name, values)",
                assertThrows(IllegalStateException.class, () -> EpochCurves.loss().build()).getMessage());
        assertEquals("the title is blank; every figure part needs readable text",
                assertThrows(IllegalArgumentException.class, () -> EpochCurves.loss().title(" ")).getMessage());
    }

    @Test
    void aTableGivesOneSeriesPerValueColumn() {
        Table history = Table.create("history", IntColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("loss", 0.3, 0.2, 0.1), DoubleColumn.create("test loss", 0.35, 0.25, 0.2),
                StringColumn.create("note", "a", "b", "c"));

        XYChart chart = EpochCurves.loss().table(history, "epoch", "loss", "test loss").build();

        assertEquals(List.of("loss", "test loss"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1, 2, 3}, chart.getSeriesMap().get("test loss").getXData());
        assertArrayEquals(new double[] {0.35, 0.25, 0.2}, chart.getSeriesMap().get("test loss").getYData());
        assertEquals("the table has no column \"accuracy\"; its columns are [epoch, loss, test loss, note]",
                assertThrows(IllegalArgumentException.class, () -> EpochCurves.loss().table(history, "epoch", "accuracy"))
                        .getMessage());
        assertEquals("column \"note\" holds STRING, not numbers; name a numeric column",
                assertThrows(IllegalArgumentException.class, () -> EpochCurves.loss().table(history, "epoch", "note"))
                        .getMessage());
    }

    @Test
    void theFacadeMakesOneSeriesPerMapEntry() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train", new double[] {0.3, 0.2});
        series.put("test", new double[] {0.4, 0.3});

        XYChart loss = Plots.lossCurves("Loss", series);
        XYChart accuracy = Plots.accuracyCurves("Accuracy", Map.of("train", new double[] {50, 75}));

        assertEquals(List.of("train", "test"), List.copyOf(loss.getSeriesMap().keySet()));
        assertEquals("Loss", loss.getTitle());
        assertArrayEquals(new double[] {50, 75}, accuracy.getSeriesMap().get("train").getYData(), 1e-9);
        assertEquals("accuracy (%)", accuracy.getYAxisTitle());
    }

    @Test
    void numbersInLegendsHaveAtMostFourSignificantDigits() {
        assertEquals("0.063", EpochCurves.format(0.063));
        assertEquals("91.83", EpochCurves.format(91.83));
        assertEquals("12", EpochCurves.format(12.0));
        assertEquals("0.3333", EpochCurves.format(1.0 / 3));
    }
}
