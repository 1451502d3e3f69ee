package org.lectern.data;

import java.util.List;

/**
 * The MNIST handwritten digits: 60000 training and 10000 test images of 28x28, classes "0" to "9".
 *
 * <pre>{@code
 * DataSetIterator train = Mnist.train().batchSize(128).iterator();
 * DataSetIterator test = Mnist.test().iterator();
 * }</pre>
 */
public final class Mnist {
    private Mnist() {
    }

    /** Returns the training split: shuffled with seed {@value DataSplit#DEFAULT_SEED}, batches of {@value DataSplit#DEFAULT_BATCH_SIZE}. */
    public static DataSplit train() {
        return ImageDataset.MNIST.split(Split.TRAIN);
    }

    /** Returns the test split: file order, batches of {@value DataSplit#DEFAULT_BATCH_SIZE}. */
    public static DataSplit test() {
        return ImageDataset.MNIST.split(Split.TEST);
    }

    /** Returns the class names "0" to "9". */
    public static List<String> classNames() {
        return ImageDataset.MNIST.classNames();
    }
}
