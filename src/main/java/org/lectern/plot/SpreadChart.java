package org.lectern.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds a chart of repeated measurements: for each series and each x several values (one per
 * seed, say), drawn as a line through their means with their spread from the lowest to the
 * highest value, as a shaded band (many x values, e.g. accuracy per epoch) or as bars with caps
 * (few x values, e.g. accuracy per number of labels). Optionally every single value is drawn as a
 * dot. Only the mean lines appear in the legend; say what the spread is in the title.
 *
 * <pre>{@code
 * XYChart chart = SpreadChart.builder()
 *         .title("Test accuracy: mean over 3 seeds, bars from lowest to highest")
 *         .xAxisTitle("labelled training images").yAxisTitle("test accuracy (%)")
 *         .series("fine-tuned", new double[] {100, 500, 2000}, fineTunedRuns)   // fineTunedRuns[i]: the runs at x[i]
 *         .series("from scratch", new double[] {100, 500, 2000}, scratchRuns)
 *         .bars().logX(true).samples(true)
 *         .build();
 * }</pre>
 */
public final class SpreadChart {
    /** How the spread of each x's values is drawn. */
    public enum Spread {
        /** A translucent band from the lowest to the highest value, joined from x to x. */
        BAND,
        /** A vertical bar from the lowest to the highest value at each x, with short caps. */
        BARS
    }

