package org.lectern.optim;

import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link Race}: the surface, the common start, and one {@link Trajectory} per
 * racer in the order they were added. {@link #table()} sums it up; {@link RaceFigures} draws it.
 */
public final class RaceResult {
    private final Surface surface;
    private final Point start;
    private final int steps;
    private final double tolerance;
    private final List<Trajectory> trajectories;

    RaceResult(Surface surface, Point start, int steps, double tolerance, List<Trajectory> trajectories) {
        this.surface = surface;
        this.start = start;
        this.steps = steps;
        this.tolerance = tolerance;
        this.trajectories = List.copyOf(trajectories);
    }

    /** Returns the surface raced on. */
    public Surface surface() {
        return surface;
    }

    /** Returns the point every racer started from. */
    public Point start() {
        return start;
    }

    /** Returns the number of steps each racer was to take. */
    public int steps() {
        return steps;
    }

    /** Returns the distance to a minimum that counts as having reached it. */
    public double tolerance() {
        return tolerance;
    }

    /** Returns every racer's trajectory, in the order the racers were added. */
    public List<Trajectory> trajectories() {
        return trajectories;
    }

    /** Returns the trajectory of the racer with this name. */
    public Trajectory trajectory(String name) {
        return trajectories.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no racer named \"" + name + "\"; the racers are "
                        + trajectories.stream().map(Trajectory::name).toList()));
    }

    /** Returns the first step from which the racer stays within the tolerance of a minimum, or empty. */
    public Optional<Integer> stepsToMinimum(String name) {
        return trajectory(name).stepsToMinimum(surface.minima(), tolerance);
    }

    /** Returns the minimum the racer ended within the tolerance of, or empty if it ended near none. */
    public Optional<Minimum> endedAt(String name) {
        Trajectory t = trajectory(name);
        return Trajectory.nearest(surface.minima(), t.last())
                .filter(m -> !t.diverged() && m.at().distanceTo(t.last()) <= tolerance);
    }

    /**
     * Returns one row per racer: optimizer, settings, steps to reach a minimum within the
     * tolerance (missing if never), which minimum it ended at, final loss, final gradient norm,
     * diverged (yes/no) and how it stopped.
     */
    public Table table() {
        StringColumn names = StringColumn.create("optimizer");
        StringColumn settings = StringColumn.create("settings");
        IntColumn reached = IntColumn.create("steps to minimum");
        StringColumn ended = StringColumn.create("ended at");
        DoubleColumn loss = TableNumbers.applied(DoubleColumn.create("final loss"));
        DoubleColumn norm = TableNumbers.applied(DoubleColumn.create("final gradient norm"));
        StringColumn diverged = StringColumn.create("diverged");
        StringColumn stopped = StringColumn.create("stopped");
        for (Trajectory t : trajectories) {
            names.append(t.name());
            settings.append(UpdaterSettings.describe(t.updater()));
            Optional<Integer> s = t.stepsToMinimum(surface.minima(), tolerance);
            if (s.isPresent()) {
                reached.append(s.get());
            } else {
                reached.appendMissing();
            }
            ended.append(endedAt(t.name()).map(Minimum::toString).orElse("-"));
            loss.append(t.finalLoss());
            norm.append(t.gradientNorms()[t.stepsTaken()]);
            diverged.append(t.diverged() ? "yes" : "no");
            stopped.append(switch (t.stop()) {
                case FINISHED -> "ran all " + steps + " steps";
                case NOT_FINITE -> "NaN/infinity at step " + t.stoppedAt();
                case LEFT_DOMAIN -> "left the plot at step " + t.stoppedAt();
            });
        }
        return Table.create(surface.name() + ": " + steps + " steps from " + start + ", minimum reached within "
                + Numbers.format(tolerance), names, settings, reached, ended, loss, norm, diverged, stopped);
    }

    /** Returns e.g. {@code Race on "bowl", 100 steps from (-5, -2): SGD, Momentum, Adam}. */
    @Override
    public String toString() {
        return "Race on \"" + surface.name() + "\", " + steps + " steps from " + start + ": "
                + String.join(", ", trajectories.stream().map(Trajectory::name).toList());
    }
}
