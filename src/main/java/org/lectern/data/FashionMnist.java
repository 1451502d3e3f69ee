package org.lectern.data;

import java.util.List;

/**
 * Zalando's Fashion-MNIST: 60000 training and 10000 test images of 28x28 clothing items in 10
 * classes, from "T-shirt/top" to "Ankle boot".
 *
 * <pre>{@code
 * DataSetIterator train = FashionMnist.train().batchSize(128).iterator();
 * String name = FashionMnist.classNames().get(9);   // "Ankle boot"
 * }</pre>
 */
public final class FashionMnist {
    private FashionMnist() {
    }

    /** Returns the training split: shuffled with seed {@value DataSplit#DEFAULT_SEED}, batches of {@value DataSplit#DEFAULT_BATCH_SIZE}. */
    public static DataSplit train() {
        return ImageDataset.FASHION_MNIST.split(Split.TRAIN);
    }

    /** Returns the test split: file order, batches of {@value DataSplit#DEFAULT_BATCH_SIZE}. */
    public static DataSplit test() {
        return ImageDataset.FASHION_MNIST.split(Split.TEST);
    }

    /** Returns the class names: T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot. */
    public static List<String> classNames() {
        return ImageDataset.FASHION_MNIST.classNames();
    }
}
