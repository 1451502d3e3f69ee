package org.lectern.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GaussianNoise}'s pass on the JDK's Vector API at the CPU's own width (hash, Box-Muller with
 * the JDK's vectorised log, cos and sin, add, clamp), the rest through the plain-Java pass. The
 * layout of pairs in a block of {@value GaussianNoise#BLOCK} elements is fixed (see
 * {@link GaussianNoise#fillScalar}); a vector of {@code L} lanes does {@code L} of a block's
 * {@value GaussianNoise#BLOCK_PAIRS} pairs at a time, so the noise of a pixel does not depend on the
 * vector width (beyond the last bit of the JDK's vector log, cos and sin, which at 128 bits are not
 * always those of 512 bits). Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorGaussianFill implements GaussianNoise.Fill {
    // Species must be static constants for the JIT to compile the vector operations to instructions.
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED.length() <= GaussianNoise.BLOCK_PAIRS
            ? IntVector.SPECIES_PREFERRED
            : IntVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(Integer.SIZE * GaussianNoise.BLOCK_PAIRS));
    private static final VectorSpecies<Float> FLOATS = INTS.withLanes(float.class);
    private static final int LANES = INTS.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final IntVector LANE_INDEX = IntVector.zero(INTS).addIndex(1);

    /** Returns the number of pairs done at a time: the CPU's ints per vector, at most a block's pairs. */
    static int lanes() {
        return LANES;
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
        int blocks = n / GaussianNoise.BLOCK;
        for (int block = 0; block < blocks; block++) {
            for (int lane = 0; lane < GaussianNoise.BLOCK_PAIRS; lane += LANES) {
                IntVector pairs = LANE_INDEX.add(block * GaussianNoise.BLOCK_PAIRS + lane);
                FloatVector u1 = unit(hash(pairs.add(key1))).neg().add(2f);
                FloatVector u2 = unit(hash(pairs.add(key2))).sub(1f);
                FloatVector radius = u1.lanewise(VectorOperators.LOG).mul(-2f).lanewise(VectorOperators.SQRT);
                FloatVector angle = u2.mul((float) (2 * Math.PI));
                int cosine = block * GaussianNoise.BLOCK + lane;
                int sine = cosine + GaussianNoise.BLOCK_PAIRS;
                write(radius.mul(angle.lanewise(VectorOperators.COS)), clean, cleanOffset + cosine, out,
                        outOffset + cosine, m, s, addAndClamp);
                write(radius.mul(angle.lanewise(VectorOperators.SIN)), clean, cleanOffset + sine, out,
                        outOffset + sine, m, s, addAndClamp);
            }
        }
        int done = blocks * GaussianNoise.BLOCK;
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
