package org.lectern.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;
import org.lectern.display.Html;
import org.lectern.display.ImageEncoding;
import org.lectern.display.MimeType;
import org.lectern.display.RenderContext;

/**
 * Renders any XChart chart: a PNG drawn at twice the chart's size and shown at its own size
 * (crisp on high-density screens), SVG when asked for, and a one-line text description.
 * Works headless: drawing goes to an off-screen image, never to a window.
 */
final class ChartRenderer {
    /** Pixels per chart unit in the PNG; the notebook is told the 1x size through metadata. */
    static final int PIXEL_DENSITY = 2;

    private ChartRenderer() {
    }

    /** Writes the PNG and SVG the context wants, plus the text description. */
    static void render(Chart<?, ?> chart, RenderContext out) throws IOException {
        if (out.wants(MimeType.PNG)) {
            out.put(MimeType.PNG, ImageEncoding.pngBase64(image(chart, PIXEL_DENSITY)));
            out.putMetadata(MimeType.PNG, "width", chart.getWidth());
            out.putMetadata(MimeType.PNG, "height", chart.getHeight());
        }
        if (out.wants(MimeType.SVG)) {
            out.put(MimeType.SVG, svg(chart));
        }
        out.put(MimeType.TEXT, describe(chart));
    }

    /**
     * Returns the chart drawn at {@code scale} pixels per chart unit.
     * Written here because XChart's own scaled encoder ({@code saveBitmapWithDPI}) only writes files.
     */
    static BufferedImage image(Chart<?, ?> chart, int scale) {
        BufferedImage image = new BufferedImage(chart.getWidth() * scale, chart.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * Returns the chart as an SVG document, through XChart's vector encoder, with the chart title
     * as the SVG {@code <title>}: XChart draws text as glyph outlines, so without it the document
     * would hold no readable title for screen readers, tooltips or search.
     */
    static String svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsFormat.SVG);
        String svg = bytes.toString(StandardCharsets.UTF_8);
        String title = chart.getTitle();
        int svgStart = svg.indexOf("<svg");
        if (title == null || title.isBlank() || svgStart < 0) {
            return svg;
        }
        int contentStart = svg.indexOf('>', svgStart) + 1;
        return svg.substring(0, contentStart) + "\n  <title>" + Html.escape(title) + "</title>" + svg.substring(contentStart);
    }

    /** Returns e.g. {@code XYChart "Loss" 600x400, series: train, test}. */
    static String describe(Chart<?, ?> chart) {
        StringBuilder text = new StringBuilder(chart.getClass().getSimpleName());
        String title = chart.getTitle();
        if (title != null && !title.isBlank()) {
            text.append(" \"").append(title).append('"');
        }
        text.append(' ').append(chart.getWidth()).append('x').append(chart.getHeight());
        if (!chart.getSeriesMap().isEmpty()) {
            text.append(", series: ").append(String.join(", ", chart.getSeriesMap().keySet()));
        }
        return text.toString();
    }
}
