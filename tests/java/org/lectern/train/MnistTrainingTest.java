package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.data.DataSplit;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.data.Mnist;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.nd4j.linalg.activations.Activation;

/**
 * The lecture's three stages on the quick slice of real MNIST (5000 training, 1000 test images,
 * batches of 100, the lecture's learning rates): the autoencoder's loss falls, stacking continues it, and
 * the classifier on the stacked encoder clears {@value #ACCURACY_BAR}% test accuracy. Skipped, with the reason, where
 * MNIST is not installed.
 */
class MnistTrainingTest {
    /** The test accuracy the classifier must reach after 5 epochs; it measured 85.2% here (the runs are deterministic). */
    static final double ACCURACY_BAR = 80;

    @BeforeAll
    static void assumeMnistIsInstalled() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
    }

    @Test
    void theThreeLectureStagesLearnOnTheQuickSlice() {
        DataSplit train = Mnist.train().quick(true).batchSize(100);
        DataSplit test = Mnist.test().quick(true);

        Autoencoder ae = Autoencoder.builder().build();
        TrainingHistory single = Trainer.on(ae).progress(false).print(false).epochs(3).data(train).evaluateOn(test)
                .stage("single").fit();
        double[] losses = single.losses();
        assertTrue(losses[0] > losses[1] && losses[1] > losses[2], "the loss falls every epoch: "
                + Arrays.toString(losses));
        assertTrue(single.testLosses()[2] < 0.1, "reconstruction MSE on test images: " + single.testLosses()[2]);

        Autoencoder stacked = ae.stack(256, Activation.TANH);
        TrainingHistory deeper = Trainer.on(stacked).progress(false).print(false).epochs(2).data(train)
                .stage("stacked").fit();
        assertTrue(deeper.losses()[1] < deeper.losses()[0], "stacked loss falls: " + Arrays.toString(deeper.losses()));
        assertEquals(List.of("single", "stacked"), single.then(deeper).stages());

        Classifier classifier = stacked.classifier(10);
        TrainingHistory classifying = Trainer.on(classifier).progress(false).print(false).epochs(5).data(train)
                .evaluateOn(test).stage("classifier").fit();
        double accuracy = classifying.last().testAccuracy();
        assertTrue(accuracy > ACCURACY_BAR, "test accuracy " + accuracy + "% is not above " + ACCURACY_BAR + "%");
        assertTrue(classifying.last().trainAccuracy() > ACCURACY_BAR, "train accuracy " + classifying.last());

        ClassificationReport report = ClassificationReport.of(classifier, test);
        assertEquals(1000, report.examples());
        assertEquals(accuracy, report.accuracyPercent(), 1e-9, "the report agrees with the trainer's evaluation");
    }

    @Test
    void aRunOnASplitResumedFromItsCheckpointEndsLikeAnUninterruptedOne(@TempDir Path dir) {
        DataSplit train = Mnist.train().quick(true).batchSize(500);
        Autoencoder straight = Autoencoder.builder().hidden(16, Activation.TANH).build();
        Trainer.on(straight).progress(false).print(false).epochs(3).data(train).fit();

        Path file = dir.resolve("ae.zip");
        Trainer.on(Autoencoder.builder().hidden(16, Activation.TANH).build()).progress(false).print(false).epochs(1)
                .data(train).checkpoint(file).fit();
        Trainer<Autoencoder> resumed = Trainer.resume(file, Autoencoder.class).progress(false).print(false).epochs(3)
                .data(train);
        resumed.fit();
        assertArrayEquals(straight.params().toDoubleVector(), resumed.model().params().toDoubleVector(), 0.0,
                "epochs 2 and 3 saw the same shuffles as in the uninterrupted run");
    }
}
