package org.lectern.plot;

import java.awt.Color;
import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds a chart of one measure against another for several settings of a knob, e.g. the
 * reconstruction error against the sparsity of the code for each penalty strength rho: each
 * series is a line through its points in the order given, each point optionally labelled with its
 * setting, plus single marked points (a baseline model) and dashed horizontal reference lines.
 *
 * <pre>{@code
 * XYChart chart = TradeOffChart.builder()
 *         .title("Sparsity costs reconstruction")
 *         .xAxisTitle("% of hidden activations below 0.01").yAxisTitle("test reconstruction error (MSE)")
 *         .series("batch-mean penalty", silentPercent, errors, List.of("1e-5", "1e-4", "1e-3"))
 *         .point("plain autoencoder", plainSilent, plainError)
 *         .reference("always the mean image", 0.067)
 *         .build();
 * }</pre>
 */
public final class TradeOffChart {
    /** The height unless {@link #size(int, int)} says otherwise: a line chart's plus room for the legend below. */
    public static final int DEFAULT_HEIGHT = 600;
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private record Line(String name, double[] x, double[] y, List<String> labels, boolean single) {
    }

    private record Reference(String name, double y) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private String title = "Trade-off";
    private String xAxisTitle = "x";
    private String yAxisTitle = "y";
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = DEFAULT_HEIGHT;
    private boolean logY;

    private TradeOffChart() {
    }

    /** Starts an empty chart. */
    public static TradeOffChart builder() {
        return new TradeOffChart();
    }

    /** Sets the title (default "Trade-off"). */
    public TradeOffChart title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the x axis title: the first measure, e.g. the sparsity of the code. */
    public TradeOffChart xAxisTitle(String title) {
        this.xAxisTitle = Arguments.text(title, "x axis title");
        return this;
    }

    /** Sets the y axis title: the second measure, e.g. the reconstruction error. */
    public TradeOffChart yAxisTitle(String title) {
        this.yAxisTitle = Arguments.text(title, "y axis title");
        return this;
    }

    /** Sets the chart size in pixels (default 800x600). */
    public TradeOffChart size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Switches a logarithmic y axis, for a measure that spans decades (e.g. errors from 0.002 to 0.1); off by default. */
    public TradeOffChart logY(boolean log) {
        this.logY = log;
        return this;
    }

    /** Adds a line through the points {@code (x[i], y[i])} in order, without labels. */
    public TradeOffChart series(String name, double[] x, double[] y) {
        return series(name, x, y, List.of());
    }

