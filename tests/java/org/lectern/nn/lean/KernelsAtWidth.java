package org.lectern.nn.lean;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.lectern.testing.WidthCheck;

/**
 * Every kernel of {@link VectorKernels} against {@link ScalarKernels} in this JVM, at whatever vector
 * width it has, on blocks that start at odd offsets and whose rows leave a tail at every width; run
 * in child JVMs at several widths by {@code org.lectern.VectorWidthsTest}. Elements must agree within
 * {@link #ELEMENT_TOLERANCE}, sums within {@link #SUM_TOLERANCE}, both relative.
 */
public final class KernelsAtWidth {
    /** What {@link VectorKernels} promises per element: float precision (relative to {@code max(1, |x|)}). */
    static final double ELEMENT_TOLERANCE = 2e-6;
    /** What it promises for sums, relative: the lanes are added in another order and in float. */
    static final double SUM_TOLERANCE = 1e-5;

    private static final int ROWS = 7;
    private static final int COLS = 1001;
    private static final int N = ROWS * COLS;
    private static final int OFFSET = 3;
    private static final List<Act> ELEMENTWISE = List.of(Act.IDENTITY, Act.TANH, Act.SIGMOID, Act.RELU);

    private final Kernels vector = new VectorKernels();
    private final Kernels scalar = ScalarKernels.INSTANCE;
    private final List<WidthCheck> checks = new ArrayList<>();

    private KernelsAtWidth() {
    }

    /** Returns the kernels the lean engine picks in this JVM, e.g. {@code VectorKernels}. */
    public static String picked() {
        return Kernels.best().getClass().getSimpleName();
    }

    /** Returns the lanes of the vector kernels in this JVM. */
    public static int lanes() {
        return VectorKernels.lanes();
    }

    /**
     * Runs every vector kernel {@code calls} times on a small block, so that the JIT compiles them with
     * the Vector API's intrinsics before {@link #run()} checks them.
     */
    public static void warmUp(int calls) {
        Kernels kernels = new VectorKernels();
        Block a = new Block(ByteBuffer.allocateDirect(4 * 134).order(ByteOrder.nativeOrder()), 0, 134, false);
        Block b = new Block(ByteBuffer.allocateDirect(4 * 134).order(ByteOrder.nativeOrder()), 0, 134, false);
        Block c = new Block(ByteBuffer.allocateDirect(4 * 134).order(ByteOrder.nativeOrder()), 0, 134, false);
        for (int call = 0; call < calls; call++) {
            Act act = ELEMENTWISE.get(call % ELEMENTWISE.size());
            kernels.biasActivation(a, 2, 67, b, act, true);
            kernels.squaredErrorGradient(a, b, c, 134, act, 0.5);
            kernels.activationGradient(c, a, 134, act, call & 1);
            kernels.squaredError(a, b, 134);
            kernels.sumAbs(c, 134);
            kernels.columnSums(c, 2, 67, b, 0.5, true);
        }
    }

