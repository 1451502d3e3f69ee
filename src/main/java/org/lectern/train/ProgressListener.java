package org.lectern.train;

import org.lectern.display.Progress;
import org.lectern.display.ProgressBar;

/**
 * Shows training as one live progress bar over all batches of all epochs, with the epoch, the
 * epoch's running loss and the latest test accuracy as metrics: an updating display in a
 * notebook, a console line elsewhere.
 */
final class ProgressListener implements TrainingListener {
    private ProgressBar bar;
    private boolean stepPerEpoch;

    @Override
    public void trainingStarted(TrainingRun run) {
        stepPerEpoch = run.batchesPerEpoch() == 0;
        long total = stepPerEpoch ? run.epochs() : (long) run.epochs() * run.batchesPerEpoch();
        bar = Progress.bar("Training " + run.stage(), total);
    }

    @Override
    public void batchDone(BatchResult batch) {
        bar.metric("epoch", batch.epoch()).metric("loss", batch.epochLoss());
        if (!stepPerEpoch) {
            bar.step();
        }
    }

    @Override
    public void epochDone(EpochRecord epoch) {
        if (!Double.isNaN(epoch.testAccuracy())) {
            bar.metric("test accuracy %", epoch.testAccuracy());
        }
        if (stepPerEpoch) {
            bar.step();
        }
    }

    @Override
    public void trainingEnded(TrainingHistory history) {
        if (bar != null) {
            bar.done();
        }
    }
}
