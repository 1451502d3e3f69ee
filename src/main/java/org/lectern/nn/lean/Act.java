package org.lectern.nn.lean;

import java.util.Optional;
import org.nd4j.linalg.activations.Activation;

/** The activations the lean engine computes, each with its derivative written in terms of its output. */
enum Act {
    IDENTITY,
    TANH,
    SIGMOID,
    RELU,
    /** Row-wise softmax; only on the output layer, with the negative log-likelihood. */
    SOFTMAX;

    /** Returns the lean engine's activation for DL4J's, or empty if it has none. */
    static Optional<Act> of(Activation activation) {
        return switch (activation) {
            case IDENTITY -> Optional.of(IDENTITY);
            case TANH -> Optional.of(TANH);
            case SIGMOID -> Optional.of(SIGMOID);
            case RELU -> Optional.of(RELU);
            case SOFTMAX -> Optional.of(SOFTMAX);
            default -> Optional.empty();
        };
    }

    /** Returns the activation of {@code z}. */
    double apply(double z) {
        return switch (this) {
            case IDENTITY -> z;
            case TANH -> Math.tanh(z);
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case RELU -> z > 0 ? z : 0;
            case SOFTMAX -> throw new IllegalStateException("softmax works on rows, not on single values");
        };
    }

    /**
     * Returns the activation of {@code z} in float precision, with tanh written through
     * {@code Math.exp} (an intrinsic, several times faster than {@code Math.tanh}; exact to float precision).
     */
    float applyFloat(float z) {
        return switch (this) {
            case IDENTITY -> z;
            case TANH -> 1f - 2f / ((float) Math.exp(2.0 * z) + 1f);
            case SIGMOID -> 1f / (1f + (float) Math.exp(-z));
            case RELU -> z > 0 ? z : 0;
            case SOFTMAX -> throw new IllegalStateException("softmax works on rows, not on single values");
        };
    }

    /** Returns the derivative at the pre-activation whose activation is {@code h}. */
    double derivative(double h) {
        return switch (this) {
            case IDENTITY -> 1;
            case TANH -> 1 - h * h;
            case SIGMOID -> h * (1 - h);
            case RELU -> h > 0 ? 1 : 0;
            case SOFTMAX -> throw new IllegalStateException("softmax's derivative is a matrix; it only comes fused "
                    + "with the negative log-likelihood");
        };
    }
}
