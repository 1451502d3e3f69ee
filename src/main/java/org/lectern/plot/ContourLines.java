package org.lectern.plot;

import java.util.function.DoubleBinaryOperator;

/**
 * Contour lines of a function on a rectangle by marching squares: the function is sampled on a
 * grid and each cell that a level crosses gets a straight segment between the crossings on its
 * edges. The result is one pair of coordinate arrays holding every segment, separated by NaN,
 * which XChart draws as gaps. Written here because XChart has no contour plot.
 */
final class ContourLines {
    private final double[] xs;
    private final double[] ys;

    private ContourLines(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** Returns the segments of every level, sampling {@code f} on an n x n grid of the rectangle. */
    static ContourLines of(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax, int n,
                           double[] levels) {
        double[][] v = new double[n][n];
        double[] gx = new double[n];
        double[] gy = new double[n];
        for (int i = 0; i < n; i++) {
            gx[i] = xMin + (xMax - xMin) * i / (n - 1);
            gy[i] = yMin + (yMax - yMin) * i / (n - 1);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j][i] = f.applyAsDouble(gx[i], gy[j]);
            }
        }
        DoubleList x = new DoubleList();
        DoubleList y = new DoubleList();
        double[] cx = new double[4];
        double[] cy = new double[4];
        for (double level : levels) {
            for (int j = 0; j < n - 1; j++) {
                for (int i = 0; i < n - 1; i++) {
                    // Corners counter-clockwise from the bottom left; edges 0-1, 1-2, 2-3, 3-0.
                    double[] c = {v[j][i], v[j][i + 1], v[j + 1][i + 1], v[j + 1][i]};
                    double[] px = {gx[i], gx[i + 1], gx[i + 1], gx[i]};
                    double[] py = {gy[j], gy[j], gy[j + 1], gy[j + 1]};
                    int crossings = 0;
                    for (int e = 0; e < 4; e++) {
                        double a = c[e];
                        double b = c[(e + 1) % 4];
                        if ((a < level) != (b < level) && Double.isFinite(a) && Double.isFinite(b)) {
                            double t = (level - a) / (b - a);
                            cx[crossings] = px[e] + t * (px[(e + 1) % 4] - px[e]);
                            cy[crossings] = py[e] + t * (py[(e + 1) % 4] - py[e]);
                            crossings++;
                        }
                    }
                    // Two crossings: one segment; four (a saddle cell): two segments, paired in edge order.
                    for (int k = 0; k + 1 < crossings; k += 2) {
                        x.add(cx[k]).add(cx[k + 1]).add(Double.NaN);
                        y.add(cy[k]).add(cy[k + 1]).add(Double.NaN);
                    }
                }
            }
        }
        return new ContourLines(x.toArray(), y.toArray());
    }

    /** Returns the x coordinates of every segment's two ends, NaN between segments. */
    double[] xs() {
        return xs;
    }

    /** Returns the y coordinates, aligned with {@link #xs()}. */
    double[] ys() {
        return ys;
    }

    /** Returns the number of segments. */
    int segments() {
        return xs.length / 3;
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        DoubleList add(double value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return this;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
