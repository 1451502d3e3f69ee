package org.lectern.train;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.LayerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * How much an autoencoder's reconstructions rely on each single code unit: the reconstruction
 * error when a random share of the code units is switched off, as dropout on the code does in
 * training (each unit of each example set to 0 with probability {@code share}, the others scaled
 * by {@code 1 / (1 - share)} so the decoder gets the same input on average). Seed 004: dropout on
 * the code makes the features redundant, they "cover for one another", so such a model's error
 * grows less when units go missing than a plain model's.
 *
 * <pre>{@code
 * double[] shares = {0, 0.25, 0.5, 0.75};
 * double[] plainErrors = CodeRedundancy.errors(plain, testImages, shares, 42);
 * double[] dropoutErrors = CodeRedundancy.errors(withDropout, testImages, shares, 42);
 * }</pre>
 */
public final class CodeRedundancy {
    /** How many examples are decoded at once. */
    private static final int CHUNK = 1000;

    private CodeRedundancy() {
    }

    /**
     * Returns the reconstructions of the features {@code [examples, inputs]} after each code unit of
     * each example was switched off with probability {@code share} (the rest scaled by
     * {@code 1 / (1 - share)}), drawn with {@code seed}: the same seed switches off the same units.
     * With share 0 they are the autoencoder's reconstructions. The result is in double precision.
     *
     * @throws IllegalArgumentException if the share is not in [0, 1) or the features do not fit the autoencoder
     */
    public static INDArray reconstruct(Autoencoder autoencoder, INDArray features, double share, long seed) {
        Objects.requireNonNull(autoencoder, "autoencoder");
        requireShare(share);
        INDArray examples = checked(autoencoder, features);
        SplittableRandom random = new SplittableRandom(seed);
        INDArray out = Nd4j.create(DataType.DOUBLE, examples.rows(), autoencoder.inputs());
        for (long start = 0; start < examples.rows(); start += CHUNK) {
            long end = Math.min(examples.rows(), start + CHUNK);
            INDArray codes = autoencoder.encode(examples.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()))
                    .castTo(DataType.DOUBLE);
            out.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).assign(decode(autoencoder, dropped(codes, share, random)));
        }
        return out;
    }

    /**
     * Returns the mean squared reconstruction error (over examples and pixels, as
     * {@link Autoencoder#reconstructionError(INDArray)}) with a {@code share} of the code units switched off.
     */
    public static double error(Autoencoder autoencoder, INDArray features, double share, long seed) {
        INDArray difference = reconstruct(autoencoder, features, share, seed).subi(features.castTo(DataType.DOUBLE));
        return difference.muli(difference).meanNumber().doubleValue();
    }

    /** Returns {@link #error(Autoencoder, INDArray, double, long)} for each share, all drawn with the same seed. */
    public static double[] errors(Autoencoder autoencoder, INDArray features, double[] shares, long seed) {
        Objects.requireNonNull(shares, "shares");
        Arrays.stream(shares).forEach(CodeRedundancy::requireShare);
        return Arrays.stream(shares).map(share -> error(autoencoder, features, share, seed)).toArray();
    }

    // Zeroes each entry with probability share and scales the rest, one draw per entry in row-major order.
    private static INDArray dropped(INDArray codes, double share, SplittableRandom random) {
        if (share == 0) {
            return codes;
        }
        double kept = 1 / (1 - share);
        double[] mask = new double[Math.toIntExact(codes.length())];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = random.nextDouble() < share ? 0 : kept;
        }
        return codes.muli(Nd4j.createFromArray(mask).reshape('c', codes.shape()));
    }

    // The decoder layers after the code layer, in double precision: a = activation(a W + b).
    private static INDArray decode(Autoencoder autoencoder, INDArray codes) {
        List<LayerSpec> layers = autoencoder.layers();
        INDArray a = codes;
        for (int layer = autoencoder.codeLayer() + 1; layer < layers.size(); layer++) {
            INDArray z = a.mmul(autoencoder.weights(layer).castTo(DataType.DOUBLE))
                    .addiRowVector(autoencoder.bias(layer).castTo(DataType.DOUBLE));
            a = layers.get(layer).activation().getActivationFunction().getActivation(z, false);
        }
        return a;
    }

    private static INDArray checked(Autoencoder autoencoder, INDArray features) {
        Objects.requireNonNull(features, "features");
        if (features.rank() != 2 || features.columns() != autoencoder.inputs() || features.rows() == 0) {
            throw new IllegalArgumentException("features must be shaped [examples, " + autoencoder.inputs() + "] for this "
                    + autoencoder.spec().sizes() + " autoencoder, with at least one row; got " + Arrays.toString(features.shape()));
        }
        return features;
    }

    private static void requireShare(double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("the share of code units to switch off must be at least 0 and below 1 "
                    + "(0.5 switches off half of them); got " + share);
        }
    }
}
