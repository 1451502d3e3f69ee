package org.lectern.train;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small made-up labelled data that needs no data files: {@code classes} noisy prototypes in
 * [0, 1]^features, served in batches shuffled per epoch by (seed, epoch) like ImageBatchIterator.
 */
final class ShuffledBatches implements DataSetIterator {
    private final INDArray features;
    private final INDArray labels;
    private final int batchSize;
    private final SplittableRandom epochSeeds;
    private int[] order;
    private int cursor;
    private int epochs;

    ShuffledBatches(int examples, int featureCount, int classes, int batchSize, long dataSeed, long shuffleSeed) {
        SplittableRandom random = new SplittableRandom(dataSeed);
        double[][] prototypes = new double[classes][featureCount];
        for (double[] prototype : prototypes) {
            for (int j = 0; j < featureCount; j++) {
                prototype[j] = random.nextDouble();
            }
        }
        float[][] x = new float[examples][featureCount];
        float[][] y = new float[examples][classes];
        for (int i = 0; i < examples; i++) {
            int c = i % classes;
            for (int j = 0; j < featureCount; j++) {
                x[i][j] = (float) Math.min(1, Math.max(0, prototypes[c][j] + 0.15 * random.nextGaussian()));
            }
            y[i][c] = 1;
        }
        this.features = Nd4j.create(x);
        this.labels = Nd4j.create(y);
        this.batchSize = batchSize;
        this.epochSeeds = new SplittableRandom(shuffleSeed);
        startEpoch();
    }

    /** Returns the same data as a fresh iterator at epoch 0 in the same shuffle sequence. */
    static ShuffledBatches standard() {
        return new ShuffledBatches(240, 8, 3, 40, 1, 2);
    }

    /** Returns all features, in creation order. */
    INDArray features() {
        return features;
    }

    /** Returns all one-hot labels, in creation order. */
    INDArray labels() {
        return labels;
    }

    @Override
    public boolean hasNext() {
        return cursor < features.rows();
    }

    @Override
    public DataSet next() {
        return next(batchSize);
    }

    @Override
    public DataSet next(int num) {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch over; call reset()");
        }
        int count = Math.min(num, features.rows() - cursor);
        int[] rows = IntStream.range(cursor, cursor + count).map(i -> order[i]).toArray();
        cursor += count;
        return new DataSet(Nd4j.pullRows(features, 1, rows), Nd4j.pullRows(labels, 1, rows));
    }

    @Override
    public void reset() {
        epochs++;
        startEpoch();
    }

    private void startEpoch() {
        SplittableRandom random = epochSeeds.split();
        order = IntStream.range(0, features.rows()).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        cursor = 0;
    }

    /** Returns how often reset() was called. */
    int resets() {
        return epochs;
    }

    @Override
    public int inputColumns() {
        return features.columns();
    }

    @Override
    public int totalOutcomes() {
        return labels.columns();
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("not needed in these tests");
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public List<String> getLabels() {
        return IntStream.range(0, labels.columns()).mapToObj(String::valueOf).toList();
    }

    @Override
    public String toString() {
        return "made-up data: " + features.rows() + " examples, batches of " + batchSize;
    }

}
