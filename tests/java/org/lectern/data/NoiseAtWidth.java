package org.lectern.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;
import org.lectern.testing.WidthCheck;

/**
 * The vector noise pass against the plain-Java one in this JVM, at whatever vector width it has;
 * run in child JVMs at several widths by {@code org.lectern.VectorWidthsTest}.
 */
public final class NoiseAtWidth {
    private static final int N = 100_003;
    private static final int CLEAN_OFFSET = 3;
    private static final int OUT_OFFSET = 5;

    private NoiseAtWidth() {
    }

    /** Returns the pass {@link GaussianNoise} picked in this JVM, e.g. {@code VectorGaussianFill}. */
    public static String pass() {
        return GaussianNoise.pass();
    }

    /** Returns the lanes of the vector pass in this JVM. */
    public static int lanes() {
        return VectorGaussianFill.lanes();
    }

    /**
     * Runs the vector pass {@code calls} times on a few blocks, so that the JIT compiles it with the
     * Vector API's intrinsics before {@link #run()} checks it.
     */
    public static void warmUp(int calls) {
        ByteBuffer clean = buffer(1000);
        ByteBuffer out = buffer(1000);
        VectorGaussianFill fill = new VectorGaussianFill();
        for (int call = 0; call < calls; call++) {
            fill.fill(clean, 0, out, 0, 1000, call, ~call, 0.1, 0.2, (call & 1) == 0, false);
        }
    }

    /**
     * Checks noise alone and clean images plus noise, clamped: every element within
     * {@link GaussianNoise#vectorTolerance}. The vector output is not digested: the JDK's vectorised
     * log, sin and cos differ between widths in the last bits.
     */
    public static List<WidthCheck> run() {
        ByteBuffer clean = buffer(CLEAN_OFFSET + N);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < CLEAN_OFFSET + N; i++) {
            clean.putFloat(4 * i, (float) random.nextDouble());
        }
        return List.of(check("noise", null, 0.1, 0.2), check("corrupt", clean, 0.1, 0.2));
    }

    private static WidthCheck check(String name, ByteBuffer clean, double mean, double sigma) {
        boolean addAndClamp = clean != null;
        ByteBuffer scalar = buffer(OUT_OFFSET + N);
        GaussianNoise.fillScalar(clean, CLEAN_OFFSET, scalar, OUT_OFFSET, N, 17, -5, mean, sigma, addAndClamp, false);
        ByteBuffer vector = buffer(OUT_OFFSET + N);
        new VectorGaussianFill().fill(clean, CLEAN_OFFSET, vector, OUT_OFFSET, N, 17, -5, mean, sigma, addAndClamp,
                false);
        double worst = 0;
        for (int i = OUT_OFFSET; i < OUT_OFFSET + N; i++) {
            float expected = scalar.getFloat(4 * i);
            worst = Math.max(worst, Math.abs(vector.getFloat(4 * i) - expected)
                    / GaussianNoise.vectorTolerance(sigma, expected));
        }
        return new WidthCheck(name, lanes(), worst, WidthCheck.digest(scalar), "-");
    }

    private static ByteBuffer buffer(int floats) {
        return ByteBuffer.allocateDirect(4 * floats).order(ByteOrder.nativeOrder());
    }
}
