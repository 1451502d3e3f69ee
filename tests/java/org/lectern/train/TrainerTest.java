package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;

/** The training loop on made-up data: what it records, when it stops, and that it is repeatable. */
class TrainerTest {

    private static Autoencoder autoencoder(long seed) {
        return Autoencoder.builder().inputs(8).hidden(4, Activation.TANH).updater(new Sgd(0.5)).seed(seed).build();
    }

    private static Classifier classifier() {
        return Classifier.builder().inputs(8).hidden(6, Activation.TANH).classes(3).updater(new Sgd(0.5)).build();
    }

    private static <M extends org.lectern.nn.Network> Trainer<M> quiet(M model) {
        return Trainer.on(model).progress(false).print(false);
    }

    @Test
    void anEpochsLossIsTheMeanOfItsBatchLossesAndEpochsAreNumberedFromOne() {
        List<List<Double>> batchLosses = new ArrayList<>();
        TrainingHistory history = quiet(autoencoder(1)).epochs(3).data(ShuffledBatches.standard())
                .listener(new TrainingListener() {
                    @Override
                    public void batchDone(BatchResult batch) {
                        if (batch.batch() == 1) {
                            batchLosses.add(new ArrayList<>());
                        }
                        batchLosses.get(batch.epoch() - 1).add(batch.loss());
                    }
                }).fit();

        assertArrayEquals(new double[] {1, 2, 3}, history.epochs());
        for (int e = 0; e < 3; e++) {
            List<Double> losses = batchLosses.get(e);
            assertEquals(6, losses.size(), "240 examples in batches of 40");
            double mean = losses.stream().mapToDouble(Double::doubleValue).sum() / losses.size();
            assertEquals(mean, history.losses()[e], 1e-15);
        }
        assertTrue(history.losses()[2] < history.losses()[0], "training lowers the loss");
        assertTrue(Double.isNaN(history.testLosses()[0]), "no evaluation data, no test loss");
        assertTrue(Double.isNaN(history.trainAccuracies()[0]), "an autoencoder has no accuracy");
    }

    @Test
    void twoRunsWithTheSameSeedGiveIdenticalNumbers() {
        Autoencoder first = autoencoder(3);
        Autoencoder second = autoencoder(3);
        TrainingHistory a = quiet(first).epochs(3).data(ShuffledBatches.standard()).fit();
        TrainingHistory b = quiet(second).epochs(3).data(ShuffledBatches.standard()).fit();
        assertArrayEquals(a.losses(), b.losses(), 0.0);
        assertArrayEquals(first.params().toDoubleVector(), second.params().toDoubleVector(), 0.0);
        TrainingHistory other = quiet(autoencoder(4)).epochs(3).data(ShuffledBatches.standard()).fit();
        assertTrue(other.losses()[2] != a.losses()[2], "another seed, other numbers");
    }

    @Test
    void aClassifierIsEvaluatedAfterEveryEpoch() {
        ShuffledBatches test = new ShuffledBatches(90, 8, 3, 30, 1, 9);
        TrainingHistory history = quiet(classifier()).epochs(4).data(ShuffledBatches.standard()).evaluateOn(test)
                .fit();
        assertEquals(4, history.size());
        double[] accuracy = history.testAccuracies();
        assertTrue(accuracy[3] > 90, "separable prototypes are learned: " + accuracy[3]);
        assertTrue(history.testLosses()[3] < history.testLosses()[0]);
        assertTrue(Double.isNaN(history.trainAccuracies()[0]), "an iterator cannot be re-read for training accuracy");
        assertEquals(3, test.resets(), "evaluation data is reset before every pass after the first");
    }

    @Test
    void aLossThatBecomesInfiniteStopsTrainingWithAdvice() {
        Autoencoder exploding = Autoencoder.builder().inputs(8).hidden(5, Activation.RELU)
                .outputActivation(Activation.IDENTITY).updater(new Sgd(1e6)).build();
        List<String> events = new ArrayList<>();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> quiet(exploding).epochs(3)
                .data(ShuffledBatches.standard()).listener(new TrainingListener() {
                    @Override
                    public void epochDone(EpochRecord epoch) {
                        events.add("epoch " + epoch.epoch());
                    }

                    @Override
                    public void trainingEnded(TrainingHistory history) {
                        events.add("ended after " + history.size());
                    }
                }).fit());
        assertEquals("Training stopped: the loss became Infinity at epoch 1, batch 4. The network's parameters "
                + "are no longer usable. Try a lower learning rate than 1000000 (e.g. 100000), then build the network "
                + "again and retrain.", e.getMessage());
        assertEquals(1, e.epoch());
        assertEquals(4, e.batch());
        assertTrue(e.history().isEmpty());
        assertEquals(List.of("ended after 0"), events, "listeners hear the end even after a failure");
    }

    @Test
    void parametersThatBecomeInfiniteInTheLastStepAreCaughtAfterTheEpoch() {
        Autoencoder ae = Autoencoder.builder().inputs(8).hidden(4, Activation.TANH).updater(new Sgd(1e300)).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> quiet(ae).data(new ShuffledBatches(40, 8, 3, 40, 1, 2)).fit());
        assertTrue(e.getMessage().startsWith("Training stopped: the parameters became NaN or infinite during epoch 1 "
                + "(its mean loss was "), e.getMessage());
        assertEquals(0, e.batch());
    }

    @Test
    void fitContinuesWhenTheEpochCountIsRaised() {
        ShuffledBatches data = ShuffledBatches.standard();
        Trainer<Autoencoder> trainer = quiet(autoencoder(1)).epochs(2).data(data);
        trainer.fit();
        TrainingHistory history = trainer.epochs(3).fit();
        assertArrayEquals(new double[] {1, 2, 3}, history.epochs());
        assertEquals(2, data.resets(), "one reset before each epoch after the first");
        TrainingHistory straight = quiet(autoencoder(1)).epochs(3).data(ShuffledBatches.standard()).fit();
        assertArrayEquals(straight.losses(), history.losses(), 0.0);
    }

    @Test
    void theEpochLineFollowsTheLecture() {
        EpochRecord ae = new EpochRecord("ae", 3, 0.0677849, Double.NaN, Double.NaN, Double.NaN, 4.12, 0);
        assertEquals("Epoch 3/10  loss 0.067785  (4.1 s)", EpochPrinter.line(ae, 10));
        EpochRecord clf = new EpochRecord("clf", 10, 0.3, 0.28, 91.8333, 92.1, 2.75, 0.4);
        assertEquals("Epoch 10/10  loss 0.300000  test loss 0.280000  train 91.83%  test 92.10%  (2.8 s)",
                EpochPrinter.line(clf, 10));
    }

    @Test
    void missingDataAndUnmeasurableCheckpointMetricsAreExplained() {
        IllegalStateException noData = assertThrows(IllegalStateException.class, () -> quiet(autoencoder(1)).fit());
        assertEquals("no training data: call data(Mnist.train()) or data(iterator) before fit()", noData.getMessage());
        IllegalStateException metric = assertThrows(IllegalStateException.class, () -> quiet(autoencoder(1))
                .data(ShuffledBatches.standard()).checkpoint(java.nio.file.Path.of("x.zip"), Metric.TEST_ACCURACY).fit());
        assertEquals("cannot keep the best checkpoint by TEST_ACCURACY: it is not measured here (accuracies need a "
                + "Classifier, test values need evaluateOn(...), training accuracy needs a DataSplit); use Metric.LOSS "
                + "or checkpoint(file) for every epoch", metric.getMessage());
    }
}
