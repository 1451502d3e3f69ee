package org.lectern.nn;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What computes a dense network: forward pass, loss, gradient and one updater step. The models in
 * this package and the trainer talk only to this interface, so the engine under them (DL4J's
 * {@code MultiLayerNetwork} today, see {@link Dl4jEngine}) can be replaced without touching
 * notebooks or the trainer.
 *
 * <p>Contract: inputs are matrices {@code [examples, units]} in any float type (an engine casts
 * them to its own); the loss is the mean over the batch's examples (for MSE also over the output
 * units, as PyTorch's {@code MSELoss}); parameters are one flat vector in the network's number
 * type, layer by layer, each layer's weights {@code [inputs, outputs]} column by column (Fortran
 * order, DL4J's layout) followed by its biases.
 */
public interface Engine {
    /** Takes one updater step on the batch and returns the batch's loss before the step. */
    double fit(INDArray features, INDArray targets);

    /** Returns the activations of layer {@code layer} (0 is the first layer) for the features, without training. */
    INDArray activations(INDArray features, int layer);

    /** Returns the network's output for the features, without training. */
    INDArray output(INDArray features);

    /** Returns the mean loss over the batch, without training. */
    double loss(INDArray features, INDArray targets);

    /** Returns the gradient of the mean loss with respect to every parameter, as a new flat vector. */
    INDArray gradient(INDArray features, INDArray targets);

    /** Returns a copy of the flat parameter vector. */
    INDArray params();

    /** Replaces every parameter with the values of a flat vector of the right length. */
    void setParams(INDArray params);

    /** Tells the engine that an epoch is over (DL4J counts epochs for learning-rate schedules). */
    void epochDone();

    /** Returns a DL4J network with the same layers, a copy of the parameters and of the updater state. */
    MultiLayerNetwork toMultiLayerNetwork();
}
