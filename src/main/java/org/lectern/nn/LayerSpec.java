package org.lectern.nn;

import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.activations.Activation;

/**
 * One fully connected layer: {@code outputs = activation(inputs x W + b)} with weights
 * {@code W [inputs, outputs]} and bias {@code b [outputs]}, PyTorch's {@code nn.Linear} followed by
 * its activation module, optionally with an L1 penalty on its outputs ({@link ActivityL1}) and
 * dropout on its outputs in training (PyTorch's {@code nn.Dropout(p)} after the activation).
 *
 * @param inputs     the number of input units (fan-in), at least 1
 * @param outputs    the number of output units, at least 1
 * @param activation what the layer applies after the affine map
 * @param activityL1 the L1 penalty on the layer's activations, {@link ActivityL1#NONE} for none
 * @param dropout    the probability that training zeroes each of the layer's outputs (the others are
 *                   scaled by {@code 1 / (1 - dropout)}, so inference needs no change), 0 for none
 */
public record LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1, double dropout) {

    /** Returns a layer without an activity penalty. */
    public LayerSpec(int inputs, int outputs, Activation activation) {
        this(inputs, outputs, activation, ActivityL1.NONE);
    }

    /** Returns a layer without dropout. */
    public LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1) {
        this(inputs, outputs, activation, activityL1, 0);
    }

    /** Checks the sizes, the activation, the penalty and the dropout probability. */
    public LayerSpec {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 input and 1 output unit; got " + inputs
                    + " -> " + outputs);
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(activityL1, "activityL1");
        requireDropout(dropout);
    }

    /** Returns this layer with another activity penalty ({@link ActivityL1#NONE} removes it). */
    public LayerSpec withActivityL1(ActivityL1 penalty) {
        return new LayerSpec(inputs, outputs, activation, penalty, dropout);
    }

    /** Returns this layer with another dropout probability on its outputs (0 removes it). */
    public LayerSpec withDropout(double probability) {
        return new LayerSpec(inputs, outputs, activation, activityL1, probability);
    }

    /** Returns whether training drops some of this layer's outputs ({@code dropout > 0}). */
    public boolean hasDropout() {
        return dropout > 0;
    }

    /** Returns the number of weights and biases: {@code inputs * outputs + outputs}. */
    public long parameterCount() {
        return (long) inputs * outputs + outputs;
    }

    /** Returns the activation in lower case, e.g. {@code tanh}. */
    public String activationName() {
        return activation.name().toLowerCase(Locale.ROOT);
    }

    /** Checks that a dropout probability is in [0, 1). */
    static void requireDropout(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("the dropout probability is the share of outputs zeroed in training, "
                    + "from 0 (none) up to but not including 1; got " + p);
        }
    }

    /** Returns e.g. {@code dropout 0.5}: the dropout probability, at most six significant digits. */
    public String dropoutText() {
        return "dropout " + String.format(Locale.ROOT, "%.6g", dropout).replaceAll("\\.?0+(e|$)", "$1");
    }

    /** Returns e.g. {@code 784 -> 400 tanh}, {@code 784 -> 400 tanh, L1 activity 0.1} or {@code 784 -> 1000 relu, dropout 0.5}. */
    @Override
    public String toString() {
        return inputs + " -> " + outputs + " " + activationName() + (activityL1.active() ? ", " + activityL1 : "")
                + (hasDropout() ? ", " + dropoutText() : "");
    }
}
