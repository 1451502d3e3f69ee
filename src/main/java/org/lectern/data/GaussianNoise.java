package org.lectern.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
 *
 * <p>How: a counter-based generator (each call takes a fresh 64-bit key from the seed; each pair
 * of pixels hashes its index with the key into two uniform numbers) and the Box-Muller transform,
 * fused with the addition and the clamping into one pass. Written here rather than with ND4J's
 * Gaussian op, which took a quarter of a denoising epoch's time; with the JDK's Vector API
 * ({@code --add-modules jdk.incubator.vector}) the pass is vectorised at the CPU's own width, and
 * the noise then differs from the plain-Java pass in the last bits only: by at most 1e-5 sigma plus
 * one rounding to float. Which pixel gets which noise does not depend on the vector width.
 */
public final class GaussianNoise implements Corruption {
    /** The seed of {@link #of(double, double)}, the lectures' default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The {@code kind} in its {@link #settings()}. */
    static final String KIND = "gaussian";
    /** The elements of a block: each of its {@link #BLOCK_PAIRS} pairs gives two of them (see {@link #fillScalar}). */
    static final int BLOCK = 32;
    /** The pairs of uniform numbers of a block. */
    static final int BLOCK_PAIRS = BLOCK / 2;
    /**
     * How far the vector pass may be from the plain-Java one, in units of sigma, before the rounding
     * of the result to float (see {@link #vectorTolerance}).
     */
    static final double VECTOR_TOLERANCE = 1e-5;

    private static final Fill FILL = fill();

    private final double mean;
    private final double sigma;
    private final long seed;
    private long calls;

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
    @Override
    public GaussianNoise seed(long seed) {
        return new GaussianNoise(mean, sigma, seed);
    }

    /** Returns a new generator with the same settings, at the start of its sequence (this one is not changed). */
    @Override
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
    @Override
    public long seed() {
        return seed;
    }

