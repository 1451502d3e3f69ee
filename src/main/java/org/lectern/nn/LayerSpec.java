package org.lectern.nn;

import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.activations.Activation;

/**
 * One fully connected layer: {@code outputs = activation(inputs x W + b)} with weights
 * {@code W [inputs, outputs]} and bias {@code b [outputs]}, PyTorch's {@code nn.Linear} followed by
 * its activation module, optionally with an L1 penalty on its outputs ({@link ActivityL1}).
 *
 * @param inputs     the number of input units (fan-in), at least 1
 * @param outputs    the number of output units, at least 1
 * @param activation what the layer applies after the affine map
 * @param activityL1 the L1 penalty on the layer's activations, {@link ActivityL1#NONE} for none
 */
public record LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1) {

    /** Returns a layer without an activity penalty. */
    public LayerSpec(int inputs, int outputs, Activation activation) {
        this(inputs, outputs, activation, ActivityL1.NONE);
    }

    /** Checks the sizes, the activation and the penalty. */
    public LayerSpec {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 input and 1 output unit; got " + inputs
                    + " -> " + outputs);
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(activityL1, "activityL1");
    }

    /** Returns this layer with another activity penalty ({@link ActivityL1#NONE} removes it). */
    public LayerSpec withActivityL1(ActivityL1 penalty) {
        return new LayerSpec(inputs, outputs, activation, penalty);
    }

    /** Returns the number of weights and biases: {@code inputs * outputs + outputs}. */
    public long parameterCount() {
        return (long) inputs * outputs + outputs;
    }

    /** Returns the activation in lower case, e.g. {@code tanh}. */
    public String activationName() {
        return activation.name().toLowerCase(Locale.ROOT);
    }

    /** Returns e.g. {@code 784 -> 400 tanh} or {@code 784 -> 400 tanh, L1 activity 0.1}. */
    @Override
    public String toString() {
        return inputs + " -> " + outputs + " " + activationName() + (activityL1.active() ? ", " + activityL1 : "");
    }
}
