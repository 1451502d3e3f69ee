package org.lectern.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded Gaussian data with a known spread: independent coordinates of given standard deviations, rotated and shifted. */
final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * Returns {@code examples} rows whose coordinate {@code j} has standard deviation {@code spreads[j]}
     * before a fixed random rotation, plus an offset of 0.5 in every column.
     */
    static INDArray rotatedGaussian(int examples, double[] spreads, long seed) {
        Random random = new Random(seed);
        int d = spreads.length;
        double[][] rows = new double[examples][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = spreads[j] * random.nextGaussian();
            }
        }
        double[][] rotation = orthonormal(d, random);
        double[] rotated = new double[examples * d];
        for (int i = 0; i < examples; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0.5;
                for (int m = 0; m < d; m++) {
                    sum += rows[i][m] * rotation[m][j];
                }
                rotated[i * d + j] = sum;
            }
        }
        return Nd4j.create(rotated, new long[] {examples, d}, DataType.DOUBLE);
    }

    /** Returns the covariance of the rows, dividing by the number of rows, computed plainly in Java. */
    static double[][] covariance(INDArray data) {
        int n = (int) data.rows();
        int d = (int) data.columns();
        double[] flat = data.castTo(DataType.DOUBLE).dup('c').reshape(n * d).toDoubleVector();
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = java.util.Arrays.copyOfRange(flat, i * d, i * d + d);
        }
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] c = new double[d][d];
        for (double[] row : x) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    c[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / n;
                }
            }
        }
        return c;
    }

    // Gram-Schmidt on Gaussian rows: a random orthonormal basis.
    private static double[][] orthonormal(int d, Random random) {
        double[][] q = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                q[i][j] = random.nextGaussian();
            }
            for (int p = 0; p < i; p++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += q[i][j] * q[p][j];
                }
                for (int j = 0; j < d; j++) {
                    q[i][j] -= dot * q[p][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += q[i][j] * q[i][j];
            }
            for (int j = 0; j < d; j++) {
                q[i][j] /= Math.sqrt(norm);
            }
        }
        return q;
    }
}