    /** Returns {@code kind=gaussian}, {@code mean}, {@code sigma} and {@code seed}, as text. */
    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kind", KIND);
        settings.put("mean", Double.toString(mean));
        settings.put("sigma", Double.toString(sigma));
        settings.put("seed", Long.toString(seed));
        return settings;
    }

    /**
     * Returns a corrupted copy of {@code clean} (any shape, values meant to lie in [0, 1]):
     * {@code clamp(clean + n, 0, 1)} with fresh noise {@code n}. The clean array is not changed.
     */
    @Override
    public synchronized INDArray corrupt(INDArray clean) {
        Objects.requireNonNull(clean, "clean");
        if (!clean.dataType().isFPType()) {
            throw new IllegalArgumentException("noise is added to floating-point images; got "
                    + clean.dataType() + " " + Arrays.toString(clean.shape()));
        }
        INDArray out = Nd4j.createUninitialized(clean.dataType(), clean.shape(), 'c');
        corruptInto(clean, out);
        return out;
    }

    /**
     * Writes a corrupted copy of {@code clean} into {@code out}, a row-major array of the same
     * shape and number type (e.g. a buffer reused batch after batch, which saves allocating one).
     *
     * @return {@code out}
     */
    @Override
    public synchronized INDArray corruptInto(INDArray clean, INDArray out) {
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(out, "out");
        if (!clean.dataType().isFPType()) {
            throw new IllegalArgumentException("noise is added to floating-point images; got "
                    + clean.dataType() + " " + Arrays.toString(clean.shape()));
        }
        if (!Arrays.equals(clean.shape(), out.shape()) || clean.dataType() != out.dataType() || !rowMajor(out)) {
            throw new IllegalArgumentException("the output array must be a row-major " + clean.dataType() + " array "
                    + "shaped " + Arrays.toString(clean.shape()) + " like the clean one; got " + out.dataType() + " "
                    + Arrays.toString(out.shape()) + " in order '" + out.ordering() + "'");
        }
        INDArray source = rowMajor(clean) ? clean : clean.dup('c');
        draw(source, out, true);
        return out;
    }

    /** Returns fresh noise {@code n} shaped and typed like {@code like}, without adding or clamping. */
    public synchronized INDArray noise(INDArray like) {
        INDArray out = Nd4j.createUninitialized(like.dataType(), like.shape(), 'c');
        draw(null, out, false);
        return out;
    }

    private void draw(INDArray clean, INDArray out, boolean addAndClamp) {
        DataType type = out.dataType();
        int n = Math.toIntExact(out.length());
        long key = mix(seed + 0x9E3779B97F4A7C15L * ++calls);
        int key1 = (int) key;
        int key2 = (int) (key >>> 32);
        Fill fill = type == DataType.FLOAT ? FILL : GaussianNoise::fillScalar;
        ByteBuffer outBytes = bytes(out);
        ByteBuffer cleanBytes = clean == null ? null : bytes(clean);
        int cleanOffset = clean == null ? 0 : Math.toIntExact(clean.offset());
        fill.fill(cleanBytes, cleanOffset, outBytes, Math.toIntExact(out.offset()), n, key1, key2, mean, sigma,
                addAndClamp, type == DataType.DOUBLE);
    }

    static boolean rowMajor(INDArray array) {
        return array.ordering() == 'c' && (array.length() <= 1 || array.elementWiseStride() == 1);
    }

    /**
     * Returns the most by which the vector pass's float may differ from the plain-Java pass's
     * {@code expected}: {@link #VECTOR_TOLERANCE} sigmas (the vector pass computes the radius and the
     * angle in float, the plain-Java one in double) plus one rounding of the result to float.
     */
    static double vectorTolerance(double sigma, float expected) {
        return VECTOR_TOLERANCE * sigma + Math.ulp(Math.max(Math.abs(expected), 1f));
    }

    /** Returns e.g. {@code Gaussian noise (mean 0.1, sigma 0.2, seed 42)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Gaussian noise (mean %s, sigma %s, seed %d)", number(mean), number(sigma),
                seed);
    }

    /** Writes noise, or clean plus noise clamped to [0, 1], for {@code n} elements of float or double buffers. */
    @FunctionalInterface
    interface Fill {
        void fill(ByteBuffer clean, int cleanOffset, ByteBuffer out, int outOffset, int n, int key1, int key2,
                  double mean, double sigma, boolean addAndClamp, boolean doubles);
    }

    /**
     * The plain-Java pass, the reference: element {@code e} lies in block {@code e / 32} and takes pair
     * {@code 16 * block + (e % 32) % 16}; the block's first 16 elements take {@code r cos(theta)} of
     * their pair and the last 16 {@code r sin(theta)}. The vector pass ({@code VectorGaussianFill})
     * keeps this layout at any vector width.
     */
    static void fillScalar(ByteBuffer clean, int cleanOffset, ByteBuffer out, int outOffset, int n, int key1, int key2,
                           double mean, double sigma, boolean addAndClamp, boolean doubles) {
        fillRange(clean, cleanOffset, out, outOffset, 0, n, key1, key2, mean, sigma, addAndClamp, doubles);
    }

    /** Does the plain-Java pass for elements {@code from} (inclusive) to {@code to} (exclusive). */
    static void fillRange(ByteBuffer clean, int cleanOffset, ByteBuffer out, int outOffset, int from, int to, int key1,
                          int key2, double mean, double sigma, boolean addAndClamp, boolean doubles) {
        // Each pair gives r cos(theta) to its element in the first half of the block and r sin(theta)
        // to its element in the second half; the sine is kept for when the loop gets there.
        double[] sines = new double[BLOCK_PAIRS];
        int[] sineBlocks = new int[BLOCK_PAIRS];
        Arrays.fill(sineBlocks, -1);
        for (int e = from; e < to; e++) {
            int block = e / BLOCK;
            int within = e % BLOCK;
            int lane = within % BLOCK_PAIRS;
            double z;
            if (within >= BLOCK_PAIRS && sineBlocks[lane] == block) {
                z = sines[lane];
            } else {
                int pair = block * BLOCK_PAIRS + lane;
                float u1 = 2f - unitFloat(hash(pair + key1));
                float u2 = unitFloat(hash(pair + key2)) - 1f;
                double radius = Math.sqrt(-2 * Math.log(u1));
                double angle = 2 * Math.PI * u2;
                sines[lane] = radius * Math.sin(angle);
                sineBlocks[lane] = block;
                z = within < BLOCK_PAIRS ? radius * Math.cos(angle) : sines[lane];
            }
            double value = mean + sigma * z;
            if (addAndClamp) {
                value = Math.min(1, Math.max(0, value + get(clean, cleanOffset + e, doubles)));
            }
            put(out, outOffset + e, value, doubles);
        }
    }

    /** Returns a float in [1, 2) from the top 23 bits of {@code bits}. */
    static float unitFloat(int bits) {
        return Float.intBitsToFloat((bits >>> 9) | 0x3F800000);
    }

    /** MurmurHash3's 32-bit finaliser: a bijection that scrambles consecutive counters. */
    static int hash(int x) {
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        return x ^ (x >>> 16);
    }

    /** SplitMix64's finaliser: one independent 64-bit key per call. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double get(ByteBuffer bytes, int index, boolean doubles) {
        return doubles ? bytes.getDouble(index << 3) : bytes.getFloat(index << 2);
    }

    private static void put(ByteBuffer bytes, int index, double value, boolean doubles) {
        if (doubles) {
            bytes.putDouble(index << 3, value);
        } else {
            bytes.putFloat(index << 2, (float) value);
        }
    }

    static ByteBuffer bytes(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder());
    }

    /** Returns the pass in use: {@code VectorGaussianFill} with the Vector API, {@code plain Java} without. */
    static String pass() {
        return FILL.getClass().getSimpleName().equals("VectorGaussianFill") ? "VectorGaussianFill" : "plain Java";
    }

    private static Fill fill() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (Fill) Class.forName("org.lectern.data.VectorGaussianFill").getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return GaussianNoise::fillScalar;
            }
        }
        return GaussianNoise::fillScalar;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
