package org.lectern.nn;

import java.util.Locale;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The contractive autoencoder's penalty on a sigmoid layer {@code h = sigmoid(x W + b)}:
 * {@code lambda * ||J(x)||_F^2} with {@code J = dh/dx}, in closed form
 * {@code lambda * sum_j (h_j (1 - h_j))^2 * sum_i W_ij^2}, averaged over the examples of a batch
 * and added to the batch's mean loss. {@code J} is the Jacobian of the layer's output with respect
 * to its own input: for a one-layer encoder, as in the tutorial, the encoder's Jacobian {@code J_f(x)}.
 *
 * <pre>{@code
 * Autoencoder contractive = Autoencoder.builder().hidden(256, Activation.SIGMOID).contractive(0.1).build();
 * }</pre>
 *
 * @param lambda the strength, at least 0 (0 is no penalty)
 */
public record ContractivePenalty(double lambda) {
    /** No penalty. */
    public static final ContractivePenalty NONE = new ContractivePenalty(0);

    /** Checks that lambda is a finite number of at least 0. */
    public ContractivePenalty {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("the contractive strength lambda must be a finite number >= 0 (0 = none); "
                    + "got " + lambda);
        }
    }

    /** Returns the penalty {@code lambda * ||J||_F^2} averaged over a batch. */
    public static ContractivePenalty of(double lambda) {
        return new ContractivePenalty(lambda);
    }

    /** Returns whether there is a penalty at all ({@code lambda > 0}). */
    public boolean active() {
        return lambda > 0;
    }

    /**
     * Checks that a layer with {@code activation} can carry this penalty: the closed form of the
     * Jacobian's norm is that of a sigmoid layer.
     *
     * @throws IllegalArgumentException saying what to use instead
     */
    public void requireSigmoid(Activation activation) {
        if (active() && activation != Activation.SIGMOID) {
            throw new IllegalArgumentException("the contractive penalty uses the closed form of a sigmoid layer's "
                    + "Jacobian, sum_j (h_j (1 - h_j))^2 * sum_i W_ij^2; this layer is "
                    + activation.name().toLowerCase(Locale.ROOT) + ": use .hidden(units, Activation.SIGMOID).contractive("
                    + KlSparsity.number(lambda) + ")");
        }
    }

    /**
     * Returns the penalty for a batch: {@code lambda} times the mean over its examples of
     * {@link #squaredJacobianNorms(INDArray, INDArray)}.
     *
     * @param activations the layer's outputs {@code h}, {@code [examples, units]}
     * @param weights     the layer's weights {@code W}, {@code [inputs, units]}
     */
    public double loss(INDArray activations, INDArray weights) {
        double sum = 0;
        double[] norms = squaredJacobianNorms(activations, weights);
        for (double norm : norms) {
            sum += norm;
        }
        return lambda * sum / norms.length;
    }

    /**
     * Returns each example's {@code ||dh/dx||_F^2 = sum_j (h_j (1 - h_j))^2 * sum_i W_ij^2} for a sigmoid
     * layer's outputs {@code h} {@code [examples, units]} and weights {@code W} {@code [inputs, units]}.
     */
    public static double[] squaredJacobianNorms(INDArray activations, INDArray weights) {
        if (activations.rank() != 2 || weights.rank() != 2 || activations.columns() != weights.columns()) {
            throw new IllegalArgumentException("the activations [examples, units] and the weights [inputs, units] "
                    + "need the same number of units; got " + java.util.Arrays.toString(activations.shape()) + " and "
                    + java.util.Arrays.toString(weights.shape()));
        }
        INDArray h = activations.castTo(DataType.DOUBLE);
        // Column norms, squared: S_j without a weight-sized temporary (this runs once per training batch).
        INDArray columnSquares = weights.norm2(0).castTo(DataType.DOUBLE);
        columnSquares.muli(columnSquares);
        INDArray slope = h.rsub(1.0).muli(h);
        return slope.muli(slope).muliRowVector(columnSquares).sum(1).toDoubleVector();
    }

    /** Returns e.g. {@code contractive 0.1}. */
    @Override
    public String toString() {
        return "contractive " + KlSparsity.number(lambda);
    }
}
