package org.lectern.coordinates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.nn.InputMapping;
import org.lectern.plot.FigureStyle;
import org.lectern.plot.PngFiles;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Builds a chart of a few encoded features along one row of pixels: each feature's value against
 * the pixel's x position, so one sees the frequencies a mapping offers the network (one slow
 * ramp for none, one sine period for basic, ever faster sines for the positional encoding). By
 * default it shows up to four features that vary along x, spread over the mapping's frequencies
 * whose period spans at least 8 pixels (faster ones alias into jagged lines on a row of pixels).
 *
 * <pre>{@code
 * XYChart chart = FeatureCurves.of(InputMapping.positional(128, 6)).pixels(256).build();
 * XYChart some = FeatureCurves.of(gauss).features(0, 1, 2).build();
 * }</pre>
 */
public final class FeatureCurves {
    private static final int DEFAULT_COUNT = 4;
    // Faster sines alias into jagged lines on a row of pixels, so the default leaves them out.
    private static final double MIN_PIXELS_PER_PERIOD = 8;

    private final InputMapping mapping;
    private int pixels = 256;
    private int row;
    private int[] features;
    private String title;

    private FeatureCurves(InputMapping mapping) {
        this.mapping = mapping;
    }

    /** Starts a chart of the mapping's features along row 0 of a 256x256 image. */
    public static FeatureCurves of(InputMapping mapping) {
        return new FeatureCurves(Objects.requireNonNull(mapping, "mapping"));
    }

    /** Sets the image size whose row of pixels is encoded (default 256). */
    public FeatureCurves pixels(int size) {
        PixelGrid.of(size);
        this.pixels = size;
        return this;
    }

    /** Sets which row of pixels is encoded (default 0, at y = 0). */
    public FeatureCurves row(int row) {
        this.row = row;
        return this;
    }

    /** Sets the features to draw, by index (see {@link InputMapping#feature(int)}). */
    public FeatureCurves features(int... indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("name at least one feature to draw; " + mapping.name() + " has features 0 to "
                    + (mapping.outputs() - 1));
        }
        for (int index : indices) {
            mapping.feature(index);
        }
        this.features = indices.clone();
        return this;
    }

    /** Sets the title (default: e.g. "Features of one row of pixels: positional"). */
    public FeatureCurves title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the title is blank; every figure part needs readable text");
        }
        this.title = title;
        return this;
    }

    /** Builds the chart: one line per feature, named by what it computes. */
    public XYChart build() {
        String shown = title != null ? title : "Features of one row of pixels: " + mapping.name();
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(shown, FigureStyle.DEFAULT_WIDTH))
                .height(FigureStyle.DEFAULT_HEIGHT).title(shown).xAxisTitle("x (pixel position along row " + row + ")")
                .yAxisTitle("feature value").build();
        FigureStyle.applyAxes(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line).setLegendPosition(LegendPosition.OutsideE);
        // XChart puts ticks at the data when the x values are equally spaced (0.1016 = 13/128, ...); a
        // margin either side breaks the spacing, so the ticks fall on round numbers.
        chart.getStyler().setXAxisMin(-0.02).setXAxisMax(1.02);
        INDArray coordinates = PixelGrid.of(pixels).rowCoordinates(row);
        INDArray encoded = mapping.apply(coordinates);
        double[] x = coordinates.getColumn(0).toDoubleVector();
        for (int index : features != null ? features : defaultFeatures()) {
            XYSeries series = chart.addSeries("feature " + index + ": " + mapping.feature(index), x,
                    encoded.getColumn(index).toDoubleVector());
            series.setMarker(SeriesMarkers.NONE);
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
     * Returns up to four features that vary along x slowly enough to draw (a period of at least 8
     * pixels): sines spread evenly over those frequencies, or their sines and cosines if there are few.
     */
    int[] defaultFeatures() {
        INDArray b = mapping.matrix().orElse(null);
        if (b == null) {
            return new int[] {0};
        }
        int rows = Math.toIntExact(b.rows());
        List<Integer> sines = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            double frequency = Math.abs(b.getDouble(j, 0));
            if (frequency != 0 && frequency <= pixels / MIN_PIXELS_PER_PERIOD) {
                sines.add(j);
            }
        }
        if (sines.size() < DEFAULT_COUNT) {
            List<Integer> both = new ArrayList<>(sines);
            sines.forEach(j -> both.add(rows + j));
            return both.stream().limit(DEFAULT_COUNT).mapToInt(Integer::intValue).toArray();
        }
        int[] chosen = new int[DEFAULT_COUNT];
        for (int k = 0; k < DEFAULT_COUNT; k++) {
            chosen[k] = sines.get(Math.round((float) k * (sines.size() - 1) / (DEFAULT_COUNT - 1)));
        }
        return chosen;
    }
}
