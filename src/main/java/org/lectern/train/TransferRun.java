package org.lectern.train;

import java.util.Objects;
import org.lectern.nn.Classifier;

/**
 * One classifier trained by a {@link FewLabelTransfer}: which variant, on how many labelled
 * images drawn with which seed, and what it reached.
 *
 * @param variant       how the classifier was built and trained
 * @param perClass      the labelled images of each class
 * @param labels        the labelled images in all: {@code perClass} times the number of classes
 * @param seed          the seed of the labelled subset, the fresh weights and the batch order
 * @param testAccuracy  the percentage of test images classified correctly after the last epoch
 * @param trainAccuracy the percentage of the labelled training images classified correctly after the last epoch
 * @param history       the epochs, with the test accuracy of each where learning curves were asked for
 * @param seconds       the wall-clock seconds of training and measuring
 * @param classifier    the trained classifier (for {@code FROZEN_ENCODER} it takes codes, not images)
 */
public record TransferRun(TransferVariant variant, int perClass, int labels, long seed, double testAccuracy,
                          double trainAccuracy, TrainingHistory history, double seconds,
                          Classifier classifier) {
    /** Checks the fields. */
    public TransferRun {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(classifier, "classifier");
        if (perClass < 1 || labels < perClass) {
            throw new IllegalArgumentException("a run needs at least 1 labelled image per class and at least as many in all;"
                    + " got " + perClass + " per class, " + labels + " in all");
        }
    }

    /** Returns e.g. {@code fine-tuned, 500 labels, seed 2: test 88.41%, train 100.00% (12.3 s)}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s, %d labels, seed %d: test %.2f%%, train %.2f%% (%.1f s)",
                variant.label(), labels, seed, testAccuracy, trainAccuracy, seconds);
    }
}
