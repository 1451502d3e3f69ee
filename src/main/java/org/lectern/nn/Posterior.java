package org.lectern.nn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What a {@link Vae}'s encoder says about the codes of some images: for every image a diagonal
 * Gaussian {@code q(z|x) = N(mean, exp(logVariance))} over the latent space.
 *
 * @param mean        the means, {@code [examples, latent]}
 * @param logVariance the logarithms of the variances, {@code [examples, latent]}
 */
public record Posterior(INDArray mean, INDArray logVariance) {

    /** Checks that both arrays are matrices of the same shape. */
    public Posterior {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(logVariance, "logVariance");
        if (mean.rank() != 2 || !Arrays.equals(mean.shape(), logVariance.shape())) {
            throw new IllegalArgumentException("mean and logVariance must both be [examples, latent]; got "
                    + Arrays.toString(mean.shape()) + " and " + Arrays.toString(logVariance.shape()));
        }
    }

    /** Returns the number of examples. */
    public int examples() {
        return mean.rows();
    }

    /** Returns the standard deviations {@code exp(logVariance / 2)}, {@code [examples, latent]}. */
    public INDArray standardDeviation() {
        return Transforms.exp(logVariance.castTo(DataType.DOUBLE).mul(0.5), false);
    }

    /**
     * Returns each example's Kullback-Leibler divergence from the prior N(0, I):
     * {@code KL = 1/2 * sum_j (mean_j^2 + exp(logVariance_j) - 1 - logVariance_j)}, in nats, computed in double.
     */
    public double[] kl() {
        INDArray mu = mean.castTo(DataType.DOUBLE);
        INDArray logVar = logVariance.castTo(DataType.DOUBLE);
        INDArray terms = mu.mul(mu).addi(Transforms.exp(logVar, true)).subi(1.0).subi(logVar);
        return terms.sum(1).muli(0.5).toDoubleVector();
    }

    /** Returns the mean over the examples of {@link #kl()}. */
    public double meanKl() {
        return Arrays.stream(kl()).average().orElseThrow();
    }
}
