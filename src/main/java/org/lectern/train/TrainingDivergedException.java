package org.lectern.train;

import java.util.Locale;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Thrown when training produces a loss or parameters that are NaN or infinite: the network's
 * parameters are then unusable, so training stops instead of going on with them.
 */
public final class TrainingDivergedException extends RuntimeException {
    private final int epoch;
    private final int batch;
    private final double loss;
    private final transient TrainingHistory history;

    TrainingDivergedException(String what, int epoch, int batch, double loss, IUpdater updater,
                              TrainingHistory history) {
        super("Training stopped: " + what + ". The network's parameters are no longer usable. " + advice(updater));
        this.epoch = epoch;
        this.batch = batch;
        this.loss = loss;
        this.history = history;
    }

    /** Returns the exception for a batch whose loss is NaN or infinite. */
    static TrainingDivergedException atBatch(int epoch, int batch, int batches, double loss, IUpdater updater,
                                             TrainingHistory history) {
        String of = batches > 0 ? " of " + batches : "";
        return new TrainingDivergedException("the loss became " + loss + " at epoch " + epoch + ", batch " + batch + of,
                epoch, batch, loss, updater, history);
    }

    /** Returns the exception for parameters that became NaN or infinite during an epoch whose losses were finite. */
    static TrainingDivergedException afterEpoch(int epoch, double loss, IUpdater updater, TrainingHistory history) {
        return new TrainingDivergedException("the parameters became NaN or infinite during epoch " + epoch
                + " (its mean loss was " + loss + ")", epoch, 0, loss, updater, history);
    }

    /** Returns the epoch in which training diverged, from 1. */
    public int epoch() {
        return epoch;
    }

    /** Returns the batch whose loss was not finite, from 1, or 0 if the parameters were found broken after the epoch. */
    public int batch() {
        return batch;
    }

    /** Returns the offending loss. */
    public double loss() {
        return loss;
    }

    /** Returns the epochs completed before training diverged. */
    public TrainingHistory history() {
        return history;
    }

    private static String advice(IUpdater updater) {
        if (!updater.hasLearningRate()) {
            return "Try a lower learning rate, then build the network again and retrain.";
        }
        double rate = updater.getLearningRate(0, 0);
        return String.format(Locale.ROOT, "Try a lower learning rate than %s (e.g. %s), then build the network again "
                + "and retrain.", number(rate), number(rate / 10));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
