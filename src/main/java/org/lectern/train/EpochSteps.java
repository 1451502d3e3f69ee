package org.lectern.train;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The training part of an epoch that {@link Trainer} and {@link ReconstructionTrainer} share: one
 * updater step per batch, each batch's loss told to the listeners, the epoch's loss the mean of
 * its batch losses, and a {@link TrainingDivergedException} as soon as a loss, or after the epoch
 * the parameters, stop being finite. What each trainer measures after the epoch stays with it.
 */
final class EpochSteps {
    private EpochSteps() {
    }

    /**
     * What the steps need of the model being trained (the dense {@code Network} and the
     * {@code ReconstructionModel}s have no common type).
     *
     * @param step      takes one updater step on a batch and returns its mean loss before the step
     * @param updater   the updater settings, named in a divergence message
     * @param params    the parameters, checked to be finite after the epoch
     * @param epochDone tells the model the epoch is over
     */
    record Trainee(ToDoubleFunction<DataSet> step, Supplier<IUpdater> updater, Supplier<INDArray> params,
                   Runnable epochDone) {
    }

    /**
     * What the steps of one epoch gave.
     *
     * @param loss    the mean of the batch losses
     * @param seconds how long the steps took, evaluation not included
     */
    record Result(double loss, double seconds) {
    }

    /**
     * Runs the steps of epoch {@code epoch} (from 1) over the iterator.
     *
     * @param batches the batches per epoch for messages, or 0 if unknown
     * @param history the epochs before, carried by a divergence exception
     * @throws TrainingDivergedException if a batch loss or the parameters stop being finite
     * @throws IllegalStateException     if the iterator has no batches
     */
    static Result run(Trainee model, DataSetIterator iterator, int epoch, int batches, TrainingHistory history,
                      List<TrainingListener> listeners) {
        long start = System.nanoTime();
        double lossSum = 0;
        int batch = 0;
        while (iterator.hasNext()) {
            double loss = model.step().applyAsDouble(iterator.next());
            batch++;
            if (!Double.isFinite(loss)) {
                throw TrainingDivergedException.atBatch(epoch, batch, batches, loss, model.updater().get(), history);
            }
            lossSum += loss;
            BatchResult result = new BatchResult(epoch, batch, loss, lossSum / batch);
            listeners.forEach(l -> l.batchDone(result));
        }
        if (batch == 0) {
            throw new IllegalStateException("the training data had no batches in epoch " + epoch
                    + ": pass a fresh iterator or a DataSplit to data(...)");
        }
        model.epochDone().run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double loss = lossSum / batch;
        if (!BooleanIndexing.and(model.params().get(), Conditions.isFinite())) {
            throw TrainingDivergedException.afterEpoch(epoch, loss, model.updater().get(), history);
        }
        return new Result(loss, seconds);
    }
}
