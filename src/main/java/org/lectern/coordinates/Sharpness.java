package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * How much detail an image has, as one number: the root mean square difference between
 * neighbouring pixels (each pixel against its right and its lower neighbour), over red, green and
 * blue in {@code [0, 1]}. A flat image scores 0, a one-pixel checkerboard of black and white 1.
 * Blurring lowers it: a sharp black-to-white edge is one difference of 1, blurred over three
 * pixels it is three differences of 1/3, whose squares add up to a third (the mean absolute
 * difference would not change, which is why the squares are used). A reconstruction's score over
 * the original's says how blurry it is (1: as sharp as the original). PSNR cannot say this: a
 * blurred picture and a noisy one can have the same PSNR.
 *
 * <pre>{@code
 * double detail = Sharpness.of(picture);                           // 0 .. 1
 * double kept = Sharpness.relative(fit.image(), picture);          // 0.4: much blurrier than the original
 * }</pre>
 */
public final class Sharpness {
    private Sharpness() {
    }

    /** Returns the root mean square difference between horizontally and vertically adjacent pixels, RGB in [0, 1]. */
    public static double of(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int width = image.getWidth();
        int height = image.getHeight();
        if (width < 2 && height < 2) {
            throw new IllegalArgumentException("sharpness compares neighbouring pixels, so the image needs at least 2 pixels; got "
                    + width + "x" + height);
        }
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        long total = 0;
        long pairs = 0;
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int here = rgb[row * width + column];
                if (column + 1 < width) {
                    total += difference(here, rgb[row * width + column + 1]);
                    pairs++;
                }
                if (row + 1 < height) {
                    total += difference(here, rgb[(row + 1) * width + column]);
                    pairs++;
                }
            }
        }
        return Math.sqrt(total / (3.0 * 255 * 255 * pairs));
    }

    /** Returns the sharpness of {@code image} over that of {@code reference}: below 1 is blurrier than the reference. */
    public static double relative(BufferedImage image, BufferedImage reference) {
        double base = of(reference);
        if (base == 0) {
            throw new IllegalArgumentException("the reference image is flat (sharpness 0), so no sharpness is relative to it");
        }
        return of(image) / base;
    }

    /** Returns the sum over red, green and blue of the squared 8-bit differences. */
    private static int difference(int a, int b) {
        int red = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
        int green = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        int blue = (a & 0xFF) - (b & 0xFF);
        return red * red + green * green + blue * blue;
    }
}
