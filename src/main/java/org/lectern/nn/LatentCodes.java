package org.lectern.nn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Codes laid out in a {@link Vae}'s latent space for a figure: a straight line between two codes, a square grid. */
final class LatentCodes {
    private LatentCodes() {
    }

    /** Returns {@code steps} codes evenly spaced from {@code from} to {@code to}, both included, {@code [steps, latent]}. */
    static INDArray line(INDArray from, INDArray to, int steps) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (steps < 2) {
            throw new IllegalArgumentException("a walk needs at least 2 steps (its two ends); got " + steps);
        }
        long latent = from.length();
        if (to.length() != latent || (from.rank() == 2 && from.rows() != 1) || (to.rank() == 2 && to.rows() != 1)
                || from.rank() > 2 || to.rank() > 2) {
            throw new IllegalArgumentException("interpolate(from, to, steps) joins two codes of the same size, each a "
                    + "vector or a one-row matrix; got " + Arrays.toString(from.shape()) + " and "
                    + Arrays.toString(to.shape()));
        }
        INDArray a = from.castTo(DataType.DOUBLE).reshape(1, latent);
        INDArray difference = to.castTo(DataType.DOUBLE).reshape(1, latent).sub(a);
        INDArray codes = Nd4j.create(DataType.DOUBLE, steps, latent);
        for (int k = 0; k < steps; k++) {
            double t = (double) k / (steps - 1);
            codes.putRow(k, k == steps - 1 ? to.castTo(DataType.DOUBLE).reshape(1, latent) : difference.mul(t).addi(a));
        }
        return codes.castTo(from.dataType());
    }

    /**
     * Returns a {@code side x side} grid of 2-D codes over {@code [-extent, extent]}^2, row by row:
     * the second coordinate falls from {@code extent} row by row, the first rises column by column.
     */
    static INDArray grid(int latentSize, int side, double extent) {
        if (latentSize != 2) {
            throw new IllegalArgumentException("manifold(side, extent) lays a grid over a 2-D latent space; this Vae's "
                    + "has " + latentSize + " dimensions: build one with .latent(2), or use sample(count, seed)");
        }
        if (side < 2) {
            throw new IllegalArgumentException("a manifold grid needs at least 2 codes per side; got " + side);
        }
        if (!(extent > 0) || Double.isInfinite(extent)) {
            throw new IllegalArgumentException("the grid covers [-extent, extent] in each latent dimension, so extent "
                    + "must be a positive number such as 3 (three prior standard deviations); got " + extent);
        }
        double[][] codes = new double[side * side][2];
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                codes[row * side + column][0] = -extent + 2 * extent * column / (side - 1);
                codes[row * side + column][1] = extent - 2 * extent * row / (side - 1);
            }
        }
        return Nd4j.createFromArray(codes);
    }
}
