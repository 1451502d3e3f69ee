package org.lectern.train;

import java.util.HashMap;
import java.util.Map;
import org.lectern.data.LabeledImages;
import org.lectern.nn.Classifier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Measures a classifier's accuracy on fixed labelled images at evenly spaced epochs of a training
 * run and after its last epoch: a learning curve at a chosen number of points, each a full pass
 * over the images, where measuring after every epoch would cost more than the training.
 */
final class AccuracyCurve implements TrainingListener {
    /** How many images one forward pass takes when measuring. */
    private static final int CHUNK = 5000;

    private final Classifier classifier;
    private final LabeledImages images;
    private final int epochs;
    private final int interval;
    private final Map<Integer, Double> measured = new HashMap<>();

    /** Measures every {@code max(1, epochs / points)} epochs and after epoch {@code epochs}. */
    AccuracyCurve(Classifier classifier, LabeledImages images, int epochs, int points) {
        this.classifier = classifier;
        this.images = images;
        this.epochs = epochs;
        this.interval = Math.max(1, epochs / points);
    }

    @Override
    public void epochDone(EpochRecord epoch) {
        if (epoch.epoch() % interval == 0 || epoch.epoch() == epochs) {
            measured.put(epoch.epoch(), accuracy(classifier, images));
        }
    }

    /** Returns the history with the measured accuracies as its test accuracies, {@code NaN} at the other epochs. */
    TrainingHistory applyTo(TrainingHistory history) {
        return TrainingHistory.of(history.records().stream().map(r -> new EpochRecord(r.stage(), r.epoch(), r.loss(),
                r.testLoss(), r.trainAccuracy(), measured.getOrDefault(r.epoch(), Double.NaN), r.seconds(),
                r.evaluationSeconds())).toList());
    }

    /** Returns the percentage of the images the classifier assigns to their class, a few thousand at a time. */
    static double accuracy(Classifier classifier, LabeledImages images) {
        INDArray features = images.features();
        long correct = 0;
        for (int start = 0; start < images.size(); start += CHUNK) {
            int end = Math.min(images.size(), start + CHUNK);
            int[] predicted = classifier.predict(features.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()));
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == images.label(start + i) ? 1 : 0;
            }
        }
        return 100.0 * correct / images.size();
    }
}
