package org.lectern.data;

import java.util.List;

/**
 * The image classification datasets Lectern ships with, each a training and a test split of
 * 28x28 grey images in 10 classes. Notebooks usually start from {@link Mnist} or {@link FashionMnist}.
 */
public enum ImageDataset {
    /** Handwritten digits (LeCun et al.); class names "0" to "9". */
    MNIST("MNIST",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            DataFile.MNIST_TRAIN_IMAGES, DataFile.MNIST_TRAIN_LABELS,
            DataFile.MNIST_TEST_IMAGES, DataFile.MNIST_TEST_LABELS),
    /** Zalando's clothing images, a drop-in replacement for MNIST that is harder to classify. */
    FASHION_MNIST("Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
            DataFile.FASHION_TRAIN_IMAGES, DataFile.FASHION_TRAIN_LABELS,
            DataFile.FASHION_TEST_IMAGES, DataFile.FASHION_TEST_LABELS);

    /** Image height in pixels, the same for every dataset here. */
    public static final int ROWS = 28;
    /** Image width in pixels, the same for every dataset here. */
    public static final int COLUMNS = 28;

    private final String displayName;
    private final List<String> classNames;
    private final DataFile trainImages;
    private final DataFile trainLabels;
    private final DataFile testImages;
    private final DataFile testLabels;

    ImageDataset(String displayName, List<String> classNames, DataFile trainImages, DataFile trainLabels,
                 DataFile testImages, DataFile testLabels) {
        this.displayName = displayName;
        this.classNames = classNames;
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
    }

    /** Returns the dataset's usual name, e.g. {@code Fashion-MNIST}. */
    public String displayName() {
        return displayName;
    }

    /** Returns the name of each class, indexed by class index. */
    public List<String> classNames() {
        return classNames;
    }

    /** Returns the image file of a split. */
    public DataFile imagesFile(Split split) {
        return split == Split.TRAIN ? trainImages : testImages;
    }

    /** Returns the label file of a split. */
    public DataFile labelsFile(Split split) {
        return split == Split.TRAIN ? trainLabels : testLabels;
    }

    /** Returns the fluent description of a split with default batch size, shuffling and run mode. */
    public DataSplit split(Split split) {
        return DataSplit.of(this, split);
    }

    /**
     * Reads and checks a split's files through the given resolver, without the per-JVM cache
     * that {@link DataSplit} uses.
     *
     * @throws DataFileMissingException  if a file is not installed
     * @throws DataFileCorruptException  if a file has the wrong SHA-256
     * @throws IdxFormatException        if a file is not a well-formed IDX file
     * @throws DatasetMismatchException  if the files do not form this dataset
     */
    public LabeledImages load(Split split, DataFiles files) {
        IdxImages images = IdxReader.readImages(files.resolve(imagesFile(split)));
        IdxLabels labels = IdxReader.readLabels(files.resolve(labelsFile(split)));
        return decode(split, images, labels);
    }

    /**
     * Checks that an image file and a label file form a split of this dataset (same count,
     * 28x28 images, every label a class index) and decodes them.
     *
     * @throws DatasetMismatchException if they do not
     */
    public LabeledImages decode(Split split, IdxImages images, IdxLabels labels) {
        String name = displayName + " " + split;
        if (images.count() != labels.count()) {
            throw new DatasetMismatchException(name + ": " + images.count() + " images but " + labels.count()
                    + " labels (" + images.name() + ", " + labels.name() + ")");
        }
        if (images.rows() != ROWS || images.columns() != COLUMNS) {
            throw new DatasetMismatchException(name + ": images are " + images.rows() + "x" + images.columns()
                    + ", expected " + ROWS + "x" + COLUMNS + " (" + images.name() + ")");
        }
        for (int i = 0; i < labels.count(); i++) {
            if (labels.label(i) >= classNames.size()) {
                throw new DatasetMismatchException(name + ": label " + labels.label(i) + " at index " + i
                        + " is not a class index 0.." + (classNames.size() - 1) + " (" + labels.name() + ")");
            }
        }
        return LabeledImages.decode(name, images, labels, classNames);
    }
}
