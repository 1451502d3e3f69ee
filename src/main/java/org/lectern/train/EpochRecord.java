package org.lectern.train;

import java.util.Objects;

/**
 * What one epoch of training gave. Values that were not measured are {@code NaN}: test values
 * without evaluation data, accuracies for networks that are not classifiers.
 *
 * @param stage             the name of the training stage, e.g. {@code autoencoder}
 * @param epoch             the epoch number, from 1 (continuing across joined stages)
 * @param loss              the mean of the epoch's batch losses, as the lecture prints it
 *                          (running loss divided by the number of batches)
 * @param testLoss          the mean loss per example on the evaluation data after the epoch
 * @param trainAccuracy     the percentage of training examples classified correctly after the epoch
 * @param testAccuracy      the percentage of evaluation examples classified correctly after the epoch
 * @param seconds           the wall time of the epoch's training steps
 * @param evaluationSeconds the wall time of the evaluations after the epoch
 */
public record EpochRecord(String stage, int epoch, double loss, double testLoss, double trainAccuracy,
                          double testAccuracy, double seconds, double evaluationSeconds) {

    /** Checks the stage name and the epoch number. */
    public EpochRecord {
        Objects.requireNonNull(stage, "stage");
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs are numbered from 1; got " + epoch);
        }
    }

    /** Returns the same record with another stage name and epoch number. */
    public EpochRecord renumbered(String newStage, int newEpoch) {
        return new EpochRecord(newStage, newEpoch, loss, testLoss, trainAccuracy, testAccuracy, seconds,
                evaluationSeconds);
    }
}
