package org.lectern.data;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A square image of dense text, the paper's second kind of image (Tancik et al. 2020 regress text
 * images as well as photos): lines of pseudo-words in several sizes, the three logical fonts
 * (serif, sans-serif, monospaced; plain, bold, italic) and many colours, over bands of varied
 * background colours, each word's colour chosen to contrast with the background under it.
 * Rendered with Java2D, antialiased; the same size and seed give the same pixels on a machine
 * (logical fonts map to the installed fonts, so another machine may draw other glyphs).
 *
 * <pre>{@code
 * BufferedImage text = TextImage.builder().size(512).seed(0).render();
 * }</pre>
 */
public final class TextImage {
    /** The side used when none is given, as in the paper. */
    public static final int DEFAULT_SIZE = 512;
    /** The smallest side accepted: below it even the smallest font is a blur of a few pixels. */
    public static final int MIN_SIZE = 32;

    private static final String[] FAMILIES = {Font.SERIF, Font.SANS_SERIF, Font.MONOSPACED};
    private static final int[] STYLES = {Font.PLAIN, Font.BOLD, Font.ITALIC, Font.BOLD | Font.ITALIC};
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** Font sizes as fractions of the side: from about 8 px to 32 px at 512. */
    private static final double SMALLEST_FONT = 1.0 / 64;
    private static final double LARGEST_FONT = 1.0 / 16;
    private static final float MIN_FONT_PIXELS = 4f;

    private final int size;
    private final long seed;

    private TextImage(Builder builder) {
        this.size = builder.size;
        this.seed = builder.seed;
    }

    /** Returns a builder with side {@value #DEFAULT_SIZE} and seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the side in pixels. */
    public int size() {
        return size;
    }

    /** Returns the seed that decides every word, font, colour and band. */
    public long seed() {
        return seed;
    }

    /** Draws the image: {@code size x size}, {@code TYPE_INT_RGB}. */
    public BufferedImage render() {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            paintLines(graphics, random);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * Writes lines of words from top to bottom, each line in one font and each word in its own
     * colour; a line keeps the background blocks of the line above or, one time in three, starts new ones.
     */
    private void paintLines(Graphics2D graphics, Random random) {
        Background background = null;
        int top = 0;
        while (top < size) {
            float pixels = Math.max(MIN_FONT_PIXELS,
                    (float) (size * (SMALLEST_FONT + (LARGEST_FONT - SMALLEST_FONT) * random.nextDouble())));
            graphics.setFont(new Font(FAMILIES[random.nextInt(FAMILIES.length)], STYLES[random.nextInt(STYLES.length)], 1)
                    .deriveFont(pixels));
            FontMetrics metrics = graphics.getFontMetrics();
            int height = metrics.getAscent() + metrics.getDescent();
            if (background == null || random.nextInt(3) == 0) {
                background = Background.random(size, random);
            }
            background.fill(graphics, top, height);
            // Lines start slightly left of the edge, so the left margin is as dense as the rest.
            float x = -random.nextFloat() * pixels;
            while (x < size) {
                String word = word(random);
                int middle = Math.round(x + metrics.stringWidth(word) / 2f);
                graphics.setColor(contrasting(background.colourAt(middle), random));
                graphics.drawString(word, x, top + metrics.getAscent());
                x += metrics.stringWidth(word + " ");
            }
            top += height;
        }
    }

    /** Returns a pseudo-word of 1 to 9 letters, capitalised one time in five, digits one time in ten. */
    private static String word(Random random) {
        if (random.nextInt(10) == 0) {
            return Integer.toString(random.nextInt(10_000));
        }
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        if (random.nextInt(5) == 0) {
            word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        }
        return word.toString();
    }

    /** Returns a saturated colour of random hue, dark on a light background and bright on a dark one. */
    private static Color contrasting(Color background, Random random) {
        float[] hsb = Color.RGBtoHSB(background.getRed(), background.getGreen(), background.getBlue(), null);
        float saturation = 0.5f + 0.5f * random.nextFloat();
        float brightness = hsb[2] > 0.6f ? 0.15f + 0.45f * random.nextFloat() : 0.8f + 0.2f * random.nextFloat();
        return Color.getHSBColor(random.nextFloat(), saturation, brightness);
    }

    /** One to three side-by-side blocks of colour, mostly light, behind a run of lines. */
    private record Background(int[] rightEdges, Color[] colours) {
        static Background random(int size, Random random) {
            int blocks = 1 + random.nextInt(3);
            int[] rightEdges = new int[blocks];
            Color[] colours = new Color[blocks];
            int left = 0;
            for (int b = 0; b < blocks; b++) {
                rightEdges[b] = b == blocks - 1 ? size : left + (int) ((size - left) * (0.3 + 0.5 * random.nextDouble()));
                colours[b] = random.nextInt(10) < 3
                        ? Color.getHSBColor(random.nextFloat(), 0.3f + 0.5f * random.nextFloat(), 0.15f + 0.25f * random.nextFloat())
                        : Color.getHSBColor(random.nextFloat(), 0.6f * random.nextFloat(), 0.85f + 0.15f * random.nextFloat());
                left = rightEdges[b];
            }
            return new Background(rightEdges, colours);
        }

        void fill(Graphics2D graphics, int top, int height) {
            int left = 0;
            for (int b = 0; b < colours.length; b++) {
                graphics.setColor(colours[b]);
                graphics.fillRect(left, top, rightEdges[b] - left, height);
                left = rightEdges[b];
            }
        }

        Color colourAt(int x) {
            for (int b = 0; b < colours.length; b++) {
                if (x < rightEdges[b]) {
                    return colours[b];
                }
            }
            return colours[colours.length - 1];
        }
    }

    /** Chooses the side and seed of a {@link TextImage}. */
    public static final class Builder {
        private int size = DEFAULT_SIZE;
        private long seed;

        private Builder() {
        }

        /**
         * Sets the side in pixels (default {@value TextImage#DEFAULT_SIZE}); font sizes scale with it.
         *
         * @throws IllegalArgumentException if {@code size} is below {@value TextImage#MIN_SIZE}
         */
        public Builder size(int size) {
            ImageResize.requirePositiveSize(size);
            if (size < MIN_SIZE) {
                throw new IllegalArgumentException("a text image needs at least " + MIN_SIZE + "x" + MIN_SIZE
                        + " pixels for readable glyphs, got " + size + " (e.g. 512 as in the paper, 256 for a quick run)");
            }
            this.size = size;
            return this;
        }

        /** Sets the seed that decides the words, fonts, colours and background (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Returns the configured text image, ready to {@link TextImage#render()}. */
        public TextImage build() {
            return new TextImage(this);
        }

        /** Draws the configured image: shorthand for {@code build().render()}. */
        public BufferedImage render() {
            return build().render();
        }
    }
}
