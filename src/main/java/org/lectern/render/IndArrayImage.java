package org.lectern.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns an image-shaped array into a picture: [H, W], [1, H, W] or [H, W, 1] as grey,
 * [3, H, W] or [H, W, 3] as RGB (channels-first wins when both fit, as in DL4J).
 * Values are scaled from the array's [min, max] to 0..255; NaN and a constant array show black.
 */
final class IndArrayImage {
    /** The largest width or height shown; bigger arrays are almost always data, not a picture. */
    static final int MAX_SIDE = 4096;

    private enum Layout {
        GREY_HW(false, false), GREY_CHW(false, true), GREY_HWC(false, false), RGB_CHW(true, true), RGB_HWC(true, false);

        final boolean rgb;
        final boolean channelsFirst;

        Layout(boolean rgb, boolean channelsFirst) {
            this.rgb = rgb;
            this.channelsFirst = channelsFirst;
        }
    }

    private IndArrayImage() {
    }

    /** Returns why an array of this shape cannot be shown as an image, or null if it can. */
    static String whyNotAnImage(long[] shape) {
        Layout layout = layout(shape);
        if (layout == null) {
            return "an array of shape " + Arrays.toString(shape) + " is not image-shaped; an image needs [H, W],"
                    + " [1, H, W], [H, W, 1], [3, H, W] or [H, W, 3]"
                    + (shape.length == 1 ? ", e.g. array.reshape(28, 28) for a 784-long MNIST vector" : "");
        }
        long height = shape[layout.channelsFirst ? 1 : 0];
        long width = shape[layout.channelsFirst ? 2 : 1];
        if (height < 1 || width < 1) {
            return "an array of shape " + Arrays.toString(shape) + " has no pixels";
        }
        if (height > MAX_SIDE || width > MAX_SIDE) {
            return "an image of " + width + "x" + height + " pixels is too big to show (at most " + MAX_SIDE
                    + " per side); show a slice of the array instead";
        }
        return null;
    }

    /**
     * Returns the image enlarged by the smallest whole factor that makes its longer side at least
     * {@code minSide} pixels, each pixel a sharp square block (a 28x28 digit becomes 140x140);
     * images already that large come back unchanged.
     */
    static BufferedImage enlarged(BufferedImage image, int minSide) {
        int longer = Math.max(image.getWidth(), image.getHeight());
        int factor = Math.max(1, Math.min((minSide + longer - 1) / longer, MAX_SIDE / longer));
        if (factor == 1) {
            return image;
        }
        BufferedImage big = new BufferedImage(image.getWidth() * factor, image.getHeight() * factor, image.getType());
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }

    /** Returns the array as a grey or RGB image; throws IllegalArgumentException if it is not image-shaped. */
    static BufferedImage toImage(INDArray array) {
        long[] shape = array.shape();
        String problem = whyNotAnImage(shape);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Layout layout = layout(shape);
        int height = (int) shape[layout.channelsFirst ? 1 : 0];
        int width = (int) shape[layout.channelsFirst ? 2 : 1];
        double[] values = array.castTo(DataType.DOUBLE).dup('c').reshape(array.length()).toDoubleVector();
        Scale scale = Scale.of(values);
        BufferedImage image = new BufferedImage(width, height,
                layout.rgb ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int pixel = y * width + x;
                if (layout.rgb) {
                    int r = scale.apply(values[layout.channelsFirst ? pixel : 3 * pixel]);
                    int g = scale.apply(values[layout.channelsFirst ? plane + pixel : 3 * pixel + 1]);
                    int b = scale.apply(values[layout.channelsFirst ? 2 * plane + pixel : 3 * pixel + 2]);
                    image.setRGB(x, y, r << 16 | g << 8 | b);
                } else {
                    image.getRaster().setSample(x, y, 0, scale.apply(values[pixel]));
                }
            }
        }
        return image;
    }

    private static Layout layout(long[] shape) {
        if (shape.length == 2) {
            return Layout.GREY_HW;
        }
        if (shape.length != 3) {
            return null;
        }
        if (shape[0] == 1) {
            return Layout.GREY_CHW;
        }
        if (shape[0] == 3) {
            return Layout.RGB_CHW;
        }
        if (shape[2] == 1) {
            return Layout.GREY_HWC;
        }
        return shape[2] == 3 ? Layout.RGB_HWC : null;
    }

    /** Maps [min, max] of the finite values linearly onto 0..255. */
    private record Scale(double min, double range) {
        static Scale of(double[] values) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            return min > max ? new Scale(0, 0) : new Scale(min, max - min);
        }

        int apply(double value) {
            if (range == 0 || !Double.isFinite(value)) {
                return 0;
            }
            return (int) Math.round(255 * (value - min) / range);
        }
    }
}
