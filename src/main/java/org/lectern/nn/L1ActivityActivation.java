package org.lectern.nn;

import java.util.Objects;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A DL4J activation function that applies another one and puts an {@link ActivityL1} penalty on
 * its outputs: the forward pass is the wrapped activation's, the backward pass adds the
 * penalty's {@code sign(h)} term to the incoming gradient before the wrapped activation's
 * derivative. This is how the DL4J engine trains a sparse layer; DL4J's configuration JSON
 * stores it like any activation (class name, the wrapped activation, rho and the reduction), so
 * saved models load back with their penalty.
 *
 * <p>DL4J's backward pass works with the loss summed over the batch and divides by the batch size
 * at the end, so the term added here is {@code B} times the one in {@link ActivityL1}.
 */
public final class L1ActivityActivation extends BaseActivationFunction {
    private static final long serialVersionUID = 1L;

    private IActivation activation;
    private double rho;
    private ActivityL1.Reduction reduction;

    /** For DL4J's JSON reader. */
    private L1ActivityActivation() {
    }

    /** Returns {@code activation} with the L1 {@code penalty} on its outputs. */
    public L1ActivityActivation(IActivation activation, ActivityL1 penalty) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.rho = penalty.rho();
        this.reduction = penalty.reduction();
    }

    /** Returns the wrapped activation function. */
    public IActivation activation() {
        return activation;
    }

    /** Returns the penalty on the outputs. */
    public ActivityL1 penalty() {
        return new ActivityL1(rho, reduction);
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        return activation.getActivation(in, training);
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        long examples = in.size(0);
        INDArray signs = Transforms.sign(activation.getActivation(in.dup(), true), false);
        INDArray penalised = epsilon.add(signs.muli(examples * penalty().gradientScale(examples)));
        return activation.backprop(in, penalised);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof L1ActivityActivation that && activation.equals(that.activation)
                && Double.compare(rho, that.rho) == 0 && reduction == that.reduction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(activation, rho, reduction);
    }

    /** Returns e.g. {@code tanh + L1 activity 0.1}. */
    @Override
    public String toString() {
        return activation + " + " + penalty();
    }
}
