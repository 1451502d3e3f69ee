package org.lectern.data;

/**
 * A training split divided in two for model selection: a validation part of a fixed number of
 * images drawn at random with a seed, and the training part of all the others. The two parts
 * never share an image and are the same for the same seed, in every run.
 *
 * <pre>{@code
 * HoldOut parts = Mnist.train().holdOut(10_000, 7);
 * Trainer.on(mlp).data(parts.train()).evaluateOn(parts.validation()).fit();
 * }</pre>
 *
 * @param train      the images left for training, shuffled per epoch as the original split was
 * @param validation the held-out images, in file order
 */
public record HoldOut(DataSplit train, DataSplit validation) {
}
