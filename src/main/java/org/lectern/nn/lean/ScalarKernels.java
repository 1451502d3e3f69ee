package org.lectern.nn.lean;

import java.nio.ByteBuffer;

/**
 * The kernels in plain Java, for float and double blocks: what runs where the Vector API is not
 * available, what computes double precision, and the reference the vector kernels are tested against.
 * Values are computed in double and rounded on store, except activations of float blocks, which
 * use {@link Act#applyFloat}.
 */
final class ScalarKernels implements Kernels {
    /** The smallest probability whose log is taken, DL4J's clipping for softmax with the log-likelihood. */
    static final double LOG_CLIP = 1e-10;

    static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {
    }

    @Override
    public double biasActivation(Block z, int rows, int cols, Block bias, Act act, boolean sumAbs) {
        if (!z.doubles()) {
            return biasActivationFloat(z, rows, cols, bias, act, sumAbs);
        }
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            for (int c = 0; c < cols; c++) {
                double h = act.apply(z.get(row + c) + bias.get(c));
                z.set(row + c, h);
                if (sumAbs) {
                    sum += Math.abs(z.get(row + c));
                }
            }
        }
        return sum;
    }

    private static double biasActivationFloat(Block z, int rows, int cols, Block bias, Act act, boolean sumAbs) {
        ByteBuffer zb = z.bytes();
        ByteBuffer bb = bias.bytes();
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int row = z.byteIndex(r * cols);
            for (int c = 0; c < cols; c++) {
                float h = act.applyFloat(zb.getFloat(row + 4 * c) + bb.getFloat(bias.byteIndex(c)));
                zb.putFloat(row + 4 * c, h);
                sum += Math.abs(h);
            }
        }
        return sumAbs ? sum : 0;
    }

    @Override
    public void biasSoftmax(Block z, int rows, int cols, Block bias) {
        double[] row = new double[cols];
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                row[c] = z.get(start + c) + bias.get(c);
                max = Math.max(max, row[c]);
            }
            double total = 0;
            for (int c = 0; c < cols; c++) {
                row[c] = Math.exp(row[c] - max);
                total += row[c];
            }
            for (int c = 0; c < cols; c++) {
                z.set(start + c, row[c] / total);
            }
        }
    }

    @Override
    public double squaredErrorGradient(Block y, Block t, Block delta, int n, Act act, double scale) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double out = y.get(i);
            double error = out - t.get(i);
            sum += error * error;
            delta.set(i, scale * error * act.derivative(out));
        }
        return sum;
    }

    @Override
    public double logLikelihoodGradient(Block p, Block t, Block delta, int n, double scale) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double probability = p.get(i);
            double target = t.get(i);
            sum -= target * Math.log(Math.max(probability, LOG_CLIP));
            delta.set(i, scale * (probability - target));
        }
        return sum;
    }

    @Override
    public double squaredError(Block y, Block t, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double error = y.get(i) - t.get(i);
            sum += error * error;
        }
        return sum;
    }

    @Override
    public double logLikelihood(Block p, Block t, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum -= t.get(i) * Math.log(Math.max(p.get(i), LOG_CLIP));
        }
        return sum;
    }

    @Override
    public double sumAbs(Block h, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(h.get(i));
        }
        return sum;
    }

    @Override
    public void activationGradient(Block d, Block h, int n, Act act, double l1) {
        for (int i = 0; i < n; i++) {
            double out = h.get(i);
            d.set(i, (d.get(i) + l1 * Math.signum(out)) * act.derivative(out));
        }
    }

    @Override
    public void columnSums(Block delta, int rows, int cols, Block out, double alpha, boolean accumulate) {
        double[] sums = new double[cols];
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            for (int c = 0; c < cols; c++) {
                sums[c] += delta.get(row + c);
            }
        }
        for (int c = 0; c < cols; c++) {
            out.set(c, alpha * sums[c] + (accumulate ? out.get(c) : 0));
        }
    }
}
