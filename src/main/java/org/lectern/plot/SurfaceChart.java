package org.lectern.plot;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a function of two variables as filled contour bands (palest at the bottom of the
 * surface, levels evenly spaced in log(f - f_min) by default) with contour lines, plus paths
 * across it, each in its own colour with its end point marked, and named marked points (minima,
 * a start). {@link #image()} draws every path whole; {@link #imageAt(int, String)} draws each path
 * up to a step, the frames of an animation. Paths that leave the rectangle are clipped at its edge.
 *
 * <pre>{@code
 * BufferedImage figure = SurfaceChart.of((x, y) -> x * x + 10 * y * y, -3, 3, -2, 2)
 *         .title("Bowl")
 *         .path("SGD", sgdXs, sgdYs)
 *         .point("minimum", 0, 0)
 *         .image();
 * }</pre>
 */
public final class SurfaceChart {
    private static final Color CONTOUR = new Color(0x7A8A99);
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final Marker[] POINT_MARKERS = {SeriesMarkers.CROSS, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.SQUARE,
        SeriesMarkers.DIAMOND};

    private record Path2(String name, double[] xs, double[] ys) {
    }

    private final DoubleBinaryOperator f;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Path2> paths = new ArrayList<>();
    private final Map<String, List<double[]>> points = new LinkedHashMap<>();
    private final Map<String, Marker> pointMarkers = new LinkedHashMap<>();
    private String title = "Surface";
    private String xAxisTitle = "x";
    private String yAxisTitle = "y";
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = 560;
    private int levelCount = 14;
    private boolean logLevels = true;
    private SurfaceLevels surfaceLevels;
    private ContourLines contours;
    private BufferedImage shading;
    private Rectangle shadingArea;

    private SurfaceChart(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        this.f = f;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Starts a chart of {@code f} on [xMin, xMax] x [yMin, yMax]. */
    public static SurfaceChart of(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        Objects.requireNonNull(f, "f: give the surface as a lambda (x, y) -> value");
        if (!(xMin < xMax && yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("the plotted rectangle needs finite xMin < xMax and yMin < yMax; got x in ["
                    + xMin + ", " + xMax + "], y in [" + yMin + ", " + yMax + "]");
        }
        return new SurfaceChart(f, xMin, xMax, yMin, yMax);
    }

    /** Sets the title (default "Surface"). */
    public SurfaceChart title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the axis titles (default "x" and "y"). */
    public SurfaceChart axisTitles(String x, String y) {
        this.xAxisTitle = Arguments.text(x, "x axis title");
        this.yAxisTitle = Arguments.text(y, "y axis title");
        return this;
    }

    /** Sets the size in pixels (default 800x560). */
    public SurfaceChart size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        invalidate();
        return this;
    }

    /** Sets the number of contour levels (default 14), spaced evenly in log(f - f_min) if {@code log}, in f otherwise. */
    public SurfaceChart levels(int count, boolean log) {
        this.levelCount = Arguments.positive(count, "number of contour levels");
        this.logLevels = log;
        invalidate();
        return this;
    }

    /** Adds a path (an optimizer's positions, start first), drawn in the next series colour with its end point marked. */
    public SurfaceChart path(String name, double[] xs, double[] ys) {
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        String checked = Arguments.text(name, "path name");
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("path \"" + checked + "\" needs as many x as y coordinates, at least one; got "
                    + xs.length + " and " + ys.length);
        }
        if (paths.stream().anyMatch(p -> p.name().equals(checked)) || points.containsKey(checked)) {
            throw new IllegalArgumentException("the chart already has something named \"" + checked + "\"; give each path its own name");
        }
        paths.add(new Path2(checked, xs.clone(), ys.clone()));
        return this;
    }

    /**
     * Marks a point in black with the given marker (e.g. {@code SeriesMarkers.CROSS}); points of the
     * same name share one legend entry and the marker given first.
     */
    public SurfaceChart point(String name, double x, double y, Marker marker) {
        point(name, x, y);
        pointMarkers.putIfAbsent(name, Objects.requireNonNull(marker, "marker"));
        return this;
    }

    /**
     * Marks a point in black; points of the same name share one legend entry and marker (e.g. all
     * minima). Names get a cross, a triangle, a square and a diamond in the order they first appear.
     */
    public SurfaceChart point(String name, double x, double y) {
        String checked = Arguments.text(name, "point name");
        if (paths.stream().anyMatch(p -> p.name().equals(checked))) {
            throw new IllegalArgumentException("\"" + checked + "\" already names a path; give the point another name");
        }
        points.computeIfAbsent(checked, k -> new ArrayList<>()).add(new double[] {x, y});
        return this;
    }

    /** Returns the contour levels used for the lines and bands. */
    public double[] levels() {
        return prepared().surfaceLevels.levels();
    }

    /** Returns the figure with every path whole. */
    public BufferedImage image() {
        return imageAt(Integer.MAX_VALUE, title);
    }

    /**
     * Returns the figure with each path drawn up to position {@code step} (0 = its start), titled
     * {@code title}; the size follows the chart's own {@link #title(String)}, so give the frames
     * titles no longer than that.
     */
    public BufferedImage imageAt(int step, String title) {
        if (step < 0) {
            throw new IllegalArgumentException("the step must be 0 or more; got " + step);
        }
        XYChart chart = chart(step, Arguments.text(title, "title"));
        PlotArea area = new PlotArea(xMin, xMax, yMin, yMax);
        chart.addAnnotation(area);
        BufferedImage overlay = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D og = overlay.createGraphics();
        chart.paint(og, chart.getWidth(), chart.getHeight());
        og.dispose();
        BufferedImage out = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        Rectangle plot = area.pixels();
        g.drawImage(shading(plot), plot.x, plot.y, null);
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(overlay, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Draws the figure with every path whole, writes it as a PNG and returns it. */
    public BufferedImage save(Path file) {
        BufferedImage image = image();
        PngFiles.save(image, file);
        return image;
    }

    private XYChart chart(int step, String shownTitle) {
        ContourLines lines = prepared().contours;
        // Sized for the chart's own title, so every frame of an animation has the same size.
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height)
                .title(shownTitle).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        FigureStyle.applyAxes(chart.getStyler());
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(CLEAR);
        styler.setPlotBackgroundColor(CLEAR);
        styler.setPlotGridLinesVisible(false);
        styler.setPlotContentSize(1.0);
        styler.setXAxisMin(xMin);
        styler.setXAxisMax(xMax);
        styler.setYAxisMin(yMin);
        styler.setYAxisMax(yMax);
        styler.setLegendPosition(LegendPosition.OutsideE);
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        styler.setMarkerSize(11);
        XYSeries contour = chart.addSeries("contours", lines.xs(), lines.ys());
        contour.setMarker(SeriesMarkers.NONE);
        contour.setLineColor(CONTOUR);
        contour.setLineStyle(new BasicStroke(0.7f));
        contour.setShowInLegend(false);
        for (int i = 0; i < paths.size(); i++) {
            Path2 p = paths.get(i);
            Color color = FigureStyle.SERIES_COLORS[i % FigureStyle.SERIES_COLORS.length];
            int n = (int) Math.min(p.xs().length, (long) step + 1);
            XYSeries line = chart.addSeries(p.name(), Arrays.copyOf(p.xs(), n), Arrays.copyOf(p.ys(), n));
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(color);
            line.setMarkerColor(color);
            line.setLineStyle(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            // Only the current end point gets a marker: a separate series, left out of the legend.
            XYSeries end = chart.addSeries(p.name() + " (now)", new double[] {p.xs()[n - 1]}, new double[] {p.ys()[n - 1]});
            end.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            end.setMarker(SeriesMarkers.CIRCLE);
            end.setMarkerColor(color);
            end.setShowInLegend(false);
        }
        int k = 0;
        for (Map.Entry<String, List<double[]>> named : points.entrySet()) {
            double[] xs = named.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = named.getValue().stream().mapToDouble(p -> p[1]).toArray();
            XYSeries s = chart.addSeries(named.getKey(), xs, ys);
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            s.setMarker(pointMarkers.getOrDefault(named.getKey(), POINT_MARKERS[k % POINT_MARKERS.length]));
            k++;
            s.setMarkerColor(Color.BLACK);
        }
        return chart;
    }

    private SurfaceChart prepared() {
        if (surfaceLevels == null) {
            surfaceLevels = SurfaceLevels.of(f, xMin, xMax, yMin, yMax, levelCount, logLevels);
            contours = ContourLines.of(f, xMin, xMax, yMin, yMax, 160, surfaceLevels.levels());
        }
        return this;
    }

    private BufferedImage shading(Rectangle plot) {
        if (shading == null || !plot.equals(shadingArea)) {
            SurfaceLevels bands = prepared().surfaceLevels;
            int w = Math.max(1, plot.width);
            int h = Math.max(1, plot.height);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int row = 0; row < h; row++) {
                double y = yMax - (yMax - yMin) * (row + 0.5) / h;
                for (int col = 0; col < w; col++) {
                    double x = xMin + (xMax - xMin) * (col + 0.5) / w;
                    image.setRGB(col, row, bands.rgb(f.applyAsDouble(x, y)));
                }
            }
            shading = image;
            shadingArea = new Rectangle(plot);
        }
        return shading;
    }

    private void invalidate() {
        surfaceLevels = null;
        contours = null;
        shading = null;
    }
}
