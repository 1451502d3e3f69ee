package org.lectern.optim;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.plot.EpochCurves;

/**
 * A per-step chart of positive values that span many decades: a log axis with a tick per decade
 * in scientific notation, or, past {@value #MAX_DECADES} decades (a racer blown up to 1e308), the
 * base-10 logarithm on a linear axis, since XChart would print a tick for every one of 300 decades.
 */
final class LogCurves {
    /** The most decades a log axis shows before the values are plotted as their logarithms. */
    static final int MAX_DECADES = 20;

    private record Curve(String name, double[] steps, double[] values) {
    }

    private final String title;
    private final String quantity;
    private final List<Curve> curves = new ArrayList<>();

    LogCurves(String title, String quantity) {
        this.title = title;
        this.quantity = quantity;
    }

    /** Adds a series of values above zero. */
    void add(String name, double[] steps, double[] values) {
        curves.add(new Curve(name, steps, values));
    }

    XYChart build() {
        double low = curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values())).min().orElse(1);
        double high = curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values())).max().orElse(1);
        boolean logAxis = Math.log10(high) - Math.log10(low) <= MAX_DECADES;
        EpochCurves chart = EpochCurves.loss().title(title).xAxisTitle("step")
                .yAxisTitle(logAxis ? quantity + " (log scale)" : "log10(" + quantity + ")").logY(logAxis);
        for (Curve c : curves) {
            double[] values = c.values().clone();
            if (!logAxis) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = Math.log10(values[i]);
                }
            }
            chart.series(c.name(), c.steps(), values);
        }
        XYChart built = chart.build();
        double y = Double.NaN;
        for (XYSeries series : built.getSeriesMap().values()) {
            series.setMarker(SeriesMarkers.NONE);
            y = series.getYData()[0];
        }
        if (logAxis) {
            built.getStyler().setYAxisLogarithmicDecadeOnly(true);
            built.getStyler().setYAxisDecimalPattern("0.#E0");
        }
        built.getStyler().setLegendPosition(LegendPosition.OutsideE);
        // XChart puts x ticks at every k-th point of equally spaced data (0, 39, 78, ...); one hidden
        // point off the grid makes it choose round numbers instead.
        double first = curves.isEmpty() ? 0 : curves.get(0).steps()[0];
        XYSeries offGrid = built.addSeries(" ", new double[] {first + 0.5}, new double[] {y});
        offGrid.setMarker(SeriesMarkers.NONE);
        offGrid.setShowInLegend(false);
        return built;
    }
}
