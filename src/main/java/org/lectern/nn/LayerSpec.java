package org.lectern.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One fully connected layer: {@code outputs = activation(inputs x W + b)} with weights
 * {@code W [inputs, outputs]} and bias {@code b [outputs]}, PyTorch's {@code nn.Linear} followed by
 * its activation module, optionally with penalties on its outputs: an L1 penalty ({@link ActivityL1}), a
 * KL-divergence sparsity penalty ({@link KlSparsity}) or a contractive penalty ({@link ContractivePenalty}),
 * the last two on sigmoid layers only; and optionally with dropout on its outputs in training (PyTorch's
 * {@code nn.Dropout(p)} after the activation).
 *
 * @param inputs      the number of input units (fan-in), at least 1
 * @param outputs     the number of output units, at least 1
 * @param activation  what the layer applies after the affine map
 * @param activityL1  the L1 penalty on the layer's activations, {@link ActivityL1#NONE} for none
 * @param klSparsity  the KL sparsity penalty on the layer's mean activations, {@link KlSparsity#NONE} for none
 * @param contractive the penalty on the layer's Jacobian, {@link ContractivePenalty#NONE} for none
 * @param dropout     the probability that training zeroes each of the layer's outputs (the others are
 *                    scaled by {@code 1 / (1 - dropout)}, so inference needs no change), 0 for none
 */
public record LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1, KlSparsity klSparsity,
                        ContractivePenalty contractive, double dropout) {

    /** Returns a layer without penalties or dropout. */
    public LayerSpec(int inputs, int outputs, Activation activation) {
        this(inputs, outputs, activation, ActivityL1.NONE);
    }

    /** Returns a layer with at most an activity L1 penalty, without dropout. */
    public LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1) {
        this(inputs, outputs, activation, activityL1, KlSparsity.NONE, ContractivePenalty.NONE);
    }

    /** Returns a layer with these penalties, without dropout. */
    public LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1, KlSparsity klSparsity,
                     ContractivePenalty contractive) {
        this(inputs, outputs, activation, activityL1, klSparsity, contractive, 0);
    }

    /**
     * Checks the sizes, the activation, the penalties (KL sparsity and contractive need a sigmoid) and the
     * dropout probability.
     */
    public LayerSpec {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 input and 1 output unit; got " + inputs
                    + " -> " + outputs);
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(activityL1, "activityL1");
        Objects.requireNonNull(klSparsity, "klSparsity").requireSigmoid(activation);
        Objects.requireNonNull(contractive, "contractive").requireSigmoid(activation);
        requireDropout(dropout);
        // One value for "none", so a spec equals itself read back from a saved model (-0.0 included).
        klSparsity = klSparsity.active() ? klSparsity : KlSparsity.NONE;
        contractive = contractive.active() ? contractive : ContractivePenalty.NONE;
        dropout = dropout == 0 ? 0 : dropout;
    }

    /** Returns this layer with another activity penalty ({@link ActivityL1#NONE} removes it). */
    public LayerSpec withActivityL1(ActivityL1 penalty) {
        return new LayerSpec(inputs, outputs, activation, penalty, klSparsity, contractive, dropout);
    }

    /** Returns this layer with another KL sparsity penalty ({@link KlSparsity#NONE} removes it). */
    public LayerSpec withKlSparsity(KlSparsity penalty) {
        return new LayerSpec(inputs, outputs, activation, activityL1, penalty, contractive, dropout);
    }

    /** Returns this layer with another contractive penalty ({@link ContractivePenalty#NONE} removes it). */
    public LayerSpec withContractive(ContractivePenalty penalty) {
        return new LayerSpec(inputs, outputs, activation, activityL1, klSparsity, penalty, dropout);
    }

    /** Returns this layer with another dropout probability on its outputs (0 removes it). */
    public LayerSpec withDropout(double probability) {
        return new LayerSpec(inputs, outputs, activation, activityL1, klSparsity, contractive, probability);
    }

    /**
     * Returns this layer without any penalty and without dropout: only what inference computes, e.g. for an
     * encoder reused under a classifier.
     */
    public LayerSpec withoutPenalties() {
        return new LayerSpec(inputs, outputs, activation);
    }

    /** Returns whether the layer has any penalty. */
    public boolean penalised() {
        return activityL1.active() || klSparsity.active() || contractive.active();
    }

    /** Returns whether training drops some of this layer's outputs ({@code dropout > 0}). */
    public boolean hasDropout() {
        return dropout > 0;
    }

    /** Returns the active penalties joined by commas, e.g. {@code KL sparsity rho 0.05 beta 3}, or an empty string. */
    public String penalties() {
        List<String> active = new ArrayList<>();
        if (activityL1.active()) {
            active.add(activityL1.toString());
        }
        if (klSparsity.active()) {
            active.add(klSparsity.toString());
        }
        if (contractive.active()) {
            active.add(contractive.toString());
        }
        return String.join(", ", active);
    }

    /**
     * Returns what the layer's penalties add to a batch's mean loss.
     *
     * @param activations the layer's outputs for the batch, {@code [examples, outputs]}
     * @param weights     the layer's weights {@code [inputs, outputs]} (read only for a contractive penalty)
     */
    public double penaltyLoss(INDArray activations, INDArray weights) {
        double loss = 0;
        if (activityL1.active()) {
            loss += activityL1.loss(activations.norm1Number().doubleValue(), activations.rows());
        }
        if (klSparsity.active()) {
            loss += klSparsity.loss(activations);
        }
        if (contractive.active()) {
            loss += contractive.loss(activations, weights);
        }
        return loss;
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

    /**
     * Returns e.g. {@code 784 -> 400 tanh}, {@code 784 -> 400 tanh, L1 activity 0.1} or
     * {@code 784 -> 1000 relu, dropout 0.5} (penalties first, then dropout).
     */
    @Override
    public String toString() {
        return inputs + " -> " + outputs + " " + activationName() + (penalised() ? ", " + penalties() : "")
                + (hasDropout() ? ", " + dropoutText() : "");
    }
}