    /** Adds a line through the points {@code (x[i], y[i])} in order, point i labelled {@code labels[i]} (e.g. its rho). */
    public TradeOffChart series(String name, double[] x, double[] y, List<String> labels) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(labels, "labels");
        String checked = newName(name);
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("series \"" + checked + "\" needs as many y values as x values, at least one; got "
                    + x.length + " x and " + y.length + " y");
        }
        if (!labels.isEmpty() && labels.size() != x.length) {
            throw new IllegalArgumentException("series \"" + checked + "\" has " + x.length + " points but " + labels.size()
                    + " labels; give one label per point, or none");
        }
        requireFinite(checked, x);
        requireFinite(checked, y);
        lines.add(new Line(checked, x.clone(), y.clone(), List.copyOf(labels), false));
        return this;
    }

    /** Adds one marked point, e.g. a model without the knob, shown in the legend as {@code name}. */
    public TradeOffChart point(String name, double x, double y) {
        String checked = newName(name);
        requireFinite(checked, new double[] {x, y});
        lines.add(new Line(checked, new double[] {x}, new double[] {y}, List.of(), true));
        return this;
    }

    /** Adds a dashed horizontal line at {@code y} across the chart, shown in the legend as e.g. "always the mean image: 0.067". */
    public TradeOffChart reference(String label, double y) {
        String checked = Arguments.text(label, "reference label");
        requireFinite(checked, new double[] {y});
        references.add(new Reference(newName(checked + ": " + EpochCurves.format(y)), y));
        return this;
    }

    /**
     * Builds the chart: the series and points in the order added, then the reference lines; each
     * point label sits just above its point, in the series' colour.
     */
    public XYChart build() {
        if (lines.isEmpty()) {
            throw new IllegalStateException("the chart \"" + title + "\" has no points; add them with series(...) or point(...)");
        }
        if (logY && yRange()[0] <= 0) {
            throw new IllegalArgumentException("a logarithmic y axis needs values above zero, but the smallest is "
                    + yRange()[0] + "; use logY(false)");
        }
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        FigureStyle.applyLines(chart.getStyler());
        chart.getStyler().setxAxisTickLabelsFormattingFunction(EpochCurves::format);
        // Below the plot: points may lie anywhere, and a legend inside would hide some.
        chart.getStyler().setLegendVisible(lines.size() + references.size() > 1).setLegendPosition(LegendPosition.OutsideS)
                .setLegendLayout(LegendLayout.Vertical);
        double[] xs = lines.stream().flatMapToDouble(l -> DoubleStream.of(l.x())).toArray();
        double low = DoubleStream.of(xs).min().orElseThrow();
        double high = DoubleStream.of(xs).max().orElseThrow();
        double span = high > low ? high - low : Math.max(1, Math.abs(low));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            XYSeries series = chart.addSeries(line.name(), line.x(), line.y());
            Color color = FigureStyle.SERIES_COLORS[i % FigureStyle.SERIES_COLORS.length];
            series.setLineColor(color);
            series.setMarkerColor(color);
            if (line.single()) {
                series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.DIAMOND);
            }
        }
        for (PlacedLabel label : placedLabels()) {
            chart.addAnnotation(new AnnotationText(label.text(), label.x(), label.y(), false));
        }
        chart.getStyler().setAnnotationTextFont(FigureStyle.LABEL_FONT).setAnnotationTextFontColor(Color.DARK_GRAY);
        double left = low - 0.05 * span;
        double right = high + 0.05 * span;
        chart.getStyler().setXAxisMin(left).setXAxisMax(right);
        // Room above and below the extreme points, so that markers and labels at the edges are not cut off.
        double[] yRange = yRange();
        double margin = 3 * labelOffset();
        chart.getStyler().setYAxisLogarithmic(logY).setYAxisLogarithmicDecadeOnly(false)
                .setYAxisMin(logY ? yRange[0] / Math.pow(10, margin) : yRange[0] - margin)
                .setYAxisMax(logY ? yRange[1] * Math.pow(10, margin) : yRange[1] + margin);
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            XYSeries line = chart.addSeries(reference.name(), new double[] {left, right},
                    new double[] {reference.y(), reference.y()});
            line.setMarker(SeriesMarkers.NONE);
            line.setLineStyle(DASHED);
            line.setLineColor(i == 0 ? Color.GRAY : Color.DARK_GRAY);
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }

    /**
     * Returns every point label with its position in data coordinates, as {@link #build()} places
     * them: alternately above and below their points (first above), 4% of the y range away (of the
     * decades on a logarithmic axis), so neighbouring labels do not overlap.
     */
    List<PlacedLabel> placedLabels() {
        double offset = labelOffset();
        List<PlacedLabel> placed = new ArrayList<>();
        for (Line line : lines) {
            for (int p = 0; p < line.labels().size(); p++) {
                double away = p % 2 == 0 ? offset : -offset;
                double y = logY ? line.y()[p] * Math.pow(10, away) : line.y()[p] + away;
                placed.add(new PlacedLabel(line.labels().get(p), line.x()[p], y));
            }
        }
        return placed;
    }

    /** A point label and where it is drawn. */
    record PlacedLabel(String text, double x, double y) {
    }

    private double[] yRange() {
        double[] ys = DoubleStream.concat(lines.stream().flatMapToDouble(l -> DoubleStream.of(l.y())),
                references.stream().mapToDouble(Reference::y)).toArray();
        return new double[] {DoubleStream.of(ys).min().orElseThrow(), DoubleStream.of(ys).max().orElseThrow()};
    }

    // 4% of the y range, in decades on a logarithmic axis; 1 (or 0.04 decades) when all y are equal.
    private double labelOffset() {
        double[] range = yRange();
        double span = logY ? Math.log10(range[1] / range[0]) : range[1] - range[0];
        return (span > 0 ? span : 1) * 0.04;
    }

    private String newName(String name) {
        String checked = Arguments.text(name, "series name");
        boolean taken = lines.stream().anyMatch(l -> l.name().equals(checked))
                || references.stream().anyMatch(r -> r.name().equals(checked));
        if (taken) {
            throw new IllegalArgumentException("the chart already has a series named \"" + checked
                    + "\"; give each series its own name");
        }
        return checked;
    }

    private static void requireFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("\"" + name + "\" has the value " + values[i] + " at position " + (i + 1)
                        + "; a chart needs finite numbers (NaN often means training diverged)");
            }
        }
    }
}
