package org.lectern.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.lectern.data.DataSplit;
import org.lectern.nn.Classifier;
import org.nd4j.evaluation.classification.ConfusionMatrix;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How well a classifier does on labelled data: overall and per-class accuracy and the confusion
 * matrix, counted by DL4J's {@link Evaluation}, shown as Tablesaw tables and given as arrays for
 * plotting. Per-class accuracy is what the lecture prints: correct predictions of a class divided
 * by its examples (the class's recall).
 *
 * <pre>{@code
 * ClassificationReport report = ClassificationReport.of(classifier, Mnist.test());
 * report.perClassTable(Map.of(0, 98.16, 1, 97.53));    // ours beside the lecture's
 * int[][] counts = report.confusionMatrix();            // [true class][predicted class]
 * }</pre>
 */
public final class ClassificationReport {
    private final Evaluation evaluation;
    private final List<String> classNames;
    private final int[][] confusion;

    private ClassificationReport(Evaluation evaluation, List<String> classNames) {
        this.evaluation = evaluation;
        this.classNames = List.copyOf(classNames);
        int n = classNames.size();
        ConfusionMatrix<Integer> matrix = evaluation.getConfusionMatrix();
        confusion = new int[n][n];
        if (matrix != null) {
            for (int actual = 0; actual < n; actual++) {
                for (int predicted = 0; predicted < n; predicted++) {
                    confusion[actual][predicted] = matrix.getCount(actual, predicted);
                }
            }
        }
    }

    /** Evaluates the classifier on every example of the split (in file order), with the split's class names. */
    public static ClassificationReport of(Classifier classifier, DataSplit split) {
        return of(classifier, split.noShuffle().batchSize(TrainingData.EVALUATION_BATCH).reusingIterator(),
                split.classNames());
    }

    /** Evaluates the classifier on one pass of the iterator's batches (features and one-hot labels). */
    public static ClassificationReport of(Classifier classifier, DataSetIterator data, List<String> classNames) {
        requireClasses(classNames, classifier.classes());
        Evaluation evaluation = new Evaluation(classNames);
        while (data.hasNext()) {
            DataSet batch = data.next();
            evaluation.eval(batch.getLabels(), classifier.probabilities(batch.getFeatures()));
        }
        return new ClassificationReport(evaluation, classNames);
    }

    /** Counts given predictions against the true classes, both as class indices. */
    public static ClassificationReport of(int[] actual, int[] predicted, List<String> classNames) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("got " + actual.length + " true classes but " + predicted.length
                    + " predictions; there must be one prediction per example");
        }
        requireClasses(classNames, classNames.size());
        Evaluation evaluation = new Evaluation(classNames);
        for (int i = 0; i < actual.length; i++) {
            requireIndex("true class", i, actual[i], classNames.size());
            requireIndex("prediction", i, predicted[i], classNames.size());
            evaluation.eval(predicted[i], actual[i]);
        }
        return new ClassificationReport(evaluation, classNames);
    }

    /** Returns the number of examples evaluated. */
    public int examples() {
        return Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum();
    }

    /** Returns the number of examples classified correctly. */
    public int correct() {
        return IntStream.range(0, confusion.length).map(c -> confusion[c][c]).sum();
    }

    /** Returns the percentage of examples classified correctly ({@code NaN} for no examples). */
    public double accuracyPercent() {
        return percent(correct(), examples());
    }

    /** Returns the number of examples of class {@code c} classified as {@code c}. */
    public int correct(int c) {
        return confusion[checked(c)][c];
    }

    /** Returns the number of examples of class {@code c}. */
    public int total(int c) {
        return Arrays.stream(confusion[checked(c)]).sum();
    }

    /** Returns per class the percentage of its examples classified correctly ({@code NaN} for a class without examples). */
    public double[] perClassAccuracyPercent() {
        return IntStream.range(0, confusion.length).mapToDouble(c -> percent(correct(c), total(c))).toArray();
    }

    /** Returns a copy of the confusion counts: row = true class, column = predicted class. */
    public int[][] confusionMatrix() {
        return Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
    }

    /** Returns the class names, indexed by class. */
    public List<String> classNames() {
        return classNames;
    }

    /** Returns DL4J's evaluation underneath, for its precision, recall, F1 and {@code stats()}. */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** Returns one row per class: class index, name, correct, total, accuracy %. */
    public Table perClassTable() {
        double[] accuracy = perClassAccuracyPercent();
        return Table.create("per-class accuracy",
                IntColumn.create("class", IntStream.range(0, classNames.size()).toArray()),
                StringColumn.create("name", classNames),
                IntColumn.create("correct", IntStream.range(0, classNames.size()).map(this::correct).toArray()),
                IntColumn.create("total", IntStream.range(0, classNames.size()).map(this::total).toArray()),
                percentColumn("accuracy %", accuracy));
    }

    /**
     * Returns {@link #perClassTable()} with the lecture's per-class accuracy (%) beside ours and the
     * difference in percentage points; classes the map leaves out show as missing.
     */
    public Table perClassTable(Map<Integer, Double> lecturePercent) {
        Objects.requireNonNull(lecturePercent, "lecturePercent");
        lecturePercent.keySet().forEach(c -> checked(c));
        double[] ours = perClassAccuracyPercent();
        double[] lecture = IntStream.range(0, ours.length)
                .mapToDouble(c -> lecturePercent.getOrDefault(c, Double.NaN)).toArray();
        double[] difference = IntStream.range(0, ours.length).mapToDouble(c -> ours[c] - lecture[c]).toArray();
        Table table = perClassTable();
        table.addColumns(percentColumn("lecture %", lecture), percentColumn("difference", difference));
        return table;
    }

    /** Returns the confusion matrix as a table: one row per true class, one column per predicted class. */
    public Table confusionTable() {
        Table table = Table.create("confusion matrix (rows: true class, columns: predicted class)",
                StringColumn.create("true \\ predicted", classNames));
        for (int predicted = 0; predicted < classNames.size(); predicted++) {
            int column = predicted;
            table.addColumns(IntColumn.create(classNames.get(predicted),
                    Arrays.stream(confusion).mapToInt(row -> row[column]).toArray()));
        }
        return table;
    }

    /** Returns e.g. {@code accuracy 92.10% (9210 of 10000)} followed by the per-class table. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "accuracy %.2f%% (%d of %d)%n", accuracyPercent(), correct(), examples())
                + perClassTable().printAll();
    }

    private int checked(int c) {
        if (c < 0 || c >= classNames.size()) {
            throw new IndexOutOfBoundsException("class " + c + " does not exist: the classes are 0 to "
                    + (classNames.size() - 1));
        }
        return c;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    private static DoubleColumn percentColumn(String name, double[] values) {
        DoubleColumn column = DoubleColumn.create(name, values);
        column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        return column;
    }

    private static void requireClasses(List<String> classNames, int expected) {
        Objects.requireNonNull(classNames, "classNames");
        if (classNames.size() != expected || classNames.size() < 2) {
            throw new IllegalArgumentException("need one name per class: " + expected + " classes but "
                    + classNames.size() + " names " + classNames);
        }
    }

    private static void requireIndex(String what, int example, int value, int classes) {
        if (value < 0 || value >= classes) {
            throw new IllegalArgumentException(what + " " + value + " of example " + example
                    + " is not a class index 0.." + (classes - 1));
        }
    }
}
