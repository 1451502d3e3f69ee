package org.lectern.coordinates;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.plot.FigureStyle;
import org.lectern.plot.PngFiles;

/**
 * Builds the paper's PSNR-against-step chart for several trained models on one chart: one colour
 * per model, the test PSNR (every pixel) as a solid line, the training PSNR (the pixels it saw) as
 * a dashed line of the same colour. The gap between a model's two lines is how much worse it does
 * on the pixels it did not see. The result is an XChart {@link XYChart}.
 *
 * <pre>{@code
 * XYChart chart = PsnrCurves.of(none, basic, positional, gaussian).title("Astronaut, 256x256").build();
 * }</pre>
 */
public final class PsnrCurves {
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private final List<ImageFit> fits;
    private String title = "PSNR during training (solid: all pixels, dashed: training pixels)";
    private boolean train = true;
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = FigureStyle.DEFAULT_HEIGHT;

    private PsnrCurves(List<ImageFit> fits) {
        this.fits = fits;
    }

    /** Starts a chart of these runs, one colour each, in this order. */
    public static PsnrCurves of(ImageFit... fits) {
        return of(Arrays.asList(fits));
    }

    /** Starts a chart of these runs, one colour each, in this order. */
    public static PsnrCurves of(List<ImageFit> fits) {
        Objects.requireNonNull(fits, "fits");
        if (fits.isEmpty()) {
            throw new IllegalArgumentException("a PSNR chart needs at least one trained run, e.g. PsnrCurves.of(fit)");
        }
        List<String> names = new ArrayList<>();
        for (ImageFit fit : fits) {
            String name = Objects.requireNonNull(fit, "a run is null").name();
            if (names.contains(name)) {
                throw new IllegalArgumentException("two runs are named \"" + name + "\"; name them apart with "
                        + "ImageTrainer.name(...)");
            }
            names.add(name);
        }
        return new PsnrCurves(List.copyOf(fits));
    }

    /** Sets the chart title. */
    public PsnrCurves title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the title is blank; every figure part needs readable text");
        }
        this.title = title;
        return this;
    }

    /** Shows or hides the dashed training-PSNR lines (shown by default). */
    public PsnrCurves train(boolean show) {
        this.train = show;
        return this;
    }

    /** Sets the chart size in pixels as shown in the notebook (default 800x450). */
    public PsnrCurves size(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart needs a width and height of at least 1; got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        return this;
    }

    /** Builds the chart: for each run its test line, then its training line; infinite PSNRs (exact fits) are left out. */
    public XYChart build() {
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height).title(title)
                .xAxisTitle("training step").yAxisTitle("PSNR (dB)").build();
        FigureStyle.applyAxes(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line).setLegendPosition(LegendPosition.OutsideE);
        for (int i = 0; i < fits.size(); i++) {
            ImageFit fit = fits.get(i);
            Color colour = FigureStyle.SERIES_COLORS[i % FigureStyle.SERIES_COLORS.length];
            line(chart, fit.name() + " test", fit.recordedSteps(), fit.testPsnrs(), colour, SOLID);
            if (train) {
                line(chart, fit.name() + " train", fit.recordedSteps(), fit.trainPsnrs(), colour, DASHED);
            }
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }

    private static void line(XYChart chart, String name, int[] steps, double[] psnrs, Color colour, BasicStroke stroke) {
        int[] finite = IntStream.range(0, steps.length).filter(i -> Double.isFinite(psnrs[i])).toArray();
        if (finite.length == 0) {
            return;
        }
        double[] x = Arrays.stream(finite).mapToDouble(i -> steps[i]).toArray();
        double[] y = Arrays.stream(finite).mapToDouble(i -> psnrs[i]).toArray();
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
    }
}
