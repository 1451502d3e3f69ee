package org.lectern.train;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How close an autoencoder is to the identity map: how well it reconstructs probe inputs unlike
 * anything it was trained on, such as {@link #transposed(INDArray) transposed} test digits (strokes
 * of the same kind in shapes no digit has) or {@link #uniformNoise(int, int, long) uniform noise}.
 * The identity copies any input (error 0); a model that learned only what digits look like turns a
 * probe into something digit-like. The {@link #relativeError() relative error} divides by the
 * error of always answering the probes' mean image: near 0 the model copies, near 1 or above it
 * ignores its input. An overcomplete autoencoder without a penalty drifts towards copying (seed
 * 004); a sparse or code-dropout one less so, an undercomplete one cannot.
 *
 * <pre>{@code
 * INDArray probes = IdentityMeasure.transposed(testImages);
 * IdentityMeasure plain = IdentityMeasure.of(overcomplete, probes);
 * IdentityMeasure sparse = IdentityMeasure.of(sparseOvercomplete, probes);
 * plain.relativeError();    // e.g. 0.05: it copies transposed digits nearly as well as digits
 * ImageGrid.builder().row("probes", probes.get(interval(0, 8))).row("plain", plain.reconstructions().get(interval(0, 8))).build();
 * }</pre>
 */
public final class IdentityMeasure {
    private final INDArray probes;
    private final INDArray reconstructions;
    private final double error;
    private final double meanImageError;

    private IdentityMeasure(INDArray probes, INDArray reconstructions, double error, double meanImageError) {
        this.probes = probes;
        this.reconstructions = reconstructions;
        this.error = error;
        this.meanImageError = meanImageError;
    }

    /**
     * Measures how well the autoencoder reconstructs the probes {@code [examples, inputs]}.
     *
     * @throws IllegalArgumentException if the probes are not a matrix of the autoencoder's inputs, or all alike
     */
    public static IdentityMeasure of(Autoencoder autoencoder, INDArray probes) {
        Objects.requireNonNull(autoencoder, "autoencoder");
        Objects.requireNonNull(probes, "probes");
        if (probes.rank() != 2 || probes.columns() != autoencoder.inputs() || probes.rows() == 0) {
            throw new IllegalArgumentException("probes must be shaped [examples, " + autoencoder.inputs() + "] for this "
                    + autoencoder.spec().sizes() + " autoencoder; got " + Arrays.toString(probes.shape()));
        }
        INDArray off = probes.castTo(DataType.DOUBLE);
        off = off.subRowVector(off.mean(0));
        double meanImageError = off.muli(off).meanNumber().doubleValue();
        if (!(meanImageError > 0)) {
            throw new IllegalArgumentException("the probes are all the same image (or hold NaN): nothing to copy; use "
                    + "varied inputs such as IdentityMeasure.transposed(testImages)");
        }
        return new IdentityMeasure(probes.dup(), autoencoder.reconstruct(probes), autoencoder.reconstructionError(probes),
                meanImageError);
    }

    /**
     * Returns each square image {@code [examples, side * side]} flipped about its main diagonal
     * (row r becomes column r): the pixels of a digit in a shape that is no digit.
     *
     * @throws IllegalArgumentException if the images are not a matrix of square images
     */
    public static INDArray transposed(INDArray images) {
        Objects.requireNonNull(images, "images");
        long side = images.rank() == 2 ? Math.round(Math.sqrt(images.columns())) : -1;
        if (side < 1 || side * side != images.columns()) {
            throw new IllegalArgumentException("images must be shaped [examples, side * side], one square image per row "
                    + "(e.g. [n, 784] for 28x28); got " + Arrays.toString(images.shape()));
        }
        return images.reshape('c', images.rows(), side, side).permute(0, 2, 1).dup('c')
                .reshape(images.rows(), side * side);
    }

    /** Returns {@code images} images of {@code inputs} pixels drawn uniformly from [0, 1] with {@code seed}, as FLOAT. */
    public static INDArray uniformNoise(int images, int inputs, long seed) {
        if (images < 1 || inputs < 1) {
            throw new IllegalArgumentException("noise needs at least 1 image of at least 1 pixel; got " + images
                    + " images of " + inputs + " pixels");
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[Math.multiplyExact(images, inputs)];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) random.nextDouble();
        }
        return Nd4j.create(pixels, new long[] {images, inputs}, 'c');
    }

    /** Returns the mean squared error of the reconstructions of the probes, over every probe and pixel. */
    public double error() {
        return error;
    }

    /** Returns the error of always answering the probes' mean image: the probes' variance per pixel. */
    public double meanImageError() {
        return meanImageError;
    }

    /** Returns {@link #error()} / {@link #meanImageError()}: near 0 the model copies the probes, near 1 or above it ignores them. */
    public double relativeError() {
        return error / meanImageError;
    }

    /** Returns a copy of the probes, {@code [examples, inputs]}. */
    public INDArray probes() {
        return probes.dup();
    }

    /** Returns a copy of the autoencoder's reconstructions of the probes, {@code [examples, inputs]}. */
    public INDArray reconstructions() {
        return reconstructions.dup();
    }

    /** Returns e.g. {@code probe reconstruction error 0.00390, 0.049 of the mean image's 0.0789, 2000 probes}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "probe reconstruction error %.3g, %.3g of the mean image's %.3g, %d probes", error,
                relativeError(), meanImageError, probes.rows());
    }
}
