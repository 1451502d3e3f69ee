package org.lectern.train;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.lectern.data.DataSplit;
import org.lectern.data.ImageBatchIterator;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * The training data of a {@link Trainer}: a {@link DataSplit} or a caller's iterator, positioned
 * at the start of any epoch. An iterator's epoch k begins after k calls of {@code reset()}, which
 * for a seeded {@link ImageBatchIterator} means epoch k's own shuffle, so a resumed run sees
 * exactly the batches an uninterrupted one would.
 */
final class TrainingData {
    /** The batch size used to evaluate a split: large, for speed; results do not depend on it. */
    static final int EVALUATION_BATCH = 1000;

    private final Supplier<DataSetIterator> fresh;
    private final DataSplit split;
    private final String description;
    private DataSetIterator iterator;
    private int epoch;

    private TrainingData(Supplier<DataSetIterator> fresh, DataSetIterator iterator, DataSplit split,
                         String description) {
        this.fresh = fresh;
        this.iterator = iterator;
        this.split = split;
        this.description = description;
    }

    static TrainingData of(DataSplit split) {
        Objects.requireNonNull(split, "split");
        return new TrainingData(split::reusingIterator, null, split, split.toString());
    }

    static TrainingData of(DataSetIterator iterator) {
        Objects.requireNonNull(iterator, "iterator");
        return new TrainingData(null, iterator, null, iterator.toString());
    }

    /**
     * Returns the iterator at the start of epoch {@code index} (0 for the first epoch): a split's
     * iterator is created fresh when needed; a caller's iterator is reset once per epoch passed.
     */
    DataSetIterator atEpoch(int index) {
        if (iterator == null || index < epoch) {
            if (fresh == null) {
                throw new IllegalStateException("the training iterator is at epoch " + (epoch + 1)
                        + " and cannot go back to epoch " + (index + 1) + "; pass a fresh iterator to data(...)");
            }
            iterator = fresh.get();
            epoch = 0;
        }
        while (epoch < index) {
            iterator.reset();
            epoch++;
        }
        return iterator;
    }

    /** Returns the number of batches per epoch, or 0 if the iterator does not say. */
    int batchesPerEpoch() {
        if (split != null) {
            return ceilDiv(split.size(), split.batchSize());
        }
        if (iterator instanceof ImageBatchIterator images) {
            return ceilDiv(images.size(), images.batch());
        }
        return 0;
    }

    /** Returns true if the training examples can be read again for measuring accuracy: the data is a split. */
    boolean rereadable() {
        return split != null;
    }

    /** Returns the training examples in file order for measuring accuracy, if the data is a split. */
    Optional<DataSetIterator> forEvaluation() {
        return split == null ? Optional.empty()
                : Optional.of(split.noShuffle().batchSize(EVALUATION_BATCH).reusingIterator());
    }

    /** Returns a description such as {@code MNIST train, batches of 1000, shuffled with seed 42, full mode}. */
    String description() {
        return description;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
