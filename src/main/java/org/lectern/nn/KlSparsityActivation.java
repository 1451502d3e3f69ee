package org.lectern.nn;

import java.util.Objects;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J activation function that applies a sigmoid (possibly itself wrapped, e.g. by
 * {@link L1ActivityActivation}) and puts a {@link KlSparsity} penalty on its outputs: the forward
 * pass is the wrapped activation's; the backward pass, which sees the whole batch, computes each
 * unit's mean activation {@code rho_hat_j} and adds
 * {@code beta * (-rho / rho_hat_j + (1 - rho) / (1 - rho_hat_j))} to the incoming gradient of every
 * activation of unit {@code j} before the wrapped activation's derivative. DL4J's configuration
 * JSON stores it like any activation, so saved models load back with their penalty.
 *
 * <p>DL4J's backward pass works with the loss summed over the batch ({@code B} times the mean) and
 * divides by {@code B} at the end: the penalty's gradient {@code beta / B * (...)} per activation
 * (see {@link KlSparsity}) therefore arrives here as {@code beta * (...)}.
 */
public final class KlSparsityActivation extends BaseActivationFunction {
    private static final long serialVersionUID = 1L;

    private IActivation activation;
    private double rho;
    private double beta;

    /** For DL4J's JSON reader. */
    private KlSparsityActivation() {
    }

    /** Returns {@code activation} (a sigmoid) with the KL sparsity {@code penalty} on its outputs. */
    public KlSparsityActivation(IActivation activation, KlSparsity penalty) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.rho = penalty.rho();
        this.beta = penalty.beta();
    }

    /** Returns the wrapped activation function. */
    public IActivation activation() {
        return activation;
    }

    /** Returns the penalty on the outputs. */
    public KlSparsity penalty() {
        return new KlSparsity(rho, beta);
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        return activation.getActivation(in, training);
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        double[] slopes = penalty().gradientsAtMeans(activation.getActivation(in.dup(), true).mean(0).toDoubleVector());
        INDArray row = Nd4j.createFromArray(slopes).castTo(epsilon.dataType()).reshape(1, slopes.length);
        return activation.backprop(in, epsilon.addRowVector(row));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KlSparsityActivation that && activation.equals(that.activation)
                && Double.compare(rho, that.rho) == 0 && Double.compare(beta, that.beta) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(activation, rho, beta);
    }

    /** Returns e.g. {@code sigmoid + KL sparsity rho 0.05 beta 3}. */
    @Override
    public String toString() {
        return activation + " + " + penalty();
    }
}
