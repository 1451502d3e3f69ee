package org.lectern.plot;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One 255-colour palette for every frame of an animation, plus a transparent index for "same as
 * the frame before". The palette takes the colours that cover the most pixels of the first and
 * last frames (a chart has few: background bands, lines, text); any other colour (anti-aliased
 * edges) maps to its nearest palette entry. Written here because the JDK's GIF writer otherwise
 * builds a new palette for every frame, which is slow and makes unchanged pixels flicker.
 */
final class GifPalette {
    /** The index that marks a pixel unchanged since the previous frame. */
    static final int TRANSPARENT = 255;

    private final int[] colors;
    private final IndexColorModel model;
    private final Map<Integer, Integer> lookup = new HashMap<>();

    private GifPalette(int[] colors) {
        this.colors = colors;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < colors.length; i++) {
            r[i] = (byte) (colors[i] >> 16);
            g[i] = (byte) (colors[i] >> 8);
            b[i] = (byte) colors[i];
        }
        this.model = new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
    }

    /** Returns the palette of the most common colours of the given frames, at most 255. */
    static GifPalette of(List<BufferedImage> samples) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (BufferedImage image : samples) {
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            for (int p : pixels) {
                counts.merge(p & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int[] colors = counts.entrySet().stream().sorted((a, c) -> Integer.compare(c.getValue(), a.getValue()))
                .limit(TRANSPARENT).mapToInt(Map.Entry::getKey).toArray();
        return new GifPalette(colors);
    }

    /** Returns the colour model: the palette, with index {@value #TRANSPARENT} transparent. */
    IndexColorModel model() {
        return model;
    }

    /** Returns the palette index of the colour nearest to {@code rgb}. */
    int index(int rgb) {
        return lookup.computeIfAbsent(rgb & 0xFFFFFF, this::nearest);
    }

    private int nearest(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colors.length; i++) {
            int dr = ((colors[i] >> 16) & 0xFF) - ((rgb >> 16) & 0xFF);
            int dg = ((colors[i] >> 8) & 0xFF) - ((rgb >> 8) & 0xFF);
            int db = (colors[i] & 0xFF) - (rgb & 0xFF);
            // Weighted for the eye: green counts most, blue least.
            long distance = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
