package org.lectern.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Races ND4J updaters on a 2-D surface: every racer starts at the same point, takes the same
 * number of steps with its own updater ({@code Sgd}, {@link Momentum}, {@code Nesterovs},
 * {@code AdaGrad}, {@code RmsProp}, {@code Adam} or any other {@link IUpdater}), and is stopped,
 * not thrown, when it diverges (NaN or infinity, or leaving the plot domain).
 *
 * <pre>{@code
 * RaceResult race = Race.on(Surfaces.bowl())
 *         .racer("SGD", new Sgd(0.4))
 *         .racer("Momentum", new Momentum(0.04, 0.9))
 *         .racer("Adam", new Adam(0.5, 0.9, 0.999, 1e-8))
 *         .steps(100)
 *         .run();
 * race.table();                                  // steps to the minimum, final loss, diverged
 * }</pre>
 */
public final class Race {
    /** The distance to a minimum that counts as having reached it, unless {@link #tolerance} says otherwise. */
    public static final double DEFAULT_TOLERANCE = 0.01;
    /** The number of steps unless {@link #steps} says otherwise. */
    public static final int DEFAULT_STEPS = 100;

    private final Surface surface;
    private final Map<String, IUpdater> racers = new LinkedHashMap<>();
    private Point start;
    private int steps = DEFAULT_STEPS;
    private double tolerance = DEFAULT_TOLERANCE;
    private boolean stopOutsideDomain = true;

    private Race(Surface surface) {
        this.surface = surface;
        this.start = surface.start();
    }

    /** Starts a race on a surface, from its usual start, {@value #DEFAULT_STEPS} steps, no racers yet. */
    public static Race on(Surface surface) {
        return new Race(Objects.requireNonNull(surface, "surface: pick one from Surfaces, e.g. Surfaces.bowl()"));
    }

    /** Adds a racer; its updater is copied, so the same configuration object can race elsewhere. */
    public Race racer(String name, IUpdater updater) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a racer needs a name for the legend, such as \"Adam\"");
        }
        Objects.requireNonNull(updater, "updater: give an ND4J updater such as new Sgd(0.1) or new Adam(0.1)");
        if (racers.containsKey(name)) {
            throw new IllegalArgumentException("there is already a racer named \"" + name + "\"; give each its own name");
        }
        racers.put(name, updater.clone());
        return this;
    }

    /** Starts every racer at (x, y) instead of the surface's usual start; it must lie in the domain. */
    public Race start(double x, double y) {
        Point p = Point.of(x, y);
        if (!surface.domain().contains(p)) {
            throw new IllegalArgumentException("the start " + p + " lies outside the domain of \"" + surface.name() + "\", "
                    + surface.domain() + "; start inside it");
        }
        this.start = p;
        return this;
    }

    /** Sets the number of steps each racer takes (at least 1). */
    public Race steps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("a race needs at least 1 step; got " + steps);
        }
        this.steps = steps;
        return this;
    }

    /** Sets how close (Euclidean distance) to a minimum counts as having reached it; default {@value #DEFAULT_TOLERANCE}. */
    public Race tolerance(double distance) {
        if (!(distance > 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("the tolerance is a distance above 0, such as 0.01; got " + distance);
        }
        this.tolerance = distance;
        return this;
    }

    /**
     * Stops a racer that leaves the plot domain if {@code stop} is true (the default); with false
     * it runs on until its position or loss is no longer finite, so the NaN itself can be seen.
     */
    public Race stopOutsideDomain(boolean stop) {
        this.stopOutsideDomain = stop;
        return this;
    }

    /** Runs every racer and returns the trajectories; a racer that diverges is stopped and marked, never thrown. */
    public RaceResult run() {
        if (racers.isEmpty()) {
            throw new IllegalStateException("the race on \"" + surface.name()
                    + "\" has no racers; add some with racer(\"SGD\", new Sgd(0.1))");
        }
        List<Trajectory> trajectories = new ArrayList<>();
        racers.forEach((name, updater) -> trajectories.add(
                new RacerRun(surface, name, updater, start, stopOutsideDomain).run(steps)));
        return new RaceResult(surface, start, steps, tolerance, trajectories);
    }
}
