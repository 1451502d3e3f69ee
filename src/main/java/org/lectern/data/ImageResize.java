package org.lectern.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.AreaAveragingScaleFilter;
import java.awt.image.BufferedImage;
import java.awt.image.FilteredImageSource;
import java.awt.image.ImageObserver;
import java.awt.image.PixelGrabber;

/**
 * Resizes an image to a square of a given side, as the coordinate-MLP experiments need (the paper
 * uses 512x512 images; quick runs use 256x256).
 *
 * <p>Filters: shrinking uses area averaging (each output pixel is the mean of the input area it
 * covers, weighted by overlap: JDK's {@link AreaAveragingScaleFilter}), so no aliasing and the mean
 * colour is kept; enlarging uses bilinear interpolation (Java2D). A non-square image is first cropped
 * to its centred square, as the paper's demo does. The result is always {@code TYPE_INT_RGB}; alpha
 * is dropped by drawing over black.
 *
 * <pre>{@code
 * BufferedImage small = ImageResize.square(SampleImages.astronaut(), 256);
 * }</pre>
 */
public final class ImageResize {
    private ImageResize() {
    }

    /**
     * Returns the image's centred square resized to {@code size x size}: area average when shrinking,
     * bilinear when enlarging, an RGB copy when the side already matches.
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public static BufferedImage square(BufferedImage image, int size) {
        requirePositiveSize(size);
        BufferedImage square = rgb(centredSquare(image));
        int side = square.getWidth();
        if (size == side) {
            return square;
        }
        return size < side ? areaAverage(square, size) : bilinear(square, size);
    }

    /** Checks a square side given by a caller; the message says what is allowed. */
    static void requirePositiveSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("image size must be a positive number of pixels, got " + size
                    + " (e.g. 512 as in the paper, 256 for a quick run)");
        }
    }

    /** Returns a fresh {@code TYPE_INT_RGB} copy of the image (transparent pixels become black). */
    static BufferedImage rgb(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = copy.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return copy;
    }

    private static BufferedImage centredSquare(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        return image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
    }

    private static BufferedImage areaAverage(BufferedImage image, int size) {
        // A BufferedImage's source delivers whole scan lines top-down, which is what lets the filter average
        // areas instead of falling back to pixel replication; PixelGrabber waits for the filtered pixels.
        FilteredImageSource scaled = new FilteredImageSource(image.getSource(), new AreaAveragingScaleFilter(size, size));
        int[] pixels = new int[size * size];
        PixelGrabber grabber = new PixelGrabber(scaled, 0, 0, size, size, pixels, 0, size);
        try {
            if (!grabber.grabPixels() || (grabber.getStatus() & (ImageObserver.ERROR | ImageObserver.ABORT)) != 0) {
                throw new IllegalStateException("area-average resize to " + size + "x" + size + " failed (status "
                        + grabber.getStatus() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resizing an image", e);
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, size, size, pixels, 0, size);
        return out;
    }

    private static BufferedImage bilinear(BufferedImage image, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = out.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, size, size, null);
        graphics.dispose();
        return out;
    }
}
