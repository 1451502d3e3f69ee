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
 * the last two on sigmoid layers only.
 *
 * @param inputs      the number of input units (fan-in), at least 1
 * @param outputs     the number of output units, at least 1
 * @param activation  what the layer applies after the affine map
 * @param activityL1  the L1 penalty on the layer's activations, {@link ActivityL1#NONE} for none
 * @param klSparsity  the KL sparsity penalty on the layer's mean activations, {@link KlSparsity#NONE} for none
 * @param contractive the penalty on the layer's Jacobian, {@link ContractivePenalty#NONE} for none
 */
public record LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1, KlSparsity klSparsity,
                        ContractivePenalty contractive) {

    /** Returns a layer without penalties. */
    public LayerSpec(int inputs, int outputs, Activation activation) {
        this(inputs, outputs, activation, ActivityL1.NONE);
    }

    /** Returns a layer with at most an activity L1 penalty. */
    public LayerSpec(int inputs, int outputs, Activation activation, ActivityL1 activityL1) {
        this(inputs, outputs, activation, activityL1, KlSparsity.NONE, ContractivePenalty.NONE);
    }

    /** Checks the sizes, the activation and the penalties (KL sparsity and contractive need a sigmoid). */
    public LayerSpec {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 input and 1 output unit; got " + inputs
                    + " -> " + outputs);
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(activityL1, "activityL1");
        Objects.requireNonNull(klSparsity, "klSparsity").requireSigmoid(activation);
        Objects.requireNonNull(contractive, "contractive").requireSigmoid(activation);
        // One value for "none", so a spec equals itself read back from a saved model.
        klSparsity = klSparsity.active() ? klSparsity : KlSparsity.NONE;
        contractive = contractive.active() ? contractive : ContractivePenalty.NONE;
    }

    /** Returns this layer with another activity penalty ({@link ActivityL1#NONE} removes it). */
    public LayerSpec withActivityL1(ActivityL1 penalty) {
        return new LayerSpec(inputs, outputs, activation, penalty, klSparsity, contractive);
    }

    /** Returns this layer with another KL sparsity penalty ({@link KlSparsity#NONE} removes it). */
    public LayerSpec withKlSparsity(KlSparsity penalty) {
        return new LayerSpec(inputs, outputs, activation, activityL1, penalty, contractive);
    }

    /** Returns this layer with another contractive penalty ({@link ContractivePenalty#NONE} removes it). */
    public LayerSpec withContractive(ContractivePenalty penalty) {
        return new LayerSpec(inputs, outputs, activation, activityL1, klSparsity, penalty);
    }

    /** Returns this layer without any penalty. */
    public LayerSpec withoutPenalties() {
        return new LayerSpec(inputs, outputs, activation);
    }

    /** Returns whether the layer has any penalty. */
    public boolean penalised() {
        return activityL1.active() || klSparsity.active() || contractive.active();
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

    /** Returns e.g. {@code 784 -> 400 tanh} or {@code 784 -> 400 tanh, L1 activity 0.1}. */
    @Override
    public String toString() {
        return inputs + " -> " + outputs + " " + activationName() + (penalised() ? ", " + penalties() : "");
    }
}
