package org.lectern.train;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * The runs of a {@link FewLabelTransfer}, as tables (every run; mean and spread over the seeds)
 * and as arrays for a {@code SpreadChart}: test accuracy per number of labels, and test accuracy
 * per epoch where learning curves were measured. Label counts are totals over the classes
 * (50 per class of MNIST: 500). Immutable.
 *
 * <pre>{@code
 * SpreadChart chart = SpreadChart.builder().bars().logX(true).samples(true);
 * for (TransferVariant v : results.variants()) {
 *     chart.series(v.label(), results.labelCounts(), results.testAccuracies(v));
 * }
 * }</pre>
 */
public final class TransferResults {
    private final List<TransferRun> runs;

    private TransferResults(List<TransferRun> runs) {
        this.runs = List.copyOf(runs);
    }

    /**
     * Returns the results of these runs, in the order given.
     *
     * @throws IllegalArgumentException if there are none, or two runs share variant, label count and seed
     */
    public static TransferResults of(List<TransferRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("there are no runs to compare; FewLabelTransfer.compare() makes them");
        }
        long distinct = runs.stream().map(r -> r.variant() + "/" + r.labels() + "/" + r.seed()).distinct().count();
        if (distinct != runs.size()) {
            throw new IllegalArgumentException("two runs share variant, label count and seed; each setting is run once "
                    + "per seed");
        }
        return new TransferResults(runs);
    }

    /** Returns every run, in the order they were made. */
    public List<TransferRun> runs() {
        return runs;
    }

    /** Returns the variants, in the order of their first run. */
    public List<TransferVariant> variants() {
        return runs.stream().map(TransferRun::variant).distinct().toList();
    }

    /** Returns the label counts (totals over the classes), ascending, as x values for a chart. */
    public double[] labelCounts() {
        return runs.stream().mapToInt(TransferRun::labels).distinct().sorted().asDoubleStream().toArray();
    }

    /** Returns the test accuracies (%) of the variant's runs with {@code labels} labelled images, in seed order. */
    public double[] testAccuracies(TransferVariant variant, int labels) {
        double[] values = runsOf(variant, labels).stream().mapToDouble(TransferRun::testAccuracy).toArray();
        if (values.length == 0) {
            throw new IllegalArgumentException("no run of " + variant.label() + " with " + labels + " labels; the label"
                    + " counts are " + Arrays.toString(labelCountsAsInts()) + " and the variants " + variants());
        }
        return values;
    }

    /** Returns, per label count of {@link #labelCounts()}, the variant's test accuracies (%) over the seeds. */
    public double[][] testAccuracies(TransferVariant variant) {
        return Arrays.stream(labelCountsAsInts()).mapToObj(labels -> testAccuracies(variant, labels))
                .toArray(double[][]::new);
    }

    /** Returns the mean test accuracy (%) of the variant over the seeds at {@code labels} labelled images. */
    public double mean(TransferVariant variant, int labels) {
        return DoubleStream.of(testAccuracies(variant, labels)).average().orElseThrow();
    }

    /** Returns the epochs at which the learning curves at {@code labels} labelled images were measured, as x values. */
    public double[] epochs(int labels) {
        return measuredEpochs(curveRuns(labels).get(0)).stream().mapToDouble(Integer::doubleValue).toArray();
    }

    /**
     * Returns the variant's test accuracy (%) during training at {@code labels} labelled images:
     * element {@code [e][s]} is the accuracy at the e-th epoch of {@link #epochs(int)} in the run
     * with the s-th seed.
     *
     * @throws IllegalStateException if those runs did not measure learning curves
     */
    public double[][] curves(TransferVariant variant, int labels) {
        List<Integer> epochs = measuredEpochs(curveRuns(labels).get(0));
        List<TransferRun> selected = runsOf(variant, labels);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no run of " + variant.label() + " with " + labels + " labels");
        }
        double[][] values = new double[epochs.size()][selected.size()];
        for (int s = 0; s < selected.size(); s++) {
            double[] accuracies = selected.get(s).history().testAccuracies();
            for (int e = 0; e < epochs.size(); e++) {
                values[e][s] = accuracies[epochs.get(e) - 1];
            }
        }
        return values;
    }

    /** Returns one row per run: variant, labels, per class, seed, test and train accuracy (%), seconds. */
    public Table table() {
        Table table = Table.create("few-label runs",
                StringColumn.create("variant", runs.stream().map(r -> r.variant().label())),
                IntColumn.create("labels", runs.stream().mapToInt(TransferRun::labels).toArray()),
                IntColumn.create("per class", runs.stream().mapToInt(TransferRun::perClass).toArray()),
                LongColumn.create("seed", runs.stream().mapToLong(TransferRun::seed).toArray()),
                numbers("test accuracy %", runs.stream().mapToDouble(TransferRun::testAccuracy).toArray()),
                numbers("train accuracy %", runs.stream().mapToDouble(TransferRun::trainAccuracy).toArray()),
                numbers("seconds", runs.stream().mapToDouble(TransferRun::seconds).toArray()));
        return table;
    }

    /**
     * Returns one row per label count and variant: the number of seeds, the mean test accuracy (%),
     * its sample standard deviation (0 for one seed), the lowest and highest, and the mean's
     * difference from the mean of {@code from scratch} at the same label count (where that was run).
     */
    public Table summary() {
        return summaryOf(Arrays.stream(labelCountsAsInts()).boxed().toList(), "few-label test accuracy over the seeds");
    }

    /** Returns the rows of {@link #summary()} for one label count, e.g. {@code summary(500)}. */
    public Table summary(int labels) {
        if (Arrays.stream(labelCountsAsInts()).noneMatch(l -> l == labels)) {
            throw new IllegalArgumentException("no runs with " + labels + " labels; the label counts are "
                    + Arrays.toString(labelCountsAsInts()));
        }
        return summaryOf(List.of(labels), "test accuracy with " + labels + " labels, over the seeds");
    }

    private Table summaryOf(List<Integer> labelCounts, String name) {
        StringColumn variant = StringColumn.create("variant");
        IntColumn labels = IntColumn.create("labels");
        IntColumn seeds = IntColumn.create("seeds");
        DoubleColumn mean = DoubleColumn.create("mean %");
        DoubleColumn sd = DoubleColumn.create("sd");
        DoubleColumn lowest = DoubleColumn.create("lowest %");
        DoubleColumn highest = DoubleColumn.create("highest %");
        DoubleColumn gain = DoubleColumn.create("vs from scratch");
        for (int count : labelCounts) {
            boolean scratch = !runsOf(TransferVariant.FROM_SCRATCH, count).isEmpty();
            for (TransferVariant v : variants()) {
                double[] values = testAccuracies(v, count);
                double average = DoubleStream.of(values).average().orElseThrow();
                variant.append(v.label());
                labels.append(count);
                seeds.append(values.length);
                mean.append(average);
                sd.append(standardDeviation(values));
                lowest.append(DoubleStream.of(values).min().orElseThrow());
                highest.append(DoubleStream.of(values).max().orElseThrow());
                gain.append(scratch ? average - mean(TransferVariant.FROM_SCRATCH, count) : Double.NaN);
            }
        }
        for (DoubleColumn column : List.of(mean, sd, lowest, highest, gain)) {
            column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        }
        return Table.create(name, variant, labels, seeds, mean, sd, lowest, highest, gain);
    }

    /** Returns the sample standard deviation (n - 1 in the denominator), 0 for a single value. */
    static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double average = DoubleStream.of(values).average().orElseThrow();
        double squares = DoubleStream.of(values).map(v -> (v - average) * (v - average)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }

    private List<TransferRun> runsOf(TransferVariant variant, int labels) {
        return runs.stream().filter(r -> r.variant() == variant && r.labels() == labels)
                .sorted(Comparator.comparingLong(TransferRun::seed)).toList();
    }

    private List<TransferRun> curveRuns(int labels) {
        List<TransferRun> atCount = runs.stream().filter(r -> r.labels() == labels).toList();
        if (atCount.isEmpty()) {
            throw new IllegalArgumentException("no runs with " + labels + " labels; the label counts are "
                    + Arrays.toString(labelCountsAsInts()));
        }
        List<Integer> first = measuredEpochs(atCount.get(0));
        boolean measured = !first.isEmpty() && atCount.stream().allMatch(r -> measuredEpochs(r).equals(first));
        if (!measured) {
            throw new IllegalStateException("the runs with " + labels + " labels did not measure learning curves; ask "
                    + "for them before compare(), e.g. learningCurves(" + atCount.get(0).perClass() + ")");
        }
        return atCount;
    }

    /** Returns the epochs (from 1) whose test accuracy the run measured. */
    private static List<Integer> measuredEpochs(TransferRun run) {
        double[] accuracies = run.history().testAccuracies();
        return IntStream.range(0, accuracies.length).filter(e -> !Double.isNaN(accuracies[e])).map(e -> e + 1)
                .boxed().toList();
    }

    private int[] labelCountsAsInts() {
        return runs.stream().mapToInt(TransferRun::labels).distinct().sorted().toArray();
    }

    private static DoubleColumn numbers(String name, double[] values) {
        DoubleColumn column = DoubleColumn.create(name, values);
        column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        return column;
    }
}
