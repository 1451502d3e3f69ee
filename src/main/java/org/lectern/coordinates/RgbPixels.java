package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Converts between images and the colour arrays a coordinate network learns: one row per pixel in
 * reading order (row by row, left to right), columns red, green, blue in {@code [0, 1]}. Written
 * here because neither ND4J nor DL4J reads a {@link BufferedImage} as RGB rows in this order.
 *
 * <pre>{@code
 * INDArray colours = RgbPixels.of(picture);              // [width * height, 3], FLOAT
 * BufferedImage back = RgbPixels.toImage(colours, 256, 256);
 * }</pre>
 */
public final class RgbPixels {
    private static final int CHANNELS = 3;

    private RgbPixels() {
    }

    /** Returns the image's colours as FLOAT {@code [width * height, 3]}: its 8-bit red, green and blue values / 255. */
    public static INDArray of(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        float[] values = new float[argb.length * CHANNELS];
        for (int p = 0; p < argb.length; p++) {
            values[CHANNELS * p] = (argb[p] >> 16 & 0xFF) / 255f;
            values[CHANNELS * p + 1] = (argb[p] >> 8 & 0xFF) / 255f;
            values[CHANNELS * p + 2] = (argb[p] & 0xFF) / 255f;
        }
        return Nd4j.create(values, new long[] {argb.length, CHANNELS}, 'c');
    }

    /**
     * Returns an RGB image of {@code width x height} from colours {@code [width * height, 3]} in
     * reading order: each value is clipped to {@code [0, 1]} and rounded to 8 bits.
     */
    public static BufferedImage toImage(INDArray colours, int width, int height) {
        Objects.requireNonNull(colours, "colours");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs a width and height of at least 1; got " + width + "x" + height);
        }
        long pixels = (long) width * height;
        if (colours.rank() != 2 || colours.rows() != pixels || colours.columns() != CHANNELS) {
            throw new IllegalArgumentException("a " + width + "x" + height + " image needs colours shaped [" + pixels
                    + ", 3] (one RGB row per pixel, row by row); got " + Arrays.toString(colours.shape()));
        }
        float[] values = colours.castTo(DataType.FLOAT).dup('c').data().asFloat();
        int[] rgb = new int[Math.toIntExact(pixels)];
        for (int p = 0; p < rgb.length; p++) {
            rgb[p] = byteOf(values[CHANNELS * p]) << 16 | byteOf(values[CHANNELS * p + 1]) << 8
                    | byteOf(values[CHANNELS * p + 2]);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    private static int byteOf(float value) {
        // NaN (a broken network) shows as black rather than failing the picture.
        return value > 0 ? Math.min(255, Math.round(value * 255)) : 0;
    }
}
