package org.lectern.nn;

import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.activations.Activation;

/**
 * One fully connected layer: {@code outputs = activation(inputs x W + b)} with weights
 * {@code W [inputs, outputs]} and bias {@code b [outputs]}, PyTorch's {@code nn.Linear} followed by
 * its activation module.
 *
 * @param inputs     the number of input units (fan-in), at least 1
 * @param outputs    the number of output units, at least 1
 * @param activation what the layer applies after the affine map
 */
public record LayerSpec(int inputs, int outputs, Activation activation) {

    /** Checks the sizes and the activation. */
    public LayerSpec {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 input and 1 output unit; got " + inputs
                    + " -> " + outputs);
        }
        Objects.requireNonNull(activation, "activation");
    }

    /** Returns the number of weights and biases: {@code inputs * outputs + outputs}. */
    public long parameterCount() {
        return (long) inputs * outputs + outputs;
    }

    /** Returns the activation in lower case, e.g. {@code tanh}. */
    public String activationName() {
        return activation.name().toLowerCase(Locale.ROOT);
    }

    /** Returns e.g. {@code 784 -> 400 tanh}. */
    @Override
    public String toString() {
        return inputs + " -> " + outputs + " " + activationName();
    }
}
