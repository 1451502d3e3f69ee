package org.lectern.optim;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * One racer's run: its position, loss and gradient norm before the first step (index 0) and
 * after every step it took, and why it stopped. A racer that diverged keeps its last finite
 * position; one that left the domain keeps the first position outside it.
 */
public final class Trajectory {
    private final String name;
    private final IUpdater updater;
    private final double[] xs;
    private final double[] ys;
    private final double[] losses;
    private final double[] gradientNorms;
    private final StopReason stop;
    private final int stoppedAt;

    Trajectory(String name, IUpdater updater, double[] xs, double[] ys, double[] losses, double[] gradientNorms,
               StopReason stop, int stoppedAt) {
        this.name = name;
        this.updater = updater;
        this.xs = xs;
        this.ys = ys;
        this.losses = losses;
        this.gradientNorms = gradientNorms;
        this.stop = stop;
        this.stoppedAt = stoppedAt;
    }

    /** Returns the racer's name, e.g. {@code "Adam"}. */
    public String name() {
        return name;
    }

    /** Returns the ND4J updater configuration it raced with. */
    public IUpdater updater() {
        return updater.clone();
    }

    /** Returns the number of steps recorded (positions minus one): all the steps, or fewer if it stopped early. */
    public int stepsTaken() {
        return xs.length - 1;
    }

    /** Returns the x coordinate before the first step and after each step. */
    public double[] xs() {
        return xs.clone();
    }

    /** Returns the y coordinate before the first step and after each step. */
    public double[] ys() {
        return ys.clone();
    }

    /** Returns the position after {@code step} steps (0 = the start). */
    public Point position(int step) {
        return Point.of(xs[step], ys[step]);
    }

    /** Returns the last recorded position. */
    public Point last() {
        return position(stepsTaken());
    }

    /** Returns the loss at each recorded position. */
    public double[] losses() {
        return losses.clone();
    }

    /** Returns the last recorded loss. */
    public double finalLoss() {
        return losses[losses.length - 1];
    }

    /** Returns the gradient norm at each recorded position. */
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    /** Returns the step numbers 0, 1, 2, ... of the recorded positions. */
    public double[] steps() {
        return IntStream.rangeClosed(0, stepsTaken()).asDoubleStream().toArray();
    }

    /** Returns why it stopped. */
    public StopReason stop() {
        return stop;
    }

    /** Returns true if it was stopped for NaN, infinity or leaving the domain. */
    public boolean diverged() {
        return stop.diverged();
    }

    /** Returns the step at which it stopped: the race's step count if it finished. */
    public int stoppedAt() {
        return stoppedAt;
    }

    /**
     * Returns the first step from which the racer stays within {@code tolerance} (distance) of one
     * of the minima until the end, or empty if it never settles (or diverged).
     */
    public Optional<Integer> stepsToMinimum(List<Minimum> minima, double tolerance) {
        if (diverged() || minima.isEmpty()) {
            return Optional.empty();
        }
        Optional<Minimum> end = nearest(minima, last());
        if (end.isEmpty() || end.get().at().distanceTo(last()) > tolerance) {
            return Optional.empty();
        }
        Point target = end.get().at();
        int first = stepsTaken();
        while (first > 0 && position(first - 1).distanceTo(target) <= tolerance) {
            first--;
        }
        return Optional.of(first);
    }

    /** Returns the minimum nearest to a point, or empty if there are none. */
    static Optional<Minimum> nearest(List<Minimum> minima, Point p) {
        return minima.stream().min((a, b) -> Double.compare(a.at().distanceTo(p), b.at().distanceTo(p)));
    }

    /** Returns e.g. {@code Adam: 200 steps, finished at (1, 1), loss 1.2e-09}. */
    @Override
    public String toString() {
        String how = switch (stop) {
            case FINISHED -> "finished";
            case NOT_FINITE -> "diverged to NaN/infinity at step " + stoppedAt + ", last finite point";
            case LEFT_DOMAIN -> "left the domain at step " + stoppedAt + ", at";
        };
        return name + ": " + stepsTaken() + " steps, " + how + " " + last() + ", loss " + Numbers.format(finalLoss());
    }
}
