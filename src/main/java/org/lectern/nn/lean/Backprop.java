package org.lectern.nn.lean;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The forward and backward passes of a dense network over preallocated buffers: one
 * matrix product ({@link Gemm}) per layer forward and two backward (none for the gradient with respect to the
 * input, which nothing needs), the elementwise work in fused kernels. With plain SGD the weight
 * update is folded into the weight-gradient product ({@code W += -lr * A^T delta}), so the
 * gradient is never written out.
 */
final class Backprop {
    private final List<LeanLayer> layers;
    private final Kernels kernels;
    private final Gemm gemm;
    private final boolean logLikelihood;

    Backprop(List<LeanLayer> layers, Kernels kernels, Gemm gemm, boolean logLikelihood) {
        this.layers = layers;
        this.kernels = kernels;
        this.gemm = gemm;
        this.logLikelihood = logLikelihood;
    }

    /**
     * Computes the activations of layers 0 to {@code lastLayer} for {@code input} into the buffers.
     *
     * @return the activity penalties' loss term of those layers
     */
    double forward(INDArray input, BatchBuffers buffers, int lastLayer) {
        int rows = buffers.rows;
        double penalty = 0;
        INDArray previous = input;
        for (int i = 0; i <= lastLayer; i++) {
            LeanLayer layer = layers.get(i);
            INDArray z = buffers.activations[i];
            gemm.multiply(previous, layer.weights, z, false, false, 1.0, 0.0);
            Block block = buffers.activationBlocks[i];
            if (layer.act == Act.SOFTMAX) {
                kernels.biasSoftmax(block, rows, layer.outputs, layer.bias);
            } else {
                boolean penalised = layer.penalty.active();
                double sumAbs = kernels.biasActivation(block, rows, layer.outputs, layer.bias, layer.act, penalised);
                if (penalised) {
                    penalty += layer.penalty.loss(sumAbs, rows);
                }
                if (layer.sigmoidPenalties != null) {
                    penalty += layer.sigmoidPenalties.forward(z, layer.weights);
                }
            }
            previous = z;
        }
        return penalty;
    }

    /** Returns the mean output loss of the activations in the buffers against {@code target}, without gradient. */
    double outputLoss(BatchBuffers buffers, Block target) {
        LeanLayer last = layers.get(layers.size() - 1);
        int n = buffers.rows * last.outputs;
        Block output = buffers.activationBlocks[layers.size() - 1];
        return logLikelihood
                ? kernels.logLikelihood(output, target, n) / buffers.rows
                : kernels.squaredError(output, target, n) / n;
    }

    /**
     * Writes the gradient of the mean output loss with respect to the output layer's
     * pre-activations into the last delta buffer.
     *
     * @return the mean output loss
     */
    double outputGradient(BatchBuffers buffers, Block target) {
        int top = layers.size() - 1;
        LeanLayer last = layers.get(top);
        int n = buffers.rows * last.outputs;
        Block output = buffers.activationBlocks[top];
        Block delta = buffers.deltaBlocks[top];
        if (logLikelihood) {
            return kernels.logLikelihoodGradient(output, target, delta, n, 1.0 / buffers.rows) / buffers.rows;
        }
        return kernels.squaredErrorGradient(output, target, delta, n, last.act, 2.0 / n) / n;
    }

    /**
     * Propagates the output delta back through every layer. With {@code learningRate} NaN it writes
     * each layer's weight and bias gradients into the flat gradient vector; otherwise it applies
     * plain SGD with that rate to the parameters as it goes, each layer's weights changed only after
     * the delta below them was computed with the old ones.
     */
    void backward(INDArray input, BatchBuffers buffers, double learningRate) {
        int rows = buffers.rows;
        boolean fold = !Double.isNaN(learningRate);
        for (int i = layers.size() - 1; i >= 0; i--) {
            LeanLayer layer = layers.get(i);
            INDArray delta = buffers.deltas[i];
            if (i > 0) {
                gemm.multiply(delta, layer.weights, buffers.deltas[i - 1], false, true, 1.0, 0.0);
            }
            INDArray below = i > 0 ? buffers.activations[i - 1] : input;
            SigmoidPenalties penalties = layer.sigmoidPenalties;
            if (fold) {
                if (penalties != null) {
                    penalties.shrinkWeights(layer.weights, rows, learningRate);
                }
                gemm.multiply(below, delta, layer.weights, true, false, -learningRate, 1.0);
                kernels.columnSums(buffers.deltaBlocks[i], rows, layer.outputs, layer.bias, -learningRate, true);
            } else {
                gemm.multiply(below, delta, layer.weightGradient, true, false, 1.0, 0.0);
                if (penalties != null) {
                    penalties.addWeightGradient(layer.weightGradient, layer.weights, rows);
                }
                kernels.columnSums(buffers.deltaBlocks[i], rows, layer.outputs, layer.biasGradient, 1.0, false);
            }
            if (i > 0) {
                LeanLayer under = layers.get(i - 1);
                kernels.activationGradient(buffers.deltaBlocks[i - 1], buffers.activationBlocks[i - 1],
                        rows * under.outputs, under.act, under.l1Scale(rows));
                if (under.sigmoidPenalties != null) {
                    under.sigmoidPenalties.addPreActivationGradient(buffers.deltas[i - 1], buffers.activations[i - 1]);
                }
            }
        }
    }
}
