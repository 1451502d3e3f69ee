package org.lectern.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Draws charts side by side in one image, e.g. an autoencoder's two-dimensional codes beside the
 * first two principal components ({@link CodeScatter}): a notebook shows one output below the
 * other, so a comparison at a glance needs them in one picture. XChart draws one chart per image.
 *
 * <pre>{@code
 * BufferedImage both = ChartRow.of(autoencoderCodes, pcaCodes);
 * }</pre>
 */
public final class ChartRow {
    /** The white space between two charts, in pixels. */
    public static final int GAP = 16;

    private ChartRow() {
    }

    /**
     * Returns the charts drawn left to right at their own sizes on a white background, tops
     * aligned, {@value #GAP} pixels apart; as tall as the tallest.
     *
     * @throws IllegalArgumentException if no chart is given
     */
    public static BufferedImage of(Chart<?, ?>... charts) {
        Objects.requireNonNull(charts, "charts");
        return of(Arrays.asList(charts));
    }

    /** Returns the charts of the list drawn left to right, as {@link #of(Chart[])} does. */
    public static BufferedImage of(List<? extends Chart<?, ?>> charts) {
        Objects.requireNonNull(charts, "charts");
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("a chart row needs at least one chart");
        }
        charts.forEach(chart -> Objects.requireNonNull(chart, "chart"));
        int width = charts.stream().mapToInt(Chart::getWidth).sum() + GAP * (charts.size() - 1);
        int height = charts.stream().mapToInt(Chart::getHeight).max().orElseThrow();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            int left = 0;
            for (Chart<?, ?> chart : charts) {
                Graphics2D part = (Graphics2D) graphics.create(left, 0, chart.getWidth(), chart.getHeight());
                try {
                    chart.paint(part, chart.getWidth(), chart.getHeight());
                } finally {
                    part.dispose();
                }
                left += chart.getWidth() + GAP;
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
