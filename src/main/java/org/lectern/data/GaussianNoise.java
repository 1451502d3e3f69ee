package org.lectern.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Corrupts images with additive Gaussian noise, the denoising autoencoder's input:
 * {@code clamp(x + n, 0, 1)} with {@code n ~ N(mean, sigma)} drawn independently for every pixel.
 * Each instance is a seeded generator: every call draws fresh noise, and the same seed gives the
 * same sequence of noise.
 *
 * <pre>{@code
 * GaussianNoise noise = GaussianNoise.of(0.1, 0.2);          // the lecture's corruption
 * INDArray noisy = noise.corrupt(Mnist.test().features());   // the clean images stay as they are
 * }</pre>
 */
public final class GaussianNoise {
    /** The seed of {@link #of(double, double)}, the lectures' default seed. */
    public static final long DEFAULT_SEED = 42;

    private final double mean;
    private final double sigma;
    private final long seed;
    private final Random generator;

    private GaussianNoise(double mean, double sigma, long seed) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("the noise mean must be a finite number; got " + mean);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("the noise standard deviation sigma must be a finite number >= 0; got "
                    + sigma);
        }
        this.mean = mean;
        this.sigma = sigma;
        this.seed = seed;
        this.generator = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    }

    /**
     * Returns a generator of noise with the given mean and standard deviation, seeded with
     * {@value #DEFAULT_SEED} (the lecture's corruption is {@code of(0.1, 0.2)}).
     *
     * @throws IllegalArgumentException if the mean is not finite or sigma is negative, NaN or infinite
     */
    public static GaussianNoise of(double mean, double sigma) {
        return new GaussianNoise(mean, sigma, DEFAULT_SEED);
    }

    /** Returns a new generator with the same mean and sigma, starting from {@code seed}. */
    public GaussianNoise seed(long seed) {
        return new GaussianNoise(mean, sigma, seed);
    }

    /** Returns a new generator with the same settings, at the start of its sequence (this one is not changed). */
    public GaussianNoise restarted() {
        return new GaussianNoise(mean, sigma, seed);
    }

    /** Returns the mean of the noise. */
    public double mean() {
        return mean;
    }

    /** Returns the standard deviation of the noise. */
    public double sigma() {
        return sigma;
    }

    /** Returns the seed the generator started from. */
    public long seed() {
        return seed;
    }

    /**
     * Returns a corrupted copy of {@code clean} (any shape, values meant to lie in [0, 1]):
     * {@code clamp(clean + n, 0, 1)} with fresh noise {@code n}. The clean array is not changed.
     */
    public synchronized INDArray corrupt(INDArray clean) {
        Objects.requireNonNull(clean, "clean");
        if (!clean.dataType().isFPType()) {
            throw new IllegalArgumentException("noise is added to floating-point images; got "
                    + clean.dataType() + " " + Arrays.toString(clean.shape()));
        }
        INDArray noisy = noise(clean);
        noisy.addi(clean);
        return Transforms.min(Transforms.max(noisy, 0.0, false), 1.0, false);
    }

    /** Returns fresh noise {@code n} shaped and typed like {@code like}, without adding or clamping. */
    public synchronized INDArray noise(INDArray like) {
        INDArray noise = Nd4j.createUninitialized(like.dataType(), like.shape(), 'c');
        Nd4j.getExecutioner().exec(new GaussianDistribution(noise, mean, sigma), generator);
        return noise;
    }

    /** Returns e.g. {@code Gaussian noise (mean 0.1, sigma 0.2, seed 42)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Gaussian noise (mean %s, sigma %s, seed %d)", number(mean), number(sigma),
                seed);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
