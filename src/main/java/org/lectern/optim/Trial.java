package org.lectern.optim;

import java.nio.file.Path;
import java.util.Optional;
import org.lectern.train.TrainingHistory;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * One optimizer's training run in {@link OptimizerTrials}: its history (training and validation
 * loss per epoch), the epoch whose validation loss was lowest, and the test numbers of the network
 * reloaded from that epoch's checkpoint.
 *
 * @param name                    the trial's name, e.g. {@code "Adam, lr 0.001"}
 * @param updater                 the updater it trained with
 * @param history                 every epoch trained (up to the divergence, if it diverged)
 * @param divergence              why training stopped early, or empty if it ran every epoch
 * @param checkpoint              the best-validation checkpoint file (absent if no epoch finished)
 * @param bestEpoch               the epoch of the lowest validation loss, 0 if none
 * @param bestValidationLoss      that lowest validation loss as recorded during training, NaN if none
 * @param reloadedValidationLoss  the validation loss of the network reloaded from the checkpoint
 * @param testLoss                the test loss of the reloaded network
 * @param testAccuracy            the test accuracy (%) of the reloaded network
 */
public record Trial(String name, IUpdater updater, TrainingHistory history, Optional<String> divergence, Path checkpoint,
                    int bestEpoch, double bestValidationLoss, double reloadedValidationLoss, double testLoss,
                    double testAccuracy) {
    /** Returns true if training stopped on a NaN or infinite loss. */
    public boolean diverged() {
        return divergence.isPresent();
    }

    /** Returns the updater's learning rate. */
    public double learningRate() {
        return UpdaterSettings.learningRate(updater);
    }
}
