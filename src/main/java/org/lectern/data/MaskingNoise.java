package org.lectern.data;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Corrupts images by masking: every pixel is set to 0 with probability {@code fraction},
 * independently, and kept as it is otherwise (the "masking noise" of Vincent et al., 2008, the
 * other classic corruption of denoising autoencoders). Each instance is a seeded generator: every
 * call masks other pixels, and the same seed gives the same sequence of masks.
 *
 * <pre>{@code
 * MaskingNoise mask = MaskingNoise.of(0.25);                 // a quarter of the pixels go black
 * INDArray masked = mask.corrupt(Mnist.test().features());   // the clean images stay as they are
 * }</pre>
 *
 * <p>How: the same counter-based scheme as {@link GaussianNoise} (a fresh 64-bit key per call,
 * each pixel's index hashed with it), so a batch's mask does not depend on how many threads or
 * batches came before it, only on the seed and the call number.
 */
public final class MaskingNoise implements Corruption {
    /** The {@code kind} in its {@link #settings()}. */
    static final String KIND = "masking";

    private static final int UNIT = 1 << 24;

    private final double fraction;
    private final long seed;
    private final int threshold;
    private long calls;

    private MaskingNoise(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the masked fraction of pixels must be a number from 0 to 1; got "
                    + fraction);
        }
        this.fraction = fraction;
        this.seed = seed;
        // A pixel is masked when 24 random bits fall below fraction * 2^24: exact for 0 and 1.
        this.threshold = (int) Math.round(fraction * UNIT);
    }

    /**
     * Returns a generator that sets each pixel to 0 with probability {@code fraction}, seeded with
     * {@value GaussianNoise#DEFAULT_SEED}.
     *
     * @throws IllegalArgumentException if the fraction is not a number from 0 to 1
     */
    public static MaskingNoise of(double fraction) {
        return new MaskingNoise(fraction, GaussianNoise.DEFAULT_SEED);
    }

    /** Returns a new generator with the same fraction, starting from {@code seed}. */
    @Override
    public MaskingNoise seed(long seed) {
        return new MaskingNoise(fraction, seed);
    }

    /** Returns a new generator with the same settings, at the start of its sequence (this one is not changed). */
    @Override
    public MaskingNoise restarted() {
        return new MaskingNoise(fraction, seed);
    }

    /** Returns the probability that a pixel is set to 0. */
    public double fraction() {
        return fraction;
    }

    /** Returns the seed the generator started from. */
    @Override
    public long seed() {
        return seed;
    }

    /** Returns {@code kind=masking}, {@code fraction} and {@code seed}, as text. */
    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kind", KIND);
        settings.put("fraction", Double.toString(fraction));
        settings.put("seed", Long.toString(seed));
        return settings;
    }

    /** Returns a copy of {@code clean} with fresh pixels set to 0. The clean array is not changed. */
    @Override
    public synchronized INDArray corrupt(INDArray clean) {
        requireFloatingPoint(clean);
        return corruptInto(clean, Nd4j.createUninitialized(clean.dataType(), clean.shape(), 'c'));
    }

    /**
     * Writes a masked copy of {@code clean} into {@code out}, a row-major array of the same shape
     * and number type.
     *
     * @return {@code out}
     */
    @Override
    public synchronized INDArray corruptInto(INDArray clean, INDArray out) {
        requireFloatingPoint(clean);
        Objects.requireNonNull(out, "out");
        if (!Arrays.equals(clean.shape(), out.shape()) || clean.dataType() != out.dataType()
                || !GaussianNoise.rowMajor(out)) {
            throw new IllegalArgumentException("the output array must be a row-major " + clean.dataType() + " array "
                    + "shaped " + Arrays.toString(clean.shape()) + " like the clean one; got " + out.dataType() + " "
                    + Arrays.toString(out.shape()) + " in order '" + out.ordering() + "'");
        }
        INDArray source = GaussianNoise.rowMajor(clean) ? clean : clean.dup('c');
        long key = GaussianNoise.mix(seed + 0x9E3779B97F4A7C15L * ++calls);
        int key1 = (int) key;
        int key2 = (int) (key >>> 32);
        boolean doubles = out.dataType() == DataType.DOUBLE;
        ByteBuffer from = GaussianNoise.bytes(source);
        ByteBuffer to = GaussianNoise.bytes(out);
        int fromOffset = Math.toIntExact(source.offset());
        int toOffset = Math.toIntExact(out.offset());
        int n = Math.toIntExact(out.length());
        for (int e = 0; e < n; e++) {
            boolean masked = masked(e, key1, key2);
            if (doubles) {
                to.putDouble((toOffset + e) << 3, masked ? 0 : from.getDouble((fromOffset + e) << 3));
            } else {
                to.putFloat((toOffset + e) << 2, masked ? 0f : from.getFloat((fromOffset + e) << 2));
            }
        }
        return out;
    }

    private boolean masked(int element, int key1, int key2) {
        int bits = GaussianNoise.hash(GaussianNoise.hash(element + key1) ^ key2);
        return (bits >>> 8) < threshold;
    }

    private static void requireFloatingPoint(INDArray clean) {
        Objects.requireNonNull(clean, "clean");
        if (!clean.dataType().isFPType()) {
            throw new IllegalArgumentException("masking works on floating-point images; got "
                    + clean.dataType() + " " + Arrays.toString(clean.shape()));
        }
    }

    /** Returns e.g. {@code masking noise (fraction 0.25, seed 42)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "masking noise (fraction %s, seed %d)", GaussianNoise.number(fraction), seed);
    }
}