    /** Checks every kernel once and returns the checks. */
    public static List<WidthCheck> run() {
        KernelsAtWidth run = new KernelsAtWidth();
        Block bias = run.random(COLS, 1, 1);
        Block targets = run.random(N, 1, 2);
        for (Act act : ELEMENTWISE) {
            Block z = run.random(N, 4, 3);
            boolean exact = act == Act.IDENTITY || act == Act.RELU;
            run.elementwise("biasActivation-" + act, exact, z,
                    out -> run.vector.biasActivation(out, ROWS, COLS, bias, act, false),
                    out -> run.scalar.biasActivation(out, ROWS, COLS, bias, act, false));
            run.sum("biasActivation-sumAbs-" + act, b -> run.vector.biasActivation(copy(z), ROWS, COLS, b, act, true),
                    b -> run.scalar.biasActivation(copy(z), ROWS, COLS, b, act, true), bias);
            Block y = run.random(N, 1, 4);
            run.elementwise("squaredErrorGradient-" + act, true, run.random(N, 1, 5),
                    delta -> run.vector.squaredErrorGradient(y, targets, delta, N, act, 0.3),
                    delta -> run.scalar.squaredErrorGradient(y, targets, delta, N, act, 0.3));
            run.sum("squaredErrorGradient-sum-" + act,
                    t -> run.vector.squaredErrorGradient(y, t, copy(y), N, act, 0.3),
                    t -> run.scalar.squaredErrorGradient(y, t, copy(y), N, act, 0.3), targets);
            for (double l1 : new double[] {0, 0.25}) {
                Block h = run.random(N, 2, 6);
                h.set(5, 0);
                h.set(N - 1, -0.0);
                run.elementwise("activationGradient-" + act + "-l1=" + l1, true, run.random(N, 2, 7),
                        d -> run.vector.activationGradient(d, h, N, act, l1),
                        d -> run.scalar.activationGradient(d, h, N, act, l1));
            }
        }
        Block y = run.random(N, 1, 8);
        run.sum("squaredError", t -> run.vector.squaredError(y, t, N), t -> run.scalar.squaredError(y, t, N), targets);
        run.sum("sumAbs", h -> run.vector.sumAbs(h, N), h -> run.scalar.sumAbs(h, N), y);
        Block delta = run.random(N, 1, 9);
        for (boolean accumulate : new boolean[] {false, true}) {
            run.elementwise("columnSums-accumulate=" + accumulate, true, run.random(COLS, 1, 10),
                    out -> run.vector.columnSums(delta, ROWS, COLS, out, -0.5, accumulate),
                    out -> run.scalar.columnSums(delta, ROWS, COLS, out, -0.5, accumulate));
        }
        return run.checks;
    }

    /**
     * Checks a kernel that writes {@code start}'s copy in place, element by element. Its output is
     * digested where it must not depend on the width ({@code exact}): everywhere but tanh and the
     * sigmoid, whose vectorised exp and tanh differ between widths in the last bits.
     */
    private void elementwise(String name, boolean exact, Block start, Consumer<Block> onVector,
                             Consumer<Block> onScalar) {
        Block expected = copy(start);
        onScalar.accept(expected);
        Block actual = copy(start);
        onVector.accept(actual);
        double worst = 0;
        for (int i = 0; i < start.length(); i++) {
            worst = Math.max(worst, Math.abs(actual.get(i) - expected.get(i))
                    / (ELEMENT_TOLERANCE * Math.max(1, Math.abs(expected.get(i)))));
        }
        checks.add(new WidthCheck(name, lanes(), worst, WidthCheck.digest(expected.bytes()),
                exact ? WidthCheck.digest(actual.bytes()) : "-"));
    }

    /** Checks a kernel's sum over {@code input}; sums depend on the width within {@link #SUM_TOLERANCE}. */
    private void sum(String name, ToDoubleFunction<Block> onVector, ToDoubleFunction<Block> onScalar, Block input) {
        double expected = onScalar.applyAsDouble(input);
        double worst = Math.abs(onVector.applyAsDouble(input) - expected) / (SUM_TOLERANCE * Math.abs(expected));
        ByteBuffer bits = ByteBuffer.allocate(8).putDouble(0, expected);
        checks.add(new WidthCheck(name, lanes(), worst, WidthCheck.digest(bits), "-"));
    }

    /** Returns a float block of {@code n} values uniform in [-spread, spread], {@value #OFFSET} floats into its buffer. */
    private Block random(int n, double spread, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Block block = new Block(ByteBuffer.allocateDirect(4 * (OFFSET + n)).order(ByteOrder.nativeOrder()), OFFSET, n,
                false);
        for (int i = 0; i < n; i++) {
            block.set(i, (random.nextDouble() * 2 - 1) * spread);
        }
        return block;
    }

    private static Block copy(Block block) {
        ByteBuffer bytes = ByteBuffer.allocateDirect(block.bytes().capacity()).order(ByteOrder.nativeOrder());
        bytes.put(block.bytes().duplicate().clear()).clear();
        return new Block(bytes, block.offset(), block.length(), block.doubles());
    }
}
