package org.lectern.data;


/** The two published parts of a dataset: the training images and the held-out test images. */
public enum Split {
    /** The training part: 60000 images in MNIST and Fashion-MNIST. */
    TRAIN("train"),
    /** The test part: 10000 images in MNIST and Fashion-MNIST. */
    TEST("test");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    /** Returns how many of {@code available} examples this split keeps in the given run mode. */
    public int examples(RunMode mode, int available) {
        return this == TRAIN ? mode.trainExamples(available) : mode.testExamples(available);
    }

    /** Returns {@code train} or {@code test}. */
    @Override
    public String toString() {
        return label;
    }
}
