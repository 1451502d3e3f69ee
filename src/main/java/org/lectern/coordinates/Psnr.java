package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Peak signal-to-noise ratio for values in {@code [0, 1]}: {@code PSNR = -10 log10(MSE)} decibels,
 * higher is better. A mean squared error of 0.01 (a constant error of 0.1) is 20 dB; every 10 dB
 * more is ten times less squared error. Identical images have an MSE of 0 and a PSNR of
 * {@code +Infinity}, which {@link #format(double)} writes as {@code ∞ dB (identical)}.
 *
 * <pre>{@code
 * double db = Psnr.of(model.render(256), picture);     // two images of the same size
 * double test = Psnr.of(predictions, targets);         // [n, 3] RGB values in [0, 1]
 * Psnr.format(db);                                     // "24.95 dB"
 * }</pre>
 */
public final class Psnr {
    // Room for the rounding of values computed in FLOAT just outside [0, 1].
    private static final double TOLERANCE = 1e-6;

    private Psnr() {
    }

    /** Returns {@code -10 log10(mse)}: +Infinity for an MSE of 0; the MSE must be 0 or more. */
    public static double fromMse(double mse) {
        if (!(mse >= 0)) {
            throw new IllegalArgumentException("a mean squared error is 0 or more; got " + mse);
        }
        return -10 * Math.log10(mse);
    }

    /** Returns the PSNR between two arrays of the same shape with values in {@code [0, 1]}, e.g. {@code [n, 3]} RGB. */
    public static double of(INDArray actual, INDArray expected) {
        return fromMse(mse(actual, expected));
    }

    /**
     * Returns the PSNR between two images of the same size, over their 8-bit red, green and blue
     * values divided by 255 (alpha is ignored).
     */
    public static double of(BufferedImage actual, BufferedImage expected) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        if (actual.getWidth() != expected.getWidth() || actual.getHeight() != expected.getHeight()) {
            throw new IllegalArgumentException("PSNR compares images of the same size; got " + actual.getWidth() + "x"
                    + actual.getHeight() + " and " + expected.getWidth() + "x" + expected.getHeight());
        }
        return of(RgbPixels.of(actual), RgbPixels.of(expected));
    }

    /** Returns the mean squared error over every element of two arrays of the same shape with values in {@code [0, 1]}. */
    public static double mse(INDArray actual, INDArray expected) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        if (!Arrays.equals(actual.shape(), expected.shape())) {
            throw new IllegalArgumentException("PSNR compares arrays of the same shape; got " + Arrays.toString(actual.shape())
                    + " and " + Arrays.toString(expected.shape()));
        }
        if (actual.isEmpty()) {
            throw new IllegalArgumentException("PSNR needs at least one value; both arrays are empty");
        }
        requireUnitRange(actual, "the first array");
        requireUnitRange(expected, "the second array");
        return actual.castTo(DataType.DOUBLE).squaredDistance(expected.castTo(DataType.DOUBLE)) / actual.length();
    }

    /** Returns the PSNR written for people: {@code 24.95 dB}, {@code ∞ dB (identical)}, or {@code NaN dB}. */
    public static String format(double psnr) {
        if (psnr == Double.POSITIVE_INFINITY) {
            return "∞ dB (identical)";
        }
        return Double.isNaN(psnr) ? "NaN dB" : String.format(Locale.ROOT, "%.2f dB", psnr);
    }

    private static void requireUnitRange(INDArray values, String which) {
        double min = values.minNumber().doubleValue();
        double max = values.maxNumber().doubleValue();
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException(which + " holds NaN; PSNR needs numbers in [0, 1]");
        }
        if (min < -TOLERANCE || max > 1 + TOLERANCE) {
            throw new IllegalArgumentException(which + " holds values from " + min + " to " + max + "; this PSNR is for "
                    + "values in [0, 1] (for 8-bit pixels divide by 255 first)");
        }
    }
}
