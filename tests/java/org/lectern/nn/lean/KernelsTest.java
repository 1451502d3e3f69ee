package org.lectern.nn.lean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The vector kernels compute what the scalar kernels compute (the reference, in double) to float
 * precision, on shapes whose rows are not a multiple of the vector length, so the tails are checked too.
 */
class KernelsTest {
    private static final int ROWS = 9;
    private static final int COLS = 37;
    private static final int N = ROWS * COLS;
    private static final List<Act> ELEMENTWISE = List.of(Act.IDENTITY, Act.TANH, Act.SIGMOID, Act.RELU);

    private final Kernels vector = Kernels.best();
    private final Kernels scalar = ScalarKernels.INSTANCE;

    @Test
    void theTestJvmHasTheVectorApiAndThePropertyForcesScalarKernels() {
        assertEquals("VectorKernels", vector.getClass().getSimpleName(),
                "surefire runs with --add-modules jdk.incubator.vector");
        System.setProperty(Kernels.PROPERTY, "scalar");
        try {
            assertSame(ScalarKernels.INSTANCE, Kernels.best());
        } finally {
            System.clearProperty(Kernels.PROPERTY);
        }
    }

    @Test
    void biasAndActivationInOnePass() {
        INDArray bias = random(1, COLS, 1);
        for (Act act : ELEMENTWISE) {
            INDArray z = random(ROWS, COLS, 4);
            INDArray expected = z.dup();
            INDArray actual = z.dup();
            double expectedAbs = scalar.biasActivation(Block.of(expected), ROWS, COLS, Block.of(bias), act, true);
            double actualAbs = vector.biasActivation(Block.of(actual), ROWS, COLS, Block.of(bias), act, true);
            assertClose(expected, actual, act + " activations");
            assertEquals(expectedAbs, actualAbs, KernelsAtWidth.SUM_TOLERANCE * expectedAbs, act + " sum of |h|");
            for (int i = 0; i < N; i++) {
                double reference = act.apply(z.getDouble(i / COLS, i % COLS) + bias.getDouble(0, i % COLS));
                assertEquals(reference, actual.getDouble(i / COLS, i % COLS), 1e-6 * Math.max(1, Math.abs(reference)),
                        act + " element " + i);
            }
            assertEquals(0.0, vector.biasActivation(Block.of(z.dup()), ROWS, COLS, Block.of(bias), act, false), 0.0);
        }
    }

    @Test
    void squaredErrorGradientThroughEachOutputActivation() {
        INDArray t = random(ROWS, COLS, 1);
        for (Act act : ELEMENTWISE) {
            INDArray y = random(ROWS, COLS, 1);
            INDArray expected = Nd4j.create(DataType.FLOAT, ROWS, COLS);
            INDArray actual = Nd4j.create(DataType.FLOAT, ROWS, COLS);
            double expectedSum = scalar.squaredErrorGradient(Block.of(y), Block.of(t), Block.of(expected), N, act, 0.3);
            double actualSum = vector.squaredErrorGradient(Block.of(y), Block.of(t), Block.of(actual), N, act, 0.3);
            assertClose(expected, actual, act + " gradient");
            assertEquals(expectedSum, actualSum, KernelsAtWidth.SUM_TOLERANCE * expectedSum, act + " squared error");
            assertEquals(expectedSum, vector.squaredError(Block.of(y), Block.of(t), N),
                    KernelsAtWidth.SUM_TOLERANCE * expectedSum);
        }
    }

    @Test
    void activationGradientWithAndWithoutThePenalty() {
        for (Act act : ELEMENTWISE) {
            for (double l1 : new double[] {0, 0.25}) {
                INDArray h = random(ROWS, COLS, 2);
                h.putScalar(3, 0f);
                INDArray d = random(ROWS, COLS, 2);
                INDArray expected = d.dup();
                INDArray actual = d.dup();
                scalar.activationGradient(Block.of(expected), Block.of(h), N, act, l1);
                vector.activationGradient(Block.of(actual), Block.of(h), N, act, l1);
                assertClose(expected, actual, act + " with l1 " + l1);
                double hv = h.getDouble(0, 5);
                assertEquals((d.getDouble(0, 5) + l1 * Math.signum(hv)) * act.derivative(hv), actual.getDouble(0, 5),
                        1e-6, act + " by hand");
            }
        }
    }

    @Test
    void columnSumsOverwriteOrAccumulate() {
        INDArray delta = random(ROWS, COLS, 1);
        INDArray out = random(1, COLS, 1);
        INDArray expected = out.dup();
        INDArray actual = out.dup();
        scalar.columnSums(Block.of(delta), ROWS, COLS, Block.of(expected), -0.5, true);
        vector.columnSums(Block.of(delta), ROWS, COLS, Block.of(actual), -0.5, true);
        assertClose(expected, actual, "accumulated");
        assertClose(out.sub(delta.sum(0).mul(0.5)), actual, "out - 0.5 * column sums");
        vector.columnSums(Block.of(delta), ROWS, COLS, Block.of(actual), 1, false);
        assertClose(delta.sum(0).reshape(1, COLS), actual, "overwritten");
    }

    @Test
    void softmaxAndLogLikelihood() {
        INDArray z = random(ROWS, 10, 3);
        INDArray bias = random(1, 10, 1);
        vector.biasSoftmax(Block.of(z), ROWS, 10, Block.of(bias));
        INDArray rowSums = z.sum(1);
        for (int r = 0; r < ROWS; r++) {
            assertEquals(1.0, rowSums.getDouble(r), 1e-6);
        }
        INDArray labels = Nd4j.eye(10).getRows(0, 3, 9, 1, 2, 5, 7, 8, 4).castTo(DataType.FLOAT);
        INDArray delta = Nd4j.create(DataType.FLOAT, ROWS, 10);
        double nll = vector.logLikelihoodGradient(Block.of(z), Block.of(labels), Block.of(delta), ROWS * 10, 0.5);
        double expected = -org.nd4j.linalg.ops.transforms.Transforms.log(z, true).mul(labels).sumNumber().doubleValue();
        assertEquals(expected, nll, 1e-5 * expected);
        assertClose(z.sub(labels).mul(0.5), delta, "(p - t) * scale");
    }

    @Test
    void doubleBlocksGoThroughTheScalarKernelsExactly() {
        INDArray z = random(ROWS, COLS, 2).castTo(DataType.DOUBLE);
        INDArray bias = random(1, COLS, 1).castTo(DataType.DOUBLE);
        INDArray expected = z.dup();
        scalar.biasActivation(Block.of(expected), ROWS, COLS, Block.of(bias), Act.TANH, false);
        vector.biasActivation(Block.of(z), ROWS, COLS, Block.of(bias), Act.TANH, false);
        assertEquals(expected, z);
        assertTrue(Block.of(z).doubles());
    }

    private static INDArray random(int rows, int cols, double spread) {
        return Nd4j.rand(DataType.FLOAT, rows, cols).subi(0.5).muli(2 * spread);
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        float[] e = expected.dup('c').data().asFloat();
        float[] a = actual.dup('c').data().asFloat();
        assertEquals(e.length, a.length);
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], KernelsAtWidth.ELEMENT_TOLERANCE * Math.max(1, Math.abs(e[i])),
                    what + ", element " + i);
        }
    }
}
