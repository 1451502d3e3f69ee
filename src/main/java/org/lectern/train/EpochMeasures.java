package org.lectern.train;

import org.lectern.nn.Classifier;
import org.lectern.nn.Network;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The loss and accuracy of a network over a whole pass of data, weighted by example so that a
 * short last batch counts for what it holds.
 *
 * @param loss     the mean loss per example
 * @param accuracy the percentage of examples classified correctly, {@code NaN} unless the network is a classifier
 */
record EpochMeasures(double loss, double accuracy) {

    /** Measures the network on one pass; the loss only if {@code withLoss}. */
    static EpochMeasures of(Network network, DataSetIterator data, boolean withLoss) {
        double lossSum = 0;
        long examples = 0;
        long correct = 0;
        while (data.hasNext()) {
            DataSet batch = data.next();
            int rows = batch.getFeatures().rows();
            if (withLoss) {
                lossSum += network.loss(batch) * rows;
            }
            if (network instanceof Classifier classifier) {
                int[] predicted = classifier.predict(batch.getFeatures());
                int[] actual;
                try (INDArray classes = Nd4j.argMax(batch.getLabels(), 1)) {
                    actual = classes.toIntVector();
                }
                for (int i = 0; i < rows; i++) {
                    correct += predicted[i] == actual[i] ? 1 : 0;
                }
            }
            examples += rows;
        }
        if (examples == 0) {
            throw new IllegalStateException("the evaluation data has no examples");
        }
        double accuracy = network instanceof Classifier ? 100.0 * correct / examples : Double.NaN;
        return new EpochMeasures(withLoss ? lossSum / examples : Double.NaN, accuracy);
    }
}
