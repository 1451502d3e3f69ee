package org.lectern.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Turns low-dimensional inputs {@code v} (pixel coordinates {@code (x, y)} in {@code [0, 1)}) into
 * the features a coordinate network sees, as in Tancik et al. 2020 ("Fourier Features Let Networks
 * Learn High Frequency Functions in Low Dimensional Domains"). Every mapping but {@link #none()}
 * is {@code γ(v) = [sin(2π B v), cos(2π B v)]} for a frequency matrix {@code B} with one row per
 * frequency and one column per coordinate; the sines come first, as in the paper's code (the
 * paper's text writes the cosines first, which only permutes the features).
 *
 * <pre>{@code
 * InputMapping none = InputMapping.none();                    // (x, y)                      2 features
 * InputMapping basic = InputMapping.basic();                  // B = I                        4 features
 * InputMapping posenc = InputMapping.positional(128, 6);      // 2^linspace(0, 6, 128) - 1  512 features
 * InputMapping gauss = InputMapping.gaussian(256, 10, 0);     // B ~ N(0, 10^2), 256 x 2    512 features
 * INDArray features = gauss.apply(coordinates);                // [n, 2] -> [n, 512], FLOAT
 * }</pre>
 */
public final class InputMapping {
    private static final int COORDINATES = 2;

    private final String name;
    private final String description;
    private final INDArray frequencies;

    private InputMapping(String name, String description, double[][] frequencies) {
        this.name = name;
        this.description = description;
        this.frequencies = frequencies == null ? null : Nd4j.createFromArray(frequencies).castTo(DataType.FLOAT);
    }

    /** Returns the identity, {@code γ(v) = v}: the network sees the raw coordinates (2 features). */
    public static InputMapping none() {
        return new InputMapping("none", "none: the raw coordinates (x, y), 2 features", null);
    }

    /** Returns the basic mapping {@code γ(v) = [sin(2π v), cos(2π v)]}, i.e. {@code B = I} (4 features). */
    public static InputMapping basic() {
        return new InputMapping("basic", "basic: [sin(2πv), cos(2πv)] of each coordinate, 4 features",
                new double[][] {{1, 0}, {0, 1}});
    }

    /**
     * Returns the positional encoding {@code γ(v) = [sin(2π b_j v_i), cos(2π b_j v_i)]} with
     * {@code b = 2^linspace(0, scale, frequencies) - 1}, applied to each coordinate {@code v_i}
     * separately ({@code 4 * frequencies} features; the paper uses 128 frequencies and scale 6).
     * As in the paper's code, {@code B} stacks the rows {@code (b_j, 0)} for x over the rows
     * {@code (0, b_j)} for y, and its first frequency is {@code 2^0 - 1 = 0}, a constant feature.
     */
    public static InputMapping positional(int frequencies, double scale) {
        if (frequencies < 2) {
            throw new IllegalArgumentException("a positional encoding needs at least 2 frequencies (the paper uses 128); got "
                    + frequencies);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the positional encoding's scale is the largest exponent, log2 of the highest "
                    + "frequency + 1, and must be a finite number above 0 (the paper uses 6); got " + scale);
        }
        double[][] b = new double[2 * frequencies][COORDINATES];
        for (int j = 0; j < frequencies; j++) {
            double frequency = Math.pow(2, scale * j / (frequencies - 1)) - 1;
            b[j][0] = frequency;
            b[frequencies + j][1] = frequency;
        }
        return new InputMapping("positional", String.format(Locale.ROOT, "positional encoding: %d frequencies "
                + "2^linspace(0, %s, %d) - 1 per coordinate, %d features", frequencies, number(scale), frequencies,
                4 * frequencies), b);
    }

    /**
     * Returns Gaussian random Fourier features {@code γ(v) = [sin(2π B v), cos(2π B v)]} with
     * {@code B} of shape {@code [size, 2]} and entries drawn from {@code N(0, sigma^2)}
     * ({@code 2 * size} features; the paper uses size 256 and sigma 10). {@code B} is drawn with
     * {@code java.util.Random(seed)}, so a seed gives the same matrix on every JVM and backend.
     */
    public static InputMapping gaussian(int size, double sigma, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a Gaussian mapping needs a size (rows of B) of at least 1 (the paper uses "
                    + "256); got " + size);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma, the standard deviation of B's entries, must be a finite number above 0 "
                    + "(the paper uses 10 for images); got " + sigma);
        }
        Random random = new Random(seed);
        double[][] b = new double[size][COORDINATES];
        for (double[] row : b) {
            for (int i = 0; i < COORDINATES; i++) {
                row[i] = sigma * random.nextGaussian();
            }
        }
        return new InputMapping("gaussian σ=" + number(sigma), String.format(Locale.ROOT, "Gaussian Fourier features: "
                + "B ~ N(0, %s^2) of shape [%d, 2], seed %d, %d features", number(sigma), size, seed, 2 * size), b);
    }

    /** Returns a short name for legends and tables: {@code none}, {@code basic}, {@code positional} or {@code gaussian σ=10}. */
    public String name() {
        return name;
    }

    /** Returns the number of inputs it takes: 2, the coordinates {@code (x, y)}. */
    public int inputs() {
        return COORDINATES;
    }

    /** Returns the number of features it makes: 2 for none, twice the rows of {@code B} for the others. */
    public int outputs() {
        return frequencies == null ? COORDINATES : 2 * Math.toIntExact(frequencies.rows());
    }

    /** Returns a copy of the frequency matrix {@code B}, shaped {@code [frequencies, 2]}, or empty for {@link #none()}. */
    public Optional<INDArray> matrix() {
        return Optional.ofNullable(frequencies).map(INDArray::dup);
    }

    /**
     * Maps coordinates {@code [n, 2]} (one point per row, any float type) to features
     * {@code [n, outputs()]} in FLOAT: one matrix product and a sine and a cosine over it.
     */
    public INDArray apply(INDArray coordinates) {
        Objects.requireNonNull(coordinates, "coordinates");
        if (coordinates.rank() != 2 || coordinates.columns() != COORDINATES) {
            throw new IllegalArgumentException("an input mapping takes coordinates shaped [n, 2], one (x, y) point per row; "
                    + "got " + Arrays.toString(coordinates.shape()));
        }
        INDArray points = coordinates.castTo(DataType.FLOAT);
        if (frequencies == null) {
            return points == coordinates ? points.dup('c') : points;
        }
        INDArray angles = points.mmul(frequencies.transpose()).muli(2 * Math.PI);
        return Nd4j.hstack(Transforms.sin(angles, true), Transforms.cos(angles, false));
    }

    /**
     * Returns what feature {@code index} computes, e.g. {@code sin(2πx)}, {@code sin(2π·3.48x)} or
     * {@code cos(2π(1.2x - 7.75y))}, for legends of feature plots.
     */
    public String feature(int index) {
        if (index < 0 || index >= outputs()) {
            throw new IndexOutOfBoundsException("feature " + index + " does not exist: " + name + " makes features 0 to "
                    + (outputs() - 1));
        }
        if (frequencies == null) {
            return index == 0 ? "x" : "y";
        }
        int rows = Math.toIntExact(frequencies.rows());
        int row = index % rows;
        String argument = argument(frequencies.getDouble(row, 0), frequencies.getDouble(row, 1));
        return (index < rows ? "sin" : "cos") + "(" + argument + ")";
    }

    /** Returns a one-line description, e.g. {@code positional encoding: 128 frequencies 2^linspace(0, 6, 128) - 1 per coordinate, 512 features}. */
    @Override
    public String toString() {
        return description;
    }

    private static String argument(double bx, double by) {
        if (by == 0) {
            return "2π" + times(bx) + "x";
        }
        if (bx == 0) {
            return "2π" + times(by) + "y";
        }
        return "2π(" + number(round(bx)) + "x " + (by < 0 ? "- " : "+ ") + number(round(Math.abs(by))) + "y)";
    }

    /** Returns {@code ""} for a factor 1 (2πx), else e.g. {@code ·3.48} (2π·3.48x). */
    private static String times(double factor) {
        return factor == 1 ? "" : "·" + number(round(factor));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