    /** How far apart, as a fraction of the x range (of decades on a log axis), the bars of neighbouring series sit. */
    static final double DODGE = 0.025;
    /** Half the width of a bar's caps, as a fraction of the x range (of decades on a log axis). */
    static final double CAP = 0.007;
    private static final int BAND_ALPHA = 56;
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN};

    /** One series: its name, its x values and the values measured at each. */
    private record Measured(String name, double[] x, double[][] values) {
        double[] means() {
            return Arrays.stream(values).mapToDouble(v -> DoubleStream.of(v).average().orElseThrow()).toArray();
        }

        double[] lowest() {
            return Arrays.stream(values).mapToDouble(v -> DoubleStream.of(v).min().orElseThrow()).toArray();
        }

        double[] highest() {
            return Arrays.stream(values).mapToDouble(v -> DoubleStream.of(v).max().orElseThrow()).toArray();
        }
    }

    private final List<Measured> series = new ArrayList<>();
    private String title = "Mean and spread";
    private String xAxisTitle = "x";
    private String yAxisTitle = "value";
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = FigureStyle.DEFAULT_HEIGHT;
    private Spread spread = Spread.BAND;
    private boolean logX;
    private boolean samples;
    private LegendPosition legendPosition = LegendPosition.InsideSE;

    private SpreadChart() {
    }

    /** Starts an empty chart: spread as a band, linear axes, no single values, legend at the bottom right. */
    public static SpreadChart builder() {
        return new SpreadChart();
    }

    /** Sets the title (default "Mean and spread"); say there what the line and the spread are. */
    public SpreadChart title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the x axis title. */
    public SpreadChart xAxisTitle(String title) {
        this.xAxisTitle = Arguments.text(title, "x axis title");
        return this;
    }

    /** Sets the y axis title. */
    public SpreadChart yAxisTitle(String title) {
        this.yAxisTitle = Arguments.text(title, "y axis title");
        return this;
    }

    /** Sets the chart size in pixels (default 800x450). */
    public SpreadChart size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Draws the spread as a translucent band (the default). */
    public SpreadChart band() {
        this.spread = Spread.BAND;
        return this;
    }

    /**
     * Draws the spread as a bar with caps at each x; the series are set a little apart along the x
     * axis (series i of n by {@code (i - (n-1)/2) * }{@value #DODGE} of the range) so their bars do not overlap.
     */
    public SpreadChart bars() {
        this.spread = Spread.BARS;
        return this;
    }

    /** Uses a logarithmic x axis if {@code log} is true (e.g. 100, 500, 2000 labels); every x must then be above zero. */
    public SpreadChart logX(boolean log) {
        this.logX = log;
        return this;
    }

    /** Draws every single value as a small dot in its series' colour if {@code show} is true (off by default). */
    public SpreadChart samples(boolean show) {
        this.samples = show;
        return this;
    }

    /** Sets where the legend sits (default inside, bottom right). */
    public SpreadChart legendPosition(LegendPosition position) {
        this.legendPosition = Objects.requireNonNull(position, "position");
        return this;
    }

    /**
     * Adds a series: at {@code x[i]} the values {@code values[i]} (at least one, all finite), e.g.
     * one test accuracy per seed.
     */
    public SpreadChart series(String name, double[] x, double[][] values) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(values, "values");
        String checked = Arguments.text(name, "series name");
        if (series.stream().anyMatch(s -> s.name().equals(checked))) {
            throw new IllegalArgumentException("the chart already has a series named \"" + checked
                    + "\"; give each series its own name");
        }
        if (x.length == 0 || x.length != values.length) {
            throw new IllegalArgumentException("series \"" + checked + "\" needs one array of values per x, at least one x; got "
                    + x.length + " x and " + values.length + " arrays of values");
        }
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length == 0) {
                throw new IllegalArgumentException("series \"" + checked + "\" has no values at x = " + x[i]
                        + "; give at least one value per x");
            }
            for (double value : values[i]) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("series \"" + checked + "\" has the value " + value + " at x = "
                            + x[i] + "; every value must be a finite number");
                }
            }
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("series \"" + checked + "\" has x = " + x[i] + "; every x must be finite");
            }
            copy[i] = values[i].clone();
        }
        series.add(new Measured(checked, x.clone(), copy));
        return this;
    }

    /**
     * Builds the chart: per series (in the order added, colours in {@link FigureStyle#SERIES_COLORS}
     * order) the spread, the single values if asked for, and the line through the means, which alone
     * is named in the legend.
     */
    public XYChart build() {
        if (series.isEmpty()) {
            throw new IllegalStateException("the chart \"" + title + "\" has no series; add one with series(name, x, values)");
        }
        double[] allX = series.stream().flatMapToDouble(s -> DoubleStream.of(s.x())).toArray();
        if (logX && DoubleStream.of(allX).min().orElseThrow() <= 0) {
            throw new IllegalArgumentException("a logarithmic x axis needs every x above zero, but the smallest is "
                    + DoubleStream.of(allX).min().orElseThrow() + "; use logX(false)");
        }
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        FigureStyle.applyLines(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logX).setXAxisLogarithmicDecadeOnly(false)
                .setLegendPosition(legendPosition).setLegendVisible(series.size() > 1);
        double low = DoubleStream.of(allX).min().orElseThrow();
        double high = DoubleStream.of(allX).max().orElseThrow();
        for (int i = 0; i < series.size(); i++) {
            Measured measured = series.get(i);
            Color color = FigureStyle.SERIES_COLORS[i % FigureStyle.SERIES_COLORS.length];
            double shift = spread == Spread.BARS ? (i - (series.size() - 1) / 2.0) * DODGE : 0;
            double[] x = Arrays.stream(measured.x()).map(v -> moved(v, shift, low, high)).toArray();
            if (spread == Spread.BAND) {
                addBand(chart, measured, color);
            } else {
                addBars(chart, measured, x, color, low, high);
            }
            if (samples) {
                addSamples(chart, measured, x, color);
            }
            XYSeries mean = chart.addSeries(measured.name(), x, measured.means());
            mean.setLineColor(color);
            mean.setMarkerColor(color);
            // Set here, not left to the styler: it would count the hidden spread series and repeat one style.
            mean.setLineStyle(new BasicStroke(2f));
            mean.setMarker(spread == Spread.BAND ? SeriesMarkers.NONE : MARKERS[i % MARKERS.length]);
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }

    /** Returns the name of the band, bar or single-value series that belongs to a named series (hidden from the legend). */
    static String partName(String series, String part) {
        return series + " [" + part + "]";
    }

    private static void addBand(XYChart chart, Measured measured, Color color) {
        int n = measured.x().length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        double[] highest = measured.highest();
        double[] lowest = measured.lowest();
        for (int k = 0; k < n; k++) {
            x[k] = measured.x()[k];
            y[k] = highest[k];
            x[2 * n - 1 - k] = measured.x()[k];
            y[2 * n - 1 - k] = lowest[k];
        }
        XYSeries band = chart.addSeries(partName(measured.name(), "spread"), x, y);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), BAND_ALPHA));
        band.setLineColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 2 * BAND_ALPHA));
        band.setLineStyle(new BasicStroke(0.8f));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
    }

    private void addBars(XYChart chart, Measured measured, double[] x, Color color, double low, double high) {
        double[] highest = measured.highest();
        double[] lowest = measured.lowest();
        for (int k = 0; k < x.length; k++) {
            double left = moved(x[k], -CAP, low, high);
            double right = moved(x[k], CAP, low, high);
            // One path: bottom cap, up the bar, top cap.
            XYSeries bar = chart.addSeries(partName(measured.name(), "spread at " + EpochCurves.format(measured.x()[k])),
                    new double[] {left, right, x[k], x[k], left, right},
                    new double[] {lowest[k], lowest[k], lowest[k], highest[k], highest[k], highest[k]});
            bar.setLineColor(color);
            bar.setLineStyle(new BasicStroke(1.5f));
            bar.setMarker(SeriesMarkers.NONE);
            bar.setShowInLegend(false);
        }
    }

    private static void addSamples(XYChart chart, Measured measured, double[] x, Color color) {
        int count = Arrays.stream(measured.values()).mapToInt(v -> v.length).sum();
        double[] xs = new double[count];
        double[] ys = new double[count];
        int at = 0;
        for (int k = 0; k < x.length; k++) {
            for (double value : measured.values()[k]) {
                xs[at] = x[k];
                ys[at++] = value;
            }
        }
        XYSeries dots = chart.addSeries(partName(measured.name(), "single values"), xs, ys);
        dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 150));
        dots.setShowInLegend(false);
    }

    /** Returns {@code x} moved by {@code fraction} of the x range (of its decades on a log axis). */
    private double moved(double x, double fraction, double low, double high) {
        if (fraction == 0) {
            return x;
        }
        if (logX) {
            double decades = high > low ? Math.log10(high / low) : 1;
            return x * Math.pow(10, fraction * decades);
        }
        double range = high > low ? high - low : Math.max(1, Math.abs(x));
        return x + fraction * range;
    }
}
