package org.lectern.train;

import org.lectern.nn.Network;

/**
 * What a {@link Trainer} is about to do, as its listeners are told at the start.
 *
 * @param model           the network being trained
 * @param stage           the stage name written into the history
 * @param data            a description of the training data
 * @param firstEpoch      the number of the first epoch to run (more than 1 when resuming)
 * @param lastEpoch       the number of the last epoch to run
 * @param batchesPerEpoch the number of batches per epoch, or 0 where the data does not say
 */
public record TrainingRun(Network model, String stage, String data, int firstEpoch, int lastEpoch,
                          int batchesPerEpoch) {

    /** Returns the number of epochs to run. */
    public int epochs() {
        return lastEpoch - firstEpoch + 1;
    }
}
