package org.lectern.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Drives one ND4J updater on a two-element parameter vector, the way a network's training loop
 * does: the gradient goes through {@link GradientUpdater#applyUpdater}, which turns it into the
 * update in place, and the update is subtracted from the parameters.
 */
final class RacerRun {
    private final Surface surface;
    private final String name;
    private final IUpdater config;
    private final Point start;
    private final boolean stopOutsideDomain;

    RacerRun(Surface surface, String name, IUpdater config, Point start, boolean stopOutsideDomain) {
        this.surface = surface;
        this.name = name;
        this.config = config.clone();
        this.start = start;
        this.stopOutsideDomain = stopOutsideDomain;
    }

    Trajectory run(int steps) {
        INDArray params = Nd4j.create(new double[] {start.x(), start.y()}, new long[] {1, 2}, DataType.DOUBLE);
        INDArray update = Nd4j.zeros(DataType.DOUBLE, 1, 2);
        long stateSize = config.stateSize(2);
        INDArray state = stateSize > 0 ? Nd4j.zeros(DataType.DOUBLE, 1, stateSize) : null;
        GradientUpdater<?> updater = config.instantiate(state, true);

        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double[] losses = new double[steps + 1];
        double[] norms = new double[steps + 1];
        Point p = start;
        double[] g = surface.gradient(p);
        record(xs, ys, losses, norms, 0, p, surface.value(p), g);
        for (int step = 1; step <= steps; step++) {
            update.putScalar(0, g[0]);
            update.putScalar(1, g[1]);
            updater.applyUpdater(update, step - 1, 0);
            params.subi(update);
            p = Point.of(params.getDouble(0), params.getDouble(1));
            double loss = p.isFinite() ? surface.value(p) : Double.NaN;
            g = p.isFinite() ? surface.gradient(p) : new double[] {Double.NaN, Double.NaN};
            if (!p.isFinite() || !Double.isFinite(loss) || !Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                return trajectory(xs, ys, losses, norms, step - 1, StopReason.NOT_FINITE, step);
            }
            record(xs, ys, losses, norms, step, p, loss, g);
            if (stopOutsideDomain && !surface.domain().contains(p)) {
                return trajectory(xs, ys, losses, norms, step, StopReason.LEFT_DOMAIN, step);
            }
        }
        return trajectory(xs, ys, losses, norms, steps, StopReason.FINISHED, steps);
    }

    private static void record(double[] xs, double[] ys, double[] losses, double[] norms, int i, Point p, double loss,
                               double[] g) {
        xs[i] = p.x();
        ys[i] = p.y();
        losses[i] = loss;
        norms[i] = Math.hypot(g[0], g[1]);
    }

    private Trajectory trajectory(double[] xs, double[] ys, double[] losses, double[] norms, int last, StopReason stop,
                                  int stoppedAt) {
        int n = last + 1;
        return new Trajectory(name, config, java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n),
                java.util.Arrays.copyOf(losses, n), java.util.Arrays.copyOf(norms, n), stop, stoppedAt);
    }
}
