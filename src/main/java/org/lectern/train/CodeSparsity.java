package org.lectern.train;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How sparse a code is: for hidden activations {@code h} of many examples ({@code [examples, units]},
 * e.g. {@code autoencoder.encode(images)}), the mean {@code |h|} and the fraction of units whose
 * {@code |h|} is below a small threshold, per example and over all, each unit's mean {@code |h|} over
 * the examples, the most active units of one example, and the units that stay below the threshold
 * for every example. A sparse code has a small mean {@code |h|} and most units below the threshold
 * for any one example.
 *
 * <pre>{@code
 * CodeSparsity plain = CodeSparsity.of(plainAutoencoder.encode(testImages));
 * CodeSparsity sparse = CodeSparsity.of(sparseAutoencoder.encode(testImages)).threshold(0.01);
 * CodeSparsity.table(Map.of("plain", plain, "sparse", sparse));
 * int[] strongest = sparse.mostActiveUnits(0, 5);   // the 5 units with the largest |h| for example 0
 * }</pre>
 */
public final class CodeSparsity {
    /** The threshold on {@code |h|} below which a unit counts as silent, unless {@link #threshold(double)} says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.01;

    private final INDArray magnitudes;
    private final double threshold;

    private CodeSparsity(INDArray magnitudes, double threshold) {
        this.magnitudes = magnitudes;
        this.threshold = threshold;
    }

    /**
     * Measures the codes {@code [examples, units]} with the threshold {@value #DEFAULT_THRESHOLD}.
     *
     * @throws IllegalArgumentException if the codes are not a non-empty matrix of finite numbers
     */
    public static CodeSparsity of(INDArray codes) {
        Objects.requireNonNull(codes, "codes");
        if (codes.rank() != 2 || codes.rows() == 0 || codes.columns() == 0) {
            throw new IllegalArgumentException("codes must be a matrix [examples, units] with at least one of each, e.g. "
                    + "autoencoder.encode(images); got shape " + Arrays.toString(codes.shape()));
        }
        INDArray magnitudes = Transforms.abs(codes.castTo(DataType.FLOAT), true);
        double total = magnitudes.sumNumber().doubleValue(); // NaN or infinite if any element is: max() skips NaN
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("the codes hold NaN or infinite values; the network that made them has "
                    + "diverged (retrain it with a smaller learning rate)");
        }
        return new CodeSparsity(magnitudes, DEFAULT_THRESHOLD);
    }

    /** Returns the same codes measured with another threshold: a unit with {@code |h| < threshold} counts as silent. */
    public CodeSparsity threshold(double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("the silence threshold on |h| must be a finite number > 0, e.g. 0.01; got "
                    + threshold);
        }
        return new CodeSparsity(magnitudes, threshold);
    }

    /** Returns the threshold below which {@code |h|} counts as silent. */
    public double threshold() {
        return threshold;
    }

    /** Returns the number of examples. */
    public int examples() {
        return (int) magnitudes.rows();
    }

    /** Returns the number of units in the code. */
    public int units() {
        return (int) magnitudes.columns();
    }

    /** Returns the mean {@code |h|} over every example and unit. */
    public double meanAbs() {
        return magnitudes.meanNumber().doubleValue();
    }

    /** Returns the fraction (0 to 1) of all activations, over every example and unit, with {@code |h|} below the threshold. */
    public double fractionSilent() {
        return silent().meanNumber().doubleValue();
    }

    /** Returns each example's mean {@code |h|} over the units. */
    public double[] meanAbsPerExample() {
        return magnitudes.mean(1).toDoubleVector();
    }

    /** Returns each example's fraction (0 to 1) of units with {@code |h|} below the threshold. */
    public double[] fractionSilentPerExample() {
        return silent().mean(1).toDoubleVector();
    }

    /** Returns each unit's mean {@code |h|} over the examples: how much it is used at all. */
    public double[] unitActivity() {
        return magnitudes.mean(0).toDoubleVector();
    }

    /** Returns the number of units whose {@code |h|} stays below the threshold for every example. */
    public int unitsAlwaysSilent() {
        double[] loudest = magnitudes.max(0).toDoubleVector();
        return (int) Arrays.stream(loudest).filter(m -> m < threshold).count();
    }

    /**
     * Returns the {@code count} units with the largest {@code |h|} for example {@code example},
     * largest first (ties: lower unit first).
     */
    public int[] mostActiveUnits(int example, int count) {
        if (example < 0 || example >= examples()) {
            throw new IllegalArgumentException("example " + example + " does not exist; there are " + examples()
                    + " (0 to " + (examples() - 1) + ")");
        }
        if (count < 1 || count > units()) {
            throw new IllegalArgumentException("ask for 1 to " + units() + " most active units; got " + count);
        }
        double[] row = magnitudes.getRow(example).toDoubleVector();
        return IntStream.range(0, row.length).boxed()
                .sorted(Comparator.comparingDouble((Integer unit) -> -row[unit]).thenComparingInt(unit -> unit))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }

    /** Returns {@code |h|} of every unit for example {@code example}. */
    public double[] magnitudes(int example) {
        return magnitudes.getRow(example).toDoubleVector();
    }

    /**
     * Returns one row per named code (in the map's iteration order; use a {@code LinkedHashMap}):
     * mean {@code |h|}, % of activations below the threshold, the median over examples of each
     * example's % below it, the units silent for every example, and the threshold.
     */
    public static Table table(Map<String, CodeSparsity> codes) {
        Objects.requireNonNull(codes, "codes");
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("give at least one code to tabulate, e.g. Map.of(\"plain\", CodeSparsity.of(h))");
        }
        List<CodeSparsity> all = List.copyOf(codes.values());
        Table table = Table.create("sparsity of the codes",
                StringColumn.create("code", List.copyOf(codes.keySet())),
                DoubleColumn.create("mean |h|", all.stream().mapToDouble(CodeSparsity::meanAbs).toArray()),
                DoubleColumn.create("% below threshold", all.stream().mapToDouble(c -> 100 * c.fractionSilent()).toArray()),
                DoubleColumn.create("median % below per example",
                        all.stream().mapToDouble(c -> 100 * median(c.fractionSilentPerExample())).toArray()),
                IntColumn.create("units always below", all.stream().mapToInt(CodeSparsity::unitsAlwaysSilent).toArray()),
                IntColumn.create("units", all.stream().mapToInt(CodeSparsity::units).toArray()),
                DoubleColumn.create("threshold", all.stream().mapToDouble(CodeSparsity::threshold).toArray()));
        table.doubleColumn("% below threshold").setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        table.doubleColumn("median % below per example").setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(1));
        return table;
    }

    /** Returns e.g. {@code 10000 codes of 400 units: mean |h| 0.0123, 71.2% below 0.01}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d codes of %d units: mean |h| %.4g, %.1f%% below %s", examples(),
                units(), meanAbs(), 100 * fractionSilent(), threshold);
    }

    private INDArray silent() {
        return magnitudes.lt(threshold).castTo(DataType.FLOAT);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
