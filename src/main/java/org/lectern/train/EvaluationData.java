package org.lectern.train;

import java.util.Objects;
import java.util.function.Supplier;
import org.lectern.data.DataSplit;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** Data a {@link Trainer} evaluates on after every epoch: a split, or a caller's resettable iterator. */
final class EvaluationData {
    private final Supplier<DataSetIterator> passes;

    private EvaluationData(Supplier<DataSetIterator> passes) {
        this.passes = passes;
    }

    static EvaluationData of(DataSplit split) {
        DataSplit ordered = Objects.requireNonNull(split, "split").noShuffle().batchSize(TrainingData.EVALUATION_BATCH);
        return new EvaluationData(ordered::reusingIterator);
    }

    static EvaluationData of(DataSetIterator iterator) {
        Objects.requireNonNull(iterator, "iterator");
        if (!iterator.resetSupported()) {
            throw new IllegalArgumentException("evaluation data is read after every epoch, so its iterator must "
                    + "support reset(); " + iterator.getClass().getSimpleName() + " does not");
        }
        boolean[] used = {false};
        return new EvaluationData(() -> {
            if (used[0]) {
                iterator.reset();
            }
            used[0] = true;
            return iterator;
        });
    }

    /** Returns an iterator at the start of a full pass. */
    DataSetIterator pass() {
        return passes.get();
    }
}
