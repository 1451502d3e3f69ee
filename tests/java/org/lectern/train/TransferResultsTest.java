package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.nn.Classifier;
import tech.tablesaw.api.Table;

/** Tables and chart arrays of few-label runs, from made-up runs (no training). */
class TransferResultsTest {
    private static final Classifier ANY = Classifier.builder().inputs(4).classes(2).build();

    private static TransferRun run(TransferVariant variant, int perClass, long seed, double test, double... curve) {
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = 0; e < Math.max(1, curve.length); e++) {
            epochs.add(new EpochRecord("s", e + 1, 0.5, Double.NaN, Double.NaN, curve.length == 0 ? Double.NaN : curve[e],
                    1, 0));
        }
        return new TransferRun(variant, perClass, 10 * perClass, seed, test, 100, TrainingHistory.of(epochs), 2, ANY);
    }

    /** Two label counts (100, 500), seeds 2 and 1 (out of order), fine-tuned and from scratch; curves at 500. */
    private static TransferResults results() {
        return TransferResults.of(List.of(
                run(TransferVariant.FINE_TUNED, 10, 2, 74),
                run(TransferVariant.FROM_SCRATCH, 10, 2, 70),
                run(TransferVariant.FINE_TUNED, 10, 1, 72),
                run(TransferVariant.FROM_SCRATCH, 10, 1, 66),
                run(TransferVariant.FINE_TUNED, 50, 1, 88, 80, 86, 88),
                run(TransferVariant.FROM_SCRATCH, 50, 1, 87, 70, 84, 87),
                run(TransferVariant.FINE_TUNED, 50, 2, 90, 82, 89, 90),
                run(TransferVariant.FROM_SCRATCH, 50, 2, 85, 72, 80, 85)));
    }

    @Test
    void accuraciesComeInSeedOrderPerLabelCount() {
        TransferResults results = results();
        assertArrayEquals(new double[] {100, 500}, results.labelCounts());
        assertEquals(List.of(TransferVariant.FINE_TUNED, TransferVariant.FROM_SCRATCH), results.variants());
        assertArrayEquals(new double[] {72, 74}, results.testAccuracies(TransferVariant.FINE_TUNED, 100));
        assertArrayEquals(new double[][] {{66, 70}, {87, 85}}, results.testAccuracies(TransferVariant.FROM_SCRATCH));
        assertEquals(89, results.mean(TransferVariant.FINE_TUNED, 500), 1e-12);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> results.testAccuracies(TransferVariant.FROZEN_ENCODER, 100));
        assertEquals("no run of frozen encoder with 100 labels; the label counts are [100, 500] and the variants "
                + "[fine-tuned, from scratch]", none.getMessage());
    }

    @Test
    void theSummaryGivesMeanSpreadAndTheGainOverScratch() {
        Table summary = results().summary();
        assertEquals(4, summary.rowCount());
        assertEquals(List.of("variant", "labels", "seeds", "mean %", "sd", "lowest %", "highest %", "vs from scratch"),
                summary.columnNames());
        // fine-tuned at 100 labels: 72 and 74 -> mean 73, sd sqrt(2), from scratch 66 and 70 -> mean 68.
        assertEquals("fine-tuned", summary.stringColumn("variant").get(0));
        assertEquals(100, summary.intColumn("labels").get(0));
        assertEquals(2, summary.intColumn("seeds").get(0));
        assertEquals(73, summary.doubleColumn("mean %").get(0), 1e-12);
        assertEquals(Math.sqrt(2), summary.doubleColumn("sd").get(0), 1e-12);
        assertEquals(72, summary.doubleColumn("lowest %").get(0));
        assertEquals(74, summary.doubleColumn("highest %").get(0));
        assertEquals(5, summary.doubleColumn("vs from scratch").get(0), 1e-12);
        assertEquals(0, summary.doubleColumn("vs from scratch").get(1), 1e-12);
        Table at500 = results().summary(500);
        assertEquals(2, at500.rowCount());
        assertEquals(3, at500.doubleColumn("vs from scratch").get(0), 1e-12);
        assertEquals("no runs with 300 labels; the label counts are [100, 500]",
                assertThrows(IllegalArgumentException.class, () -> results().summary(300)).getMessage());
    }

    @Test
    void curvesArePerEpochAndSeedWhereMeasured() {
        TransferResults results = results();
        assertArrayEquals(new double[] {1, 2, 3}, results.epochs(500));
        assertArrayEquals(new double[][] {{70, 72}, {84, 80}, {87, 85}}, results.curves(TransferVariant.FROM_SCRATCH, 500));
        IllegalStateException notMeasured = assertThrows(IllegalStateException.class,
                () -> results.curves(TransferVariant.FINE_TUNED, 100));
        assertEquals("the runs with 100 labels did not measure learning curves; ask for them before compare(), e.g. "
                + "learningCurves(10)", notMeasured.getMessage());
    }

    @Test
    void curvesKeepOnlyTheMeasuredEpochs() {
        TransferResults sparse = TransferResults.of(List.of(
                run(TransferVariant.FINE_TUNED, 50, 1, 88, Double.NaN, 86, Double.NaN, 88),
                run(TransferVariant.FINE_TUNED, 50, 2, 90, Double.NaN, 89, Double.NaN, 90)));
        assertArrayEquals(new double[] {2, 4}, sparse.epochs(500));
        assertArrayEquals(new double[][] {{86, 89}, {88, 90}}, sparse.curves(TransferVariant.FINE_TUNED, 500));
    }

    @Test
    void theRunTableHasOneRowPerRun() {
        Table table = results().table();
        assertEquals(8, table.rowCount());
        assertEquals(List.of("variant", "labels", "per class", "seed", "test accuracy %", "train accuracy %", "seconds"),
                table.columnNames());
        assertEquals(85, table.doubleColumn("test accuracy %").get(7));
        assertTrue(run(TransferVariant.FINE_TUNED, 50, 3, 88.414).toString()
                .startsWith("fine-tuned, 500 labels, seed 3: test 88.41%, train 100.00%"));
    }

    @Test
    void theStandardDeviationIsTheSampleOne() {
        assertEquals(0, TransferResults.standardDeviation(new double[] {5}));
        assertEquals(Math.sqrt(32.0 / 7), TransferResults.standardDeviation(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), 1e-12);
    }

    @Test
    void emptyOrRepeatedRunsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TransferResults.of(List.of()));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> TransferResults.of(List.of(
                run(TransferVariant.FINE_TUNED, 10, 1, 70), run(TransferVariant.FINE_TUNED, 10, 1, 71))));
        assertEquals("two runs share variant, label count and seed; each setting is run once per seed", twice.getMessage());
    }
}
