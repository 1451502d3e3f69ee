package org.lectern.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A DL4J {@link DataSetIterator} over {@link LabeledImages}: mini-batches of features
 * {@code [batch, rows*columns]} and one-hot labels {@code [batch, classes]}, the last batch
 * holding whatever is left. Every batch is a copy, so changing it never touches the dataset; images
 * read from a file are turned from bytes into floats batch by batch.
 *
 * <p>Memory: by default every batch is a new pair of arrays. {@link #reusing} gives an iterator
 * that writes each batch into the same arrays instead, for loops that are done with a batch
 * before asking for the next, such as training and evaluation passes. ND4J frees an array's native
 * memory only when the JVM collects the array, and batches are small objects on the Java heap, so
 * with new arrays every epoch leaves another copy of the data in native memory until a collection
 * happens to run (about 190 MiB per MNIST epoch).
 *
 * <p>Shuffling: without a seed, batches follow file order. With a seed, each epoch visits the
 * images in its own random order, and that order depends only on the seed and the epoch number
 * (0 for a new iterator, one more after each {@link #reset()}): two iterators with the same seed
 * give the same batches epoch after epoch, while successive epochs of one iterator differ.
 *
 * <p>Written here because DL4J's list-based iterators hold one {@code DataSet} per example
 * (60000 small arrays) and do not reshuffle per epoch from a seed.
 */
public final class ImageBatchIterator implements DataSetIterator {
    private final transient LabeledImages images;
    private final int batchSize;
    private final transient SplittableRandom epochSeeds;
    private final boolean reuse;
    private final transient BatchArrays full = new BatchArrays();
    private final transient BatchArrays last = new BatchArrays();
    private int[] order;
    private int cursor;
    private int epoch;
    private DataSetPreProcessor preProcessor;

    /**
     * Creates an iterator at the start of epoch 0.
     *
     * @param images    what to iterate over
     * @param batchSize the number of images per batch, at least 1
     * @param seed      the shuffle seed, or empty for file order
     */
    public ImageBatchIterator(LabeledImages images, int batchSize, OptionalLong seed) {
        this(images, batchSize, seed, false);
    }

    private ImageBatchIterator(LabeledImages images, int batchSize, OptionalLong seed, boolean reuse) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.images = images;
        this.batchSize = batchSize;
        this.epochSeeds = seed.isPresent() ? new SplittableRandom(seed.getAsLong()) : null;
        this.reuse = reuse;
        startEpoch();
    }

    /**
     * Creates an iterator like the constructor's whose batches share their arrays: each batch is
     * overwritten by the next call of {@link #next()}, so a caller must not keep one.
     */
    public static ImageBatchIterator reusing(LabeledImages images, int batchSize, OptionalLong seed) {
        return new ImageBatchIterator(images, batchSize, seed, true);
    }

    /** Returns true if every batch is written into the same arrays (see {@link #reusing}). */
    public boolean reusesArrays() {
        return reuse;
    }

    /** Returns the number of the current epoch: 0 when created, one more after each {@link #reset()}. */
    public int epoch() {
        return epoch;
    }

    /** Returns the number of images per epoch. */
    public int size() {
        return images.size();
    }

    /** Returns true while the current epoch has images left. */
    @Override
    public boolean hasNext() {
        return cursor < images.size();
    }

    /** Returns the next batch of {@link #batch()} images, or fewer at the end of the epoch. */
    @Override
    public DataSet next() {
        return next(batchSize);
    }

    /**
     * Returns the next batch of {@code num} images, or fewer at the end of the epoch.
     *
     * @throws NoSuchElementException if the epoch is over; {@link #reset()} starts the next one
     */
    @Override
    public DataSet next(int num) {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch " + epoch + " of " + images.name()
                    + " has no more batches; call reset() to start the next epoch");
        }
        if (num < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + num);
        }
        int count = Math.min(num, images.size() - cursor);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = order == null ? cursor + i : order[cursor + i];
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = images.label(rows[i]);
        }
        INDArray features;
        INDArray oneHot;
        if (reuse) {
            BatchArrays arrays = count == batchSize ? full : last;
            features = arrays.features(count, inputColumns(), images.dataType());
            oneHot = arrays.labels(count, images.numClasses());
            images.copyRowsInto(order == null ? null : rows, cursor, features);
            LabeledImages.oneHotInto(labels, oneHot);
        } else {
            features = Nd4j.createUninitialized(images.dataType(), count, inputColumns());
            images.copyRowsInto(order == null ? null : rows, cursor, features);
            oneHot = LabeledImages.oneHot(labels, images.numClasses());
        }
        cursor += count;
        DataSet batch = new DataSet(features, oneHot);
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    /** Starts the next epoch: back to the first batch, in a new order if shuffling. */
    @Override
    public void reset() {
        epoch++;
        startEpoch();
    }

    @Override
    public int inputColumns() {
        return images.rows() * images.columns();
    }

    @Override
    public int totalOutcomes() {
        return images.numClasses();
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return true;
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    /** Returns the class names, indexed like the one-hot label columns. */
    @Override
    public List<String> getLabels() {
        return images.classNames();
    }

    /**
     * Copies the given rows of a row-major float matrix into a new matrix, one bulk copy per row.
     * Written here because {@code Nd4j.pullRows} measured 2-12 ms per batch of 1000 MNIST rows (up to
     * 0.7 s per epoch) against about 0.5 ms for these copies; other layouts still use it.
     */
    static INDArray gather(INDArray source, int[] rows) {
        if (!bulkCopyable(source)) {
            return Nd4j.pullRows(source, 1, rows);
        }
        INDArray target = Nd4j.createUninitialized(DataType.FLOAT, rows.length, source.columns());
        copyRows(source, rows, 0, target);
        return target;
    }

    /**
     * Copies rows of the source into the target's rows: the given rows, or with {@code rows} null the
     * target's number of rows starting at {@code first}.
     */
    static void copyRows(INDArray source, int[] rows, int first, INDArray target) {
        int count = (int) target.rows();
        if (!bulkCopyable(source)) {
            target.assign(rows == null
                    ? source.get(NDArrayIndex.interval(first, first + count), NDArrayIndex.all())
                    : Nd4j.pullRows(source, 1, rows));
            return;
        }
        int width = (int) source.columns();
        FloatBuffer from = source.data().asNioFloat();
        FloatBuffer to = target.data().asNioFloat();
        if (rows == null) {
            to.put(0, from, first * width, count * width);
            return;
        }
        for (int i = 0; i < count; i++) {
            to.put(i * width, from, rows[i] * width, width);
        }
    }

    static boolean bulkCopyable(INDArray source) {
        return source.dataType() == DataType.FLOAT && source.ordering() == 'c' && source.offset() == 0
                && source.isMatrix() && source.elementWiseStride() == 1;
    }

    /** The arrays a reusing iterator writes batches of one size into, created on first use. */
    private static final class BatchArrays {
        private INDArray features;
        private INDArray labels;

        INDArray features(int count, int width, DataType type) {
            if (features == null || features.rows() != count) {
                features = Nd4j.createUninitialized(type, count, width);
            }
            return features;
        }

        INDArray labels(int count, int classes) {
            if (labels == null || labels.rows() != count) {
                labels = Nd4j.create(DataType.FLOAT, count, classes);
            }
            return labels;
        }
    }

    private void startEpoch() {
        cursor = 0;
        if (epochSeeds == null) {
            return;
        }
        // One independent generator per epoch, split off in epoch order: epoch k's order is a function of (seed, k).
        SplittableRandom random = epochSeeds.split();
        order = new int[images.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Returns e.g. {@code MNIST train, batches of 100, epoch 0}. */
    @Override
    public String toString() {
        return images.name() + ", batches of " + batchSize + ", " + (epochSeeds == null ? "file order" : "shuffled")
                + ", epoch " + epoch;
    }
}
