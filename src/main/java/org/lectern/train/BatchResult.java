package org.lectern.train;

/**
 * One training step, as the trainer's listeners hear of it.
 *
 * @param epoch     the epoch number, from 1
 * @param batch     the batch number within the epoch, from 1
 * @param loss      the batch's loss before the step
 * @param epochLoss the mean loss of the epoch's batches so far
 */
public record BatchResult(int epoch, int batch, double loss, double epochLoss) {
}
