package org.lectern.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GaussianNoise}'s pass on the JDK's Vector API: 16 pairs of pixels at a time (hash,
 * Box-Muller with the JDK's vectorised log, cos and sin, add, clamp), the rest through the
 * plain-Java pass. Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorGaussianFill implements GaussianNoise.Fill {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_512;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_512;
    private static final int LANES = 16;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final IntVector LANE_INDEX = IntVector.fromArray(INTS,
            new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, 0);

    /** Refuses CPUs whose vectors hold fewer than 16 ints, where the 512-bit shapes would be emulated slowly. */
    VectorGaussianFill() {
        if (IntVector.SPECIES_PREFERRED.length() < LANES) {
            throw new UnsupportedOperationException("vectors of " + IntVector.SPECIES_PREFERRED.length() + " ints");
        }
    }

    @Override
    public void fill(ByteBuffer clean, int cleanOffset, ByteBuffer out, int outOffset, int n, int key1, int key2,
                     double mean, double sigma, boolean addAndClamp, boolean doubles) {
        if (doubles) {
            GaussianNoise.fillScalar(clean, cleanOffset, out, outOffset, n, key1, key2, mean, sigma, addAndClamp, true);
            return;
        }
        float m = (float) mean;
        float s = (float) sigma;
        int blocks = n / (2 * LANES);
        for (int block = 0; block < blocks; block++) {
            IntVector pairs = LANE_INDEX.add(block * LANES);
            FloatVector u1 = unit(hash(pairs.add(key1))).neg().add(2f);
            FloatVector u2 = unit(hash(pairs.add(key2))).sub(1f);
            FloatVector radius = u1.lanewise(VectorOperators.LOG).mul(-2f).lanewise(VectorOperators.SQRT);
            FloatVector angle = u2.mul((float) (2 * Math.PI));
            int first = block * 2 * LANES;
            write(radius.mul(angle.lanewise(VectorOperators.COS)), clean, cleanOffset + first, out, outOffset + first,
                    m, s, addAndClamp);
            write(radius.mul(angle.lanewise(VectorOperators.SIN)), clean, cleanOffset + first + LANES, out,
                    outOffset + first + LANES, m, s, addAndClamp);
        }
        int done = blocks * 2 * LANES;
        GaussianNoise.fillRange(clean, cleanOffset, out, outOffset, done, n, key1, key2, mean, sigma, addAndClamp,
                false);
    }

    private static void write(FloatVector z, ByteBuffer clean, int cleanIndex, ByteBuffer out, int outIndex, float mean,
                              float sigma, boolean addAndClamp) {
        FloatVector value = z.mul(sigma).add(mean);
        if (addAndClamp) {
            value = value.add(FloatVector.fromByteBuffer(FLOATS, clean, cleanIndex << 2, ORDER)).max(0f).min(1f);
        }
        value.intoByteBuffer(out, outIndex << 2, ORDER);
    }

    private static FloatVector unit(IntVector bits) {
        return bits.lanewise(VectorOperators.LSHR, 9).or(0x3F800000).reinterpretAsFloats();
    }

    private static IntVector hash(IntVector x) {
        x = x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 16)).mul(0x85EBCA6B);
        x = x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 13)).mul(0xC2B2AE35);
        return x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 16));
    }
}
