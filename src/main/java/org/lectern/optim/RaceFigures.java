package org.lectern.optim;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.plot.AnimatedGif;
import org.lectern.plot.SurfaceChart;

/**
 * The race's figures: the surface with every racer's path and final point in its own colour,
 * the loss per step on a log scale, and an animated GIF of the race. Racers keep the same colour
 * in all three (the order they were added).
 *
 * <pre>{@code
 * RaceFigures.paths(race);          // BufferedImage
 * RaceFigures.losses(race);         // XYChart, log y
 * RaceFigures.animation(race);      // AnimatedGif, plays inline
 * }</pre>
 */
public final class RaceFigures {
    /** The number of animation frames unless asked otherwise (plus the start). */
    public static final int DEFAULT_FRAMES = 60;
    /** Losses this close to the lowest value are drawn at this floor, so a log axis can show them. */
    public static final double LOG_FLOOR = 1e-16;

    private RaceFigures() {
    }

    /** Returns the surface with its minima marked (crosses), without racers. */
    public static BufferedImage surface(Surface surface) {
        return chart(surface, surface.title()).image();
    }

    /** Returns the surface with every racer's whole path, its final point, the start and the minima. */
    public static BufferedImage paths(RaceResult race) {
        return chart(race, race.surface().title()).image();
    }

    /** Returns the loss above the lowest known value, f - f_min, per step for every racer, on a log axis. */
    public static XYChart losses(RaceResult race) {
        double floor = lowest(race);
        LogCurves curves = new LogCurves(race.surface().name() + ": loss above the minimum per step", "f - f_min");
        for (Trajectory t : race.trajectories()) {
            double[] gap = t.losses();
            for (int i = 0; i < gap.length; i++) {
                gap[i] = Math.max(gap[i] - floor, LOG_FLOOR);
            }
            curves.add(t.diverged() ? t.name() + " (diverged)" : t.name(), t.steps(), gap);
        }
        return curves.build();
    }

    /**
     * Returns how far each racer moved at every step, |p(k) - p(k-1)|, on a log axis: AdaGrad's
     * steps shrink as its sum of squared gradients grows, RMSProp's decaying average keeps them up.
     */
    public static XYChart stepLengths(RaceResult race) {
        LogCurves curves = new LogCurves(race.surface().name() + ": length of each step", "distance moved");
        for (Trajectory t : race.trajectories()) {
            if (t.stepsTaken() == 0) {
                continue;
            }
            double[] xs = t.xs();
            double[] ys = t.ys();
            double[] lengths = new double[t.stepsTaken()];
            double[] steps = new double[t.stepsTaken()];
            for (int k = 1; k <= t.stepsTaken(); k++) {
                steps[k - 1] = k;
                lengths[k - 1] = Math.max(Math.hypot(xs[k] - xs[k - 1], ys[k] - ys[k - 1]), LOG_FLOOR);
            }
            curves.add(t.diverged() ? t.name() + " (diverged)" : t.name(), steps, lengths);
        }
        return curves.build();
    }

    /** Returns an animated GIF of the race in {@value #DEFAULT_FRAMES} frames. */
    public static AnimatedGif animation(RaceResult race) {
        return animation(race, DEFAULT_FRAMES);
    }

    /**
     * Returns an animated GIF of the race: {@code frames} evenly spaced steps plus the start,
     * 100 ms each, the last frame held 2.5 s; the title counts the steps.
     */
    public static AnimatedGif animation(RaceResult race, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("an animation needs at least 1 frame after the start; got " + frames);
        }
        int longest = race.trajectories().stream().mapToInt(Trajectory::stepsTaken).max().orElse(0);
        String longestTitle = frameTitle(race, longest, longest);
        SurfaceChart chart = chart(race, longestTitle);
        List<BufferedImage> images = new ArrayList<>();
        int previous = -1;
        for (int k = 0; k <= frames; k++) {
            int step = (int) Math.round((double) k * longest / frames);
            if (step == previous) {
                continue;
            }
            previous = step;
            images.add(chart.imageAt(step, frameTitle(race, step, longest)));
        }
        return AnimatedGif.of(images, 100, 2500);
    }

    private static String frameTitle(RaceResult race, int step, int longest) {
        return race.surface().title() + "   (step " + step + " of " + longest + ")";
    }

    private static SurfaceChart chart(RaceResult race, String title) {
        SurfaceChart chart = bare(race.surface(), title);
        for (Trajectory t : race.trajectories()) {
            chart.path(t.diverged() ? t.name() + " (diverged)" : t.name(), t.xs(), t.ys());
        }
        addMinima(chart, race.surface());
        chart.point("start", race.start().x(), race.start().y(), SeriesMarkers.SQUARE);
        return chart;
    }

    private static SurfaceChart chart(Surface surface, String title) {
        SurfaceChart chart = bare(surface, title);
        addMinima(chart, surface);
        return chart;
    }

    private static SurfaceChart bare(Surface surface, String title) {
        Domain d = surface.domain();
        return SurfaceChart.of(surface::value, d.xMin(), d.xMax(), d.yMin(), d.yMax()).title(title);
    }

    private static void addMinima(SurfaceChart chart, Surface surface) {
        for (Minimum m : surface.minima()) {
            if (m.global()) {
                chart.point("global minimum", m.at().x(), m.at().y(), SeriesMarkers.CROSS);
            }
        }
        for (Minimum m : surface.minima()) {
            if (!m.global()) {
                chart.point("local minimum", m.at().x(), m.at().y(), SeriesMarkers.TRIANGLE_UP);
            }
        }
    }

    private static double lowest(RaceResult race) {
        double known = race.surface().lowestValue();
        double seen = race.trajectories().stream().flatMapToDouble(t -> java.util.Arrays.stream(t.losses())).min()
                .orElse(Double.NaN);
        return Double.isNaN(known) ? seen : Math.min(known, seen);
    }
}
