package org.lectern.nn;

import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * A model that learns to give back its input images, beyond the dense {@link Network}s: the
 * variational ({@link Vae}) and the convolutional ({@link ConvAutoencoder}) autoencoder. It is
 * what {@code org.lectern.train.ReconstructionTrainer} trains, and what a notebook shows beside
 * the dense autoencoder: {@link #reconstruct} gives {@code [examples, inputs]} like
 * {@link Autoencoder#reconstruct}, and {@link #reconstructionError} is measured the same way.
 *
 * <p>Features are matrices {@code [examples, inputs]} (one flattened image per row, pixels in
 * [0, 1]); a single image may be given as a vector.
 */
public interface ReconstructionModel {
    /** Returns what kind of model this is, e.g. {@code Vae}. */
    String kind();

    /** Returns the layer sizes in one line, e.g. {@code 784-512-256-[2]-256-512-784}. */
    String sizes();

    /** Returns the number of input values per example (784 for a 28x28 image). */
    int inputs();

    /** Takes one updater step on a batch of features and returns the batch's mean loss before the step. */
    double fitBatch(INDArray features);

    /** Returns the mean loss per example over the features, without training (the loss {@link #fitBatch} minimises). */
    double loss(INDArray features);

    /** Returns the reconstructions of the features, {@code [examples, inputs]}. */
    INDArray reconstruct(INDArray features);

    /**
     * Returns the mean squared error between the reconstructions and the features, over every
     * example and every pixel, as {@link Autoencoder#reconstructionError(INDArray)} measures it.
     */
    double reconstructionError(INDArray features);

    /** Returns a copy of all parameters as one flat vector. */
    INDArray params();

    /** Returns a copy of the updater settings, e.g. {@code Adam} with its learning rate. */
    IUpdater updater();

    /** Tells the model that an epoch of training is over; the trainer calls it. */
    void epochDone();

    /** Saves the model atomically: a reader never sees a half-written file. */
    void save(Path file);
}
