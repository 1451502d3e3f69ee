package org.lectern.nn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The argument checks of the {@link ReconstructionModel}s (and the parameter-vector check every
 * model shares): one example per row, the right number of columns, pixels in [0, 1] where a
 * Bernoulli likelihood needs them; each failure says what was expected, what came, and what to do.
 */
final class ModelInputs {
    private ModelInputs() {
    }

    /**
     * Returns {@code array} as a matrix {@code [examples, columns]} (a vector of {@code columns}
     * values becomes one row).
     *
     * @param owner e.g. {@code Vae 784-512-256-[2]-256-512-784}, for the error message
     * @param what  e.g. {@code features}, for the error message
     */
    static INDArray rows(INDArray array, int columns, String what, String owner) {
        Objects.requireNonNull(array, what);
        if (array.rank() == 1 && array.length() == columns) {
            return array.reshape(1, columns);
        }
        if (array.rank() != 2 || array.columns() != columns || array.rows() == 0) {
            throw new IllegalArgumentException(owner + " expects " + what + " shaped [examples, " + columns
                    + "] (one example per row); got " + Arrays.toString(array.shape()));
        }
        return array;
    }

    /** Returns {@link #rows} after checking that every value lies in [0, 1], as pixel probabilities must. */
    static INDArray pixels(INDArray array, int columns, String owner) {
        INDArray matrix = rows(array, columns, "features", owner);
        double min = matrix.minNumber().doubleValue();
        double max = matrix.maxNumber().doubleValue();
        if (!(min >= 0 && max <= 1)) {
            throw new IllegalArgumentException(owner + " models each pixel as a Bernoulli probability, so pixels must "
                    + "lie in [0, 1]; got values from " + min + " to " + max + ". Scale the images to [0, 1] "
                    + "(Mnist.train() and FashionMnist.train() already are)");
        }
        return matrix;
    }

    /** Returns exactly one example as a {@code [1, columns]} row, given as a vector or a one-row matrix. */
    static INDArray single(INDArray array, int columns, String what, String owner) {
        INDArray matrix = rows(array, columns, what, owner);
        if (matrix.rows() != 1) {
            throw new IllegalArgumentException(owner + " expects one image as " + what + " (a vector of " + columns
                    + " values or a [1, " + columns + "] row); got " + matrix.rows() + " images. Pick one with "
                    + "features.getRow(i)");
        }
        return matrix;
    }

    /**
     * Returns {@code params} after checking that it holds exactly {@code count} values, as a model's flat parameter
     * vector must.
     *
     * @param owner e.g. {@code Vae 784-512-256-[2]-256-512-784}, for the error message
     */
    static INDArray parameterVector(INDArray params, long count, String owner) {
        Objects.requireNonNull(params, "params");
        if (params.length() != count) {
            throw new IllegalArgumentException("this " + owner + " has " + count + " parameters; got a vector of "
                    + params.length() + " " + Arrays.toString(params.shape()));
        }
        return params;
    }
}
