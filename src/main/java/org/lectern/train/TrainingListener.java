package org.lectern.train;

/**
 * Hears what a {@link Trainer} does. Every method has an empty default, so a listener overrides
 * only what it needs. {@link #trainingEnded} is called even when training stops with an exception.
 *
 * <pre>{@code
 * Trainer.on(ae).epochs(10).data(train)
 *        .listener(new TrainingListener() {
 *            public void epochDone(EpochRecord epoch) { losses.add(epoch.loss()); }
 *        })
 *        .fit();
 * }</pre>
 */
public interface TrainingListener {
    /** Called once before the first batch. */
    default void trainingStarted(TrainingRun run) {
    }

    /** Called after every training step. */
    default void batchDone(BatchResult batch) {
    }

    /** Called after every epoch, once it is evaluated and (if asked) checkpointed. */
    default void epochDone(EpochRecord epoch) {
    }

    /** Called once at the end, also after a failure, with every epoch recorded so far. */
    default void trainingEnded(TrainingHistory history) {
    }
}
