package org.lectern.nn.lean;

import org.lectern.nn.ContractivePenalty;
import org.lectern.nn.KlSparsity;
import org.lectern.nn.LayerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The KL sparsity and contractive penalties of one sigmoid layer on the lean engine, for the mean
 * loss over a batch of {@code B}: their loss terms, their gradient with respect to the layer's
 * pre-activations ({@code h (1 - h)} times the gradient with respect to {@code h}), and the
 * contractive penalty's direct gradient with respect to the weights,
 * {@code k_j W_ij} with {@code k_j = 2 lambda / B * sum_n (h_nj (1 - h_nj))^2}.
 *
 * <p>They work with in-place ND4J operations on arrays allocated once per layer and batch size (as
 * the engine's own buffers are): a fresh array per step would leave native memory waiting for a
 * garbage collection, about a gigabyte for an epoch of MNIST. The forward pass keeps what the
 * backward pass on the same batch reuses. Not thread-safe, as the engine.
 */
final class SigmoidPenalties {
    private final KlSparsity klSparsity;
    private final ContractivePenalty contractive;
    private final int units;
    private final INDArray unitMeans;
    private final INDArray perUnit;
    private final INDArray columnSquares;
    private final INDArray slopeSquareSums;
    private final INDArray weightScratch;
    /** {@code (h (1 - h))^2} of the last forward pass, and room for one more {@code [B, units]} term. */
    private INDArray slopeSquares;
    private INDArray scratch;

    private SigmoidPenalties(LayerSpec layer, DataType type) {
        this.klSparsity = layer.klSparsity();
        this.contractive = layer.contractive();
        this.units = layer.outputs();
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            unitMeans = Nd4j.create(type, units);
            perUnit = Nd4j.create(type, 1, units);
            columnSquares = Nd4j.create(type, units);
            slopeSquareSums = Nd4j.create(type, units);
            weightScratch = contractive.active() ? Nd4j.create(type, new long[] {layer.inputs(), units}, 'f') : null;
        }
    }

    /** Returns the layer's KL sparsity and contractive penalties in the engine's number type, or null if it has neither. */
    static SigmoidPenalties of(LayerSpec layer, DataType type) {
        return layer.klSparsity().active() || layer.contractive().active() ? new SigmoidPenalties(layer, type) : null;
    }

    /**
     * Returns what the penalties add to the batch's mean loss, for the layer's outputs {@code h}
     * {@code [B, units]} and weights, keeping {@code (h (1 - h))^2}, its column sums and
     * {@code S_j = sum_i W_ij^2} for the backward pass on the same batch.
     */
    double forward(INDArray h, INDArray weights) {
        ensureRows(h.rows());
        double loss = 0;
        if (klSparsity.active()) {
            loss += klSparsity.lossAtMeans(h.mean(unitMeans, 0).toDoubleVector());
        }
        if (contractive.active()) {
            slopeSquares.assign(h).rsubi(1.0).muli(h);
            slopeSquares.muli(slopeSquares).sum(slopeSquareSums, 0);
            weightScratch.assign(weights).muli(weights).sum(columnSquares, 0);
            double sum = 0;
            double[] slopes = slopeSquareSums.toDoubleVector();
            double[] squares = columnSquares.toDoubleVector();
            for (int j = 0; j < units; j++) {
                sum += slopes[j] * squares[j];
            }
            loss += contractive.lambda() / h.rows() * sum;
        }
        return loss;
    }

    /**
     * Adds the penalties' gradient with respect to the pre-activations to {@code delta} {@code [B, units]},
     * which holds the rest of that gradient: {@code h (1 - h)} times
     * {@code beta / B * (-rho / rho_hat_j + (1 - rho) / (1 - rho_hat_j))} (KL sparsity), plus
     * {@code 2 lambda / B * (h (1 - h))^2 (1 - 2 h) S_j} (contractive).
     */
    void addPreActivationGradient(INDArray delta, INDArray h) {
        long rows = h.rows();
        if (klSparsity.active()) {
            double[] gradients = klSparsity.gradientsAtMeans(h.mean(unitMeans, 0).toDoubleVector());
            for (int j = 0; j < units; j++) {
                perUnit.putScalar(0, j, gradients[j] / rows);
            }
            delta.addi(scratch.assign(h).rsubi(1.0).muli(h).muliRowVector(perUnit));
        }
        if (contractive.active()) {
            delta.addi(scratch.assign(h).muli(-2.0).addi(1.0).muli(slopeSquares).muliRowVector(columnSquares)
                    .muli(2 * contractive.lambda() / rows));
        }
    }

    /** Adds the contractive penalty's direct term {@code k_j W_ij} to the weight gradient, if there is one. */
    void addWeightGradient(INDArray weightGradient, INDArray weights, long rows) {
        if (contractive.active()) {
            weightGradient.addi(weightScratch.assign(weights).muliRowVector(weightFactors(rows)));
        }
    }

    /**
     * Takes plain SGD's share of the direct term, {@code W *= 1 - lr k_j}, before the weight-gradient
     * product adds {@code -lr below^T delta} to the same old weights.
     */
    void shrinkWeights(INDArray weights, long rows, double learningRate) {
        if (contractive.active()) {
            weights.muliRowVector(weightFactors(rows).muli(-learningRate).addi(1.0));
        }
    }

    /** Returns {@code k_j} of the last forward pass, in the {@code perUnit} buffer. */
    private INDArray weightFactors(long rows) {
        return perUnit.assign(slopeSquareSums.reshape(1, units)).muli(2 * contractive.lambda() / rows);
    }

    private void ensureRows(long rows) {
        if (scratch == null || scratch.rows() != rows) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                scratch = Nd4j.create(perUnit.dataType(), new long[] {rows, units}, 'c');
                slopeSquares = contractive.active() ? Nd4j.create(perUnit.dataType(), new long[] {rows, units}, 'c') : null;
            }
        }
    }
}
