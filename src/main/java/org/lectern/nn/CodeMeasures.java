package org.lectern.nn;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Measures of an autoencoder's code over a data set: each code unit's mean activation (to set
 * beside a KL sparsity target {@code rho}) and how much the code moves when the input is nudged
 * (what a contractive penalty makes smaller).
 *
 * <pre>{@code
 * double[] means = CodeMeasures.meanActivations(sparse, test.features());
 * double plainMoves = CodeMeasures.sensitivity(plain, test.features(), 0.01, 42);
 * double contractiveMoves = CodeMeasures.sensitivity(contractive, test.features(), 0.01, 42);
 * }</pre>
 */
public final class CodeMeasures {
    /** How many examples are encoded at once. */
    private static final int CHUNK = 1000;

    private CodeMeasures() {
    }

    /**
     * Returns each code unit's activation averaged over the examples, {@code codeSize()} values:
     * the {@code rho_hat_j} of {@link KlSparsity} taken over a whole data set. It is the signed mean
     * ({@code CodeSparsity.unitActivity()} averages {@code |h|}: the same for a sigmoid code), taken a
     * thousand examples at a time so a whole test set needs no code matrix.
     *
     * @param features the examples, {@code [examples, inputs]}
     */
    public static double[] meanActivations(Autoencoder autoencoder, INDArray features) {
        INDArray examples = checked(autoencoder, features);
        double[] sums = new double[autoencoder.codeSize()];
        for (long start = 0; start < examples.rows(); start += CHUNK) {
            double[] chunk = autoencoder.encode(rows(examples, start)).castTo(DataType.DOUBLE).sum(0).toDoubleVector();
            for (int j = 0; j < sums.length; j++) {
                sums[j] += chunk[j];
            }
        }
        return Arrays.stream(sums).map(sum -> sum / examples.rows()).toArray();
    }

    /**
     * Returns the mean over the examples of {@link #sensitivities(Autoencoder, INDArray, double, long)}:
     * how far the code moves per unit of input noise.
     */
    public static double sensitivity(Autoencoder autoencoder, INDArray features, double noise, long seed) {
        return Arrays.stream(sensitivities(autoencoder, features, noise, seed)).average().orElseThrow();
    }

    /**
     * Returns, for each example {@code x}, {@code ||f(x + eps) - f(x)|| / ||eps||} with {@code f} the
     * encoder and {@code eps} drawn from a normal distribution of standard deviation {@code noise}
     * (the inputs are not clipped). The same seed draws the same noise, so two models compare on
     * identical perturbations. For small noise it approaches {@code ||J(x) u||} for a random unit
     * direction {@code u}, whose square averages {@code ||J(x)||_F^2 / inputs}.
     *
     * @param features the examples, {@code [examples, inputs]}
     * @param noise    the standard deviation of the perturbation, a small positive number such as 0.01
     * @param seed     the seed of the perturbations
     */
    public static double[] sensitivities(Autoencoder autoencoder, INDArray features, double noise, long seed) {
        if (!(noise > 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("the noise is the standard deviation of the input perturbation, a small "
                    + "positive number such as 0.01; got " + noise);
        }
        INDArray examples = checked(autoencoder, features);
        Random random = new Random(seed);
        double[] ratios = new double[Math.toIntExact(examples.rows())];
        for (long start = 0; start < examples.rows(); start += CHUNK) {
            INDArray clean = rows(examples, start).castTo(DataType.DOUBLE);
            double[] draws = new double[Math.toIntExact(clean.length())];
            for (int k = 0; k < draws.length; k++) {
                draws[k] = noise * random.nextGaussian();
            }
            INDArray eps = Nd4j.createFromArray(draws).reshape(clean.shape());
            INDArray moved = autoencoder.encode(clean.add(eps)).castTo(DataType.DOUBLE)
                    .subi(autoencoder.encode(clean).castTo(DataType.DOUBLE));
            double[] codeShifts = moved.norm2(1).toDoubleVector();
            double[] inputShifts = eps.norm2(1).toDoubleVector();
            for (int n = 0; n < codeShifts.length; n++) {
                ratios[(int) start + n] = codeShifts[n] / inputShifts[n];
            }
        }
        return ratios;
    }

    private static INDArray checked(Autoencoder autoencoder, INDArray features) {
        Objects.requireNonNull(autoencoder, "autoencoder");
        INDArray examples = autoencoder.checkedFeatures(features);
        if (examples.rows() == 0) {
            throw new IllegalArgumentException("there are no examples to measure the code on: give features shaped "
                    + "[examples, " + autoencoder.inputs() + "] with at least one row");
        }
        return examples;
    }

    private static INDArray rows(INDArray examples, long start) {
        return examples.get(NDArrayIndex.interval(start, Math.min(examples.rows(), start + CHUNK)), NDArrayIndex.all());
    }
}
