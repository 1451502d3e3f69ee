package org.lectern.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Builds a histogram of values (weights, hidden-unit activations) as an XChart {@link XYChart}:
 * XChart's {@link Histogram} counts the values into equal bins, drawn as a filled step outline on
 * a numeric axis (a category chart would label every bin with its odd centre value). Several
 * series share the same bins and stay visible through each other.
 *
 * <pre>{@code
 * XYChart chart = HistogramChart.builder()
 *         .title("Hidden-unit activations")
 *         .xAxisTitle("tanh activation")
 *         .series("layer 1", activations)   // double[] or INDArray of any shape
 *         .bins(40)
 *         .build();
 * }</pre>
 */
public final class HistogramChart {
    /** The number of bins unless {@link #bins(int)} says otherwise. */
    public static final int DEFAULT_BINS = 30;

    private record Values(String name, double[] values) {
    }

    private final List<Values> series = new ArrayList<>();
    private String title = "Histogram";
    private String xAxisTitle = "value";
    private String yAxisTitle = "count";
    private int bins = DEFAULT_BINS;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = FigureStyle.DEFAULT_HEIGHT;

    private HistogramChart() {
    }

    /** Starts an empty histogram. */
    public static HistogramChart builder() {
        return new HistogramChart();
    }

    /** Sets the title (default "Histogram"). */
    public HistogramChart title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the x axis title: what the values are (default "value"). */
    public HistogramChart xAxisTitle(String title) {
        this.xAxisTitle = Arguments.text(title, "x axis title");
        return this;
    }

    /** Sets the y axis title (default "count"). */
    public HistogramChart yAxisTitle(String title) {
        this.yAxisTitle = Arguments.text(title, "y axis title");
        return this;
    }

    /** Sets the number of equal bins (default {@value #DEFAULT_BINS}). */
    public HistogramChart bins(int bins) {
        this.bins = Arguments.positive(bins, "number of bins");
        return this;
    }

    /** Sets the range the bins cover (default: the smallest to the largest value); values outside are left out. */
    public HistogramChart range(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("a histogram range needs finite min < max, got " + min + " and " + max);
        }
        this.min = min;
        this.max = max;
        return this;
    }

    /** Sets the chart size in pixels as shown in the notebook (default 800x450). */
    public HistogramChart size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Adds a named series of values; every value must be finite. */
    public HistogramChart series(String name, double[] values) {
        Objects.requireNonNull(values, "values");
        String checked = Arguments.text(name, "series name");
        if (series.stream().anyMatch(s -> s.name().equals(checked))) {
            throw new IllegalArgumentException("the histogram already has a series named \"" + checked + "\"; give each its own name");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("series \"" + checked + "\" has no values");
        }
        long bad = Arrays.stream(values).filter(v -> !Double.isFinite(v)).count();
        if (bad > 0) {
            throw new IllegalArgumentException("series \"" + checked + "\" has " + bad + " NaN or infinite values out of "
                    + values.length + "; a histogram needs finite values (NaN often means training diverged)");
        }
        series.add(new Values(checked, values.clone()));
        return this;
    }

    /** Adds a named series with every element of an array of any shape. */
    public HistogramChart series(String name, INDArray values) {
        Objects.requireNonNull(values, "values");
        return series(name, values.castTo(DataType.DOUBLE).dup('c').reshape(values.length()).toDoubleVector());
    }

    /**
     * Builds the chart: each series is a filled step outline over the bins, on a numeric x axis
     * with round tick values. The series' points are the outline, {@code (e0, 0), (e0, c0), (e1, c1),
     * ..., (e[n-1], c[n-1]), (e[n], c[n-1]), (e[n], 0)} for bin edges e and counts c, so bin k's
     * count is y[k + 1] and its left edge x[k + 1]. The legend is shown when there are several series.
     */
    public XYChart build() {
        if (series.isEmpty()) {
            throw new IllegalStateException("the histogram has no values; add them with series(name, values)");
        }
        double low = min;
        double high = max;
        if (Double.isNaN(low)) {
            low = series.stream().flatMapToDouble(s -> Arrays.stream(s.values())).min().orElseThrow();
            high = series.stream().flatMapToDouble(s -> Arrays.stream(s.values())).max().orElseThrow();
        }
        if (high == low) {
            low -= 0.5;
            high += 0.5;
        }
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        XYStyler styler = chart.getStyler();
        FigureStyle.applyAxes(styler);
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.StepArea)
                .setLegendVisible(series.size() > 1)
                .setLegendPosition(LegendPosition.InsideNE);
        styler.setYAxisMin(0.0);
        // Half a bin of room each side; it also keeps XChart from putting ticks at the (odd) bin
        // edges, which it does when all x values are equally spaced, so the ticks are round numbers.
        double halfBin = (high - low) / bins / 2;
        styler.setXAxisMin(low - halfBin).setXAxisMax(high + halfBin);
        styler.setxAxisTickLabelsFormattingFunction(EpochCurves::format);
        for (int i = 0; i < series.size(); i++) {
            Values values = series.get(i);
            Histogram histogram = new Histogram(Arrays.stream(values.values()).boxed().toList(), bins, low, high);
            XYSeries outline = chart.addSeries(values.name(), edges(low, high), outline(histogram.getyAxisData()));
            Color color = FigureStyle.SERIES_COLORS[i % FigureStyle.SERIES_COLORS.length];
            outline.setMarker(SeriesMarkers.NONE);
            outline.setLineColor(color);
            outline.setLineWidth(1.5f);
            // Translucent, so overlapping series stay visible through each other.
            outline.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 110));
        }
        return chart;
    }

    /** Returns the counts of a built chart's series, one per bin, read back from its outline. */
    public static double[] counts(XYSeries outline) {
        double[] y = outline.getYData();
        return Arrays.copyOfRange(y, 1, y.length - 2);
    }

    private double[] edges(double low, double high) {
        double[] x = new double[bins + 3];
        x[0] = low;
        for (int k = 0; k <= bins; k++) {
            x[k + 1] = k == bins ? high : low + (high - low) * k / bins;
        }
        x[bins + 2] = high;
        return x;
    }

    private static double[] outline(List<Double> counts) {
        int n = counts.size();
        double[] y = new double[n + 3];
        for (int k = 0; k < n; k++) {
            y[k + 1] = counts.get(k);
        }
        y[n + 1] = counts.get(n - 1);
        return y;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }
}
