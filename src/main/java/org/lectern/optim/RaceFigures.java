package org.lectern.optim;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.plot.AnimatedGif;
import org.lectern.plot.EpochCurves;
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
        EpochCurves curves = EpochCurves.loss()
                .title(race.surface().name() + ": loss above the minimum per step")
                .xAxisTitle("step")
                .yAxisTitle("f - f_min (log scale)")
                .logY(true);
        for (Trajectory t : race.trajectories()) {
            double[] gap = t.losses();
            for (int i = 0; i < gap.length; i++) {
                gap[i] = Math.max(gap[i] - floor, LOG_FLOOR);
            }
            curves.series(t.diverged() ? t.name() + " (diverged)" : t.name(), t.steps(), gap);
        }
        return lineStyle(curves.build(), 0);
    }

    /** Drops the markers, puts decade ticks in scientific notation and the legend outside. */
    private static XYChart lineStyle(XYChart chart, double firstStep) {
        double y = Double.NaN;
        for (XYSeries series : chart.getSeriesMap().values()) {
            series.setMarker(SeriesMarkers.NONE);
            y = series.getYData()[0];
        }
        chart.getStyler().setYAxisLogarithmicDecadeOnly(true);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setYAxisDecimalPattern("0.#E0");
        // XChart puts x ticks at every k-th point of equally spaced data (0, 39, 78, ...); one hidden
        // point off the grid makes it choose round numbers instead.
        XYSeries offGrid = chart.addSeries(" ", new double[] {firstStep + 0.5}, new double[] {y});
        offGrid.setMarker(SeriesMarkers.NONE);
        offGrid.setShowInLegend(false);
        return chart;
    }

    /**
     * Returns how far each racer moved at every step, |p(k) - p(k-1)|, on a log axis: AdaGrad's
     * steps shrink as its sum of squared gradients grows, RMSProp's decaying average keeps them up.
     */
    public static XYChart stepLengths(RaceResult race) {
        EpochCurves curves = EpochCurves.loss()
                .title(race.surface().name() + ": length of each step")
                .xAxisTitle("step")
                .yAxisTitle("distance moved (log scale)")
                .logY(true);
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
            curves.series(t.diverged() ? t.name() + " (diverged)" : t.name(), steps, lengths);
        }
        return lineStyle(curves.build(), 1);
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
        SurfaceChart chart = chart(race, race.surface().title());
        List<BufferedImage> images = new ArrayList<>();
        int previous = -1;
        for (int k = 0; k <= frames; k++) {
            int step = (int) Math.round((double) k * longest / frames);
            if (step == previous) {
                continue;
            }
            previous = step;
            images.add(chart.imageAt(step, race.surface().title() + "   (step " + step + " of " + longest + ")"));
        }
        return AnimatedGif.of(images, 100, 2500);
    }

    private static SurfaceChart chart(RaceResult race, String title) {
        SurfaceChart chart = bare(race.surface(), title);
        for (Trajectory t : race.trajectories()) {
            chart.path(t.diverged() ? t.name() + " (diverged)" : t.name(), t.xs(), t.ys());
        }
        addMinima(chart, race.surface());
        chart.point("start", race.start().x(), race.start().y());
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
        // Global first, so every figure gives it the same marker (a cross).
        for (Minimum m : surface.minima()) {
            if (m.global()) {
                chart.point("global minimum", m.at().x(), m.at().y());
            }
        }
        for (Minimum m : surface.minima()) {
            if (!m.global()) {
                chart.point("local minimum", m.at().x(), m.at().y());
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
