package org.lectern.lecture;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.lectern.coordinates.Psnr;
import org.lectern.coordinates.RgbPixels;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An image against a reference image, with values in {@code [0, 1]} (a {@link java.awt.image.BufferedImage}
 * counts as its 8-bit RGB values / 255). Two bars: the PSNR ({@code -10 log10(MSE)} in dB, higher
 * is closer; see {@link Psnr}) above a value, or the mean absolute difference per value below one.
 * Images of different sizes, or values outside {@code [0, 1]}, fail with the reason.
 *
 * <pre>{@code
 * Check.image("your reconstruction", rendered).hint("train 200 more steps").hasPsnrAbove(truth, 25);
 * Check.image("denoised digits", denoised).hasMeanAbsoluteDifferenceBelow(clean, 0.05);
 * }</pre>
 */
public final class ImageCheck extends CheckBuilder<ImageCheck> {
    private final INDArray image;
    private final String size;

    ImageCheck(String what, INDArray image) {
        this(what, image, image == null ? "" : Arrays.toString(image.shape()));
    }

    ImageCheck(String what, BufferedImage image) {
        this(what, image == null ? null : RgbPixels.of(image), image == null ? "" : sizeOf(image));
    }

    private ImageCheck(String what, INDArray image, String size) {
        super(what);
        this.image = image;
        this.size = size;
    }

    /** Passes if the PSNR of the image against {@code reference} is above {@code decibels}. */
    public CheckResult hasPsnrAbove(BufferedImage reference, double decibels) {
        return reference == null ? unmeasurable("the reference is null, not an image")
                : hasPsnrAbove(RgbPixels.of(reference), sizeOf(reference), decibels);
    }

    /** Passes if the mean of {@code |image - reference|} over every 8-bit RGB value / 255 is below {@code difference}. */
    public CheckResult hasMeanAbsoluteDifferenceBelow(BufferedImage reference, double difference) {
        return reference == null ? unmeasurable("the reference is null, not an image")
                : hasMeanAbsoluteDifferenceBelow(RgbPixels.of(reference), sizeOf(reference), difference);
    }

    /** Passes if the PSNR of the image against {@code reference} is above {@code decibels}. */
    public CheckResult hasPsnrAbove(INDArray reference, double decibels) {
        return hasPsnrAbove(reference, reference == null ? "" : Arrays.toString(reference.shape()), decibels);
    }

    /** Passes if the mean of {@code |image - reference|} over every value is below {@code difference}. */
    public CheckResult hasMeanAbsoluteDifferenceBelow(INDArray reference, double difference) {
        return hasMeanAbsoluteDifferenceBelow(reference, reference == null ? "" : Arrays.toString(reference.shape()),
                difference);
    }

    private CheckResult hasPsnrAbove(INDArray reference, String referenceSize, double decibels) {
        String problem = comparable(reference, referenceSize);
        if (problem != null) {
            return unmeasurable(problem);
        }
        double psnr;
        try {
            psnr = Psnr.of(image, reference);
        } catch (IllegalArgumentException e) {
            return unmeasurable("the PSNR of " + what() + " cannot be measured: " + e.getMessage());
        }
        boolean ok = psnr > decibels;
        return verdict(ok, "PSNR of " + what() + " against the reference is " + Psnr.format(psnr)
                + (ok ? ", " : ", not ") + "above " + SignificantDigits.format(decibels) + " dB");
    }

    private CheckResult hasMeanAbsoluteDifferenceBelow(INDArray reference, String referenceSize, double difference) {
        String problem = comparable(reference, referenceSize);
        if (problem != null) {
            return unmeasurable(problem);
        }
        double mean = Transforms.abs(image.castTo(DataType.DOUBLE).sub(reference.castTo(DataType.DOUBLE)))
                .meanNumber().doubleValue();
        boolean ok = mean < difference;
        return verdict(ok, "mean absolute difference of " + what() + " from the reference is "
                + SignificantDigits.format(mean) + (ok ? ", " : ", not ") + "below " + SignificantDigits.format(difference));
    }

    /** Returns why the image cannot be compared with {@code reference}, or null if it can. */
    private String comparable(INDArray reference, String referenceSize) {
        if (image == null || reference == null) {
            return (image == null ? what() : "the reference") + " is null, not an image";
        }
        if (!Arrays.equals(image.shape(), reference.shape())) {
            return what() + " is " + size + " and the reference " + referenceSize + ": they must be the same size to compare";
        }
        return null;
    }

    private static String sizeOf(BufferedImage image) {
        return image.getWidth() + "x" + image.getHeight();
    }
}
