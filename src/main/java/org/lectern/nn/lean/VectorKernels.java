package org.lectern.nn.lean;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the JDK's Vector API for float blocks, at the CPU's own vector width, straight on
 * the direct buffers behind ND4J arrays; tanh and exp come from the JDK's vectorised math library.
 * Double blocks, the softmax and the log-likelihood (ten values per example) go to {@link ScalarKernels}.
 * Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} (see {@link Kernels#best()}).
 *
 * <p>Each element is computed in float with the same operations in the vector loop and in its tail
 * (the {@code lane...} methods repeat the lanewise operations one element at a time), so the
 * elementwise results do not depend on where the tail starts, that is on the vector width; only
 * tanh and the sigmoid's exp may differ in the last bit between widths (the JDK's vector math at
 * 128 bits is not always Math's rounded to float). Sums add the lanes in a width-dependent order and
 * agree with {@link ScalarKernels} (which computes in double) to float precision only. No fused
 * multiply-adds: on a CPU without FMA (most without AVX2) the JDK emulates them, tens of times slower.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final FloatVector ZERO = FloatVector.zero(SPECIES);
    private static final FloatVector ONE = FloatVector.broadcast(SPECIES, 1f);
    private static final FloatVector MINUS_ONE = FloatVector.broadcast(SPECIES, -1f);

    private final ScalarKernels scalar = ScalarKernels.INSTANCE;

    /** Returns the lanes of the vectors: the CPU's own width ({@code SPECIES_PREFERRED}), in floats. */
    static int lanes() {
        return LANES;
    }

    @Override
    public double biasActivation(Block z, int rows, int cols, Block bias, Act act, boolean sumAbs) {
        if (z.doubles()) {
            return scalar.biasActivation(z, rows, cols, bias, act, sumAbs);
        }
        ByteBuffer zb = z.bytes();
        ByteBuffer bb = bias.bytes();
        int bound = SPECIES.loopBound(cols);
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int row = z.byteIndex(r * cols);
            FloatVector abs = ZERO;
            int c = 0;
            for (; c < bound; c += LANES) {
                int at = row + 4 * c;
                FloatVector h = activate(load(zb, at).add(load(bb, bias.byteIndex(c))), act);
                h.intoByteBuffer(zb, at, ORDER);
                if (sumAbs) {
                    abs = abs.add(h.abs());
                }
            }
            double rowAbs = sumAbs ? abs.reduceLanes(VectorOperators.ADD) : 0;
            for (; c < cols; c++) {
                int at = row + 4 * c;
                float h = laneActivation(zb.getFloat(at) + bb.getFloat(bias.byteIndex(c)), act);
                zb.putFloat(at, h);
                rowAbs += Math.abs(h);
            }
            total += rowAbs;
        }
        return sumAbs ? total : 0;
    }

    @Override
    public void biasSoftmax(Block z, int rows, int cols, Block bias) {
        scalar.biasSoftmax(z, rows, cols, bias);
    }

    @Override
    public double squaredErrorGradient(Block y, Block t, Block delta, int n, Act act, double scale) {
        if (y.doubles()) {
            return scalar.squaredErrorGradient(y, t, delta, n, act, scale);
        }
        ByteBuffer yb = y.bytes();
        ByteBuffer tb = t.bytes();
        ByteBuffer db = delta.bytes();
        float factor = (float) scale;
        int bound = SPECIES.loopBound(n);
        double total = 0;
        FloatVector squares = ZERO;
        int i = 0;
        for (; i < bound; i += LANES) {
            FloatVector out = load(yb, y.byteIndex(i));
            FloatVector error = out.sub(load(tb, t.byteIndex(i)));
            squares = squares.add(error.mul(error));
            derivative(out, act).mul(error).mul(factor).intoByteBuffer(db, delta.byteIndex(i), ORDER);
            if ((i & 4095) == 0) {
                total += squares.reduceLanes(VectorOperators.ADD);
                squares = ZERO;
            }
        }
        total += squares.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            float out = yb.getFloat(y.byteIndex(i));
            float error = out - tb.getFloat(t.byteIndex(i));
            total += error * error;
            db.putFloat(delta.byteIndex(i), laneDerivative(out, act) * error * factor);
        }
        return total;
    }

    @Override
    public double logLikelihoodGradient(Block p, Block t, Block delta, int n, double scale) {
        return scalar.logLikelihoodGradient(p, t, delta, n, scale);
    }

    @Override
    public double squaredError(Block y, Block t, int n) {
        if (y.doubles()) {
            return scalar.squaredError(y, t, n);
        }
        int bound = SPECIES.loopBound(n);
        double total = 0;
        FloatVector squares = ZERO;
        int i = 0;
        for (; i < bound; i += LANES) {
            FloatVector error = load(y.bytes(), y.byteIndex(i)).sub(load(t.bytes(), t.byteIndex(i)));
            squares = squares.add(error.mul(error));
            if ((i & 4095) == 0) {
                total += squares.reduceLanes(VectorOperators.ADD);
                squares = ZERO;
            }
        }
        total += squares.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            double error = y.get(i) - t.get(i);
            total += error * error;
        }
        return total;
    }

    @Override
    public double logLikelihood(Block p, Block t, int n) {
        return scalar.logLikelihood(p, t, n);
    }

    @Override
    public double sumAbs(Block h, int n) {
        if (h.doubles()) {
            return scalar.sumAbs(h, n);
        }
        int bound = SPECIES.loopBound(n);
        double total = 0;
        FloatVector sum = ZERO;
        int i = 0;
        for (; i < bound; i += LANES) {
            sum = sum.add(load(h.bytes(), h.byteIndex(i)).abs());
            if ((i & 4095) == 0) {
                total += sum.reduceLanes(VectorOperators.ADD);
                sum = ZERO;
            }
        }
        total += sum.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            total += Math.abs(h.get(i));
        }
        return total;
    }

    @Override
    public void activationGradient(Block d, Block h, int n, Act act, double l1) {
        if (d.doubles()) {
            scalar.activationGradient(d, h, n, act, l1);
            return;
        }
        if (act == Act.IDENTITY && l1 == 0) {
            return;
        }
        ByteBuffer dbytes = d.bytes();
        ByteBuffer hb = h.bytes();
        float penalty = (float) l1;
        int bound = SPECIES.loopBound(n);
        int i = 0;
        for (; i < bound; i += LANES) {
            int at = d.byteIndex(i);
            FloatVector out = load(hb, h.byteIndex(i));
            FloatVector gradient = load(dbytes, at);
            if (l1 != 0) {
                gradient = gradient.add(sign(out).mul(penalty));
            }
            gradient.mul(derivative(out, act)).intoByteBuffer(dbytes, at, ORDER);
        }
        for (; i < n; i++) {
            float out = hb.getFloat(h.byteIndex(i));
            float gradient = dbytes.getFloat(d.byteIndex(i));
            if (l1 != 0) {
                gradient += laneSign(out) * penalty;
            }
            dbytes.putFloat(d.byteIndex(i), gradient * laneDerivative(out, act));
        }
    }

    @Override
    public void columnSums(Block delta, int rows, int cols, Block out, double alpha, boolean accumulate) {
        if (delta.doubles()) {
            scalar.columnSums(delta, rows, cols, out, alpha, accumulate);
            return;
        }
        float[] sums = new float[cols];
        ByteBuffer db = delta.bytes();
        int bound = SPECIES.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int row = delta.byteIndex(r * cols);
            int c = 0;
            for (; c < bound; c += LANES) {
                FloatVector.fromArray(SPECIES, sums, c).add(load(db, row + 4 * c)).intoArray(sums, c);
            }
            for (; c < cols; c++) {
                sums[c] += db.getFloat(row + 4 * c);
            }
        }
        for (int c = 0; c < cols; c++) {
            out.set(c, alpha * sums[c] + (accumulate ? out.get(c) : 0));
        }
    }

    private static FloatVector load(ByteBuffer bytes, int byteIndex) {
        return FloatVector.fromByteBuffer(SPECIES, bytes, byteIndex, ORDER);
    }

    private static FloatVector activate(FloatVector z, Act act) {
        return switch (act) {
            case IDENTITY -> z;
            case TANH -> z.lanewise(VectorOperators.TANH);
            case SIGMOID -> ONE.div(z.neg().lanewise(VectorOperators.EXP).add(ONE));
            case RELU -> z.max(0f);
            case SOFTMAX -> throw new IllegalStateException("softmax goes through biasSoftmax");
        };
    }

    private static FloatVector derivative(FloatVector h, Act act) {
        return switch (act) {
            case IDENTITY -> ONE;
            case TANH -> ONE.sub(h.mul(h));
            case SIGMOID -> h.mul(ONE.sub(h));
            case RELU -> ZERO.blend(ONE, h.compare(VectorOperators.GT, 0f));
            case SOFTMAX -> throw new IllegalStateException("softmax's gradient is fused with the log-likelihood");
        };
    }

    /** Returns {@link #activate} of one float: Math's tanh and exp rounded to float, as the vector ones (to the last bit). */
    private static float laneActivation(float z, Act act) {
        return switch (act) {
            case IDENTITY -> z;
            case TANH -> (float) Math.tanh(z);
            case SIGMOID -> 1f / ((float) Math.exp(-z) + 1f);
            case RELU -> Math.max(z, 0f);
            case SOFTMAX -> throw new IllegalStateException("softmax goes through biasSoftmax");
        };
    }

    /** Returns {@link #derivative} of one float. */
    private static float laneDerivative(float h, Act act) {
        return switch (act) {
            case IDENTITY -> 1f;
            case TANH -> 1f - h * h;
            case SIGMOID -> h * (1f - h);
            case RELU -> h > 0 ? 1f : 0f;
            case SOFTMAX -> throw new IllegalStateException("softmax's gradient is fused with the log-likelihood");
        };
    }

    /** Returns {@link #sign} of one float: 0 for either zero and for NaN. */
    private static float laneSign(float h) {
        return h > 0 ? 1f : h < 0 ? -1f : 0f;
    }

    private static FloatVector sign(FloatVector h) {
        VectorMask<Float> positive = h.compare(VectorOperators.GT, 0f);
        VectorMask<Float> negative = h.compare(VectorOperators.LT, 0f);
        return ZERO.blend(ONE, positive).blend(MINUS_ONE, negative);
    }
}
