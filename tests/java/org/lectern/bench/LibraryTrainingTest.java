package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.data.GaussianNoise;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.nn.ActivityL1;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.lectern.nn.LayerSpec;
import org.lectern.nn.Network;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Our side builds the workloads' networks through the public builders, and trains them as a notebook does. */
class LibraryTrainingTest {
    @Test
    void theAutoencoderWorkloadIsTheLectureAutoencoder() {
        Network network = LibraryTraining.network(Workload.AUTOENCODER_100.spec());
        assertTrue(network instanceof Autoencoder);
        assertEquals(List.of(new LayerSpec(784, 400, Activation.TANH), new LayerSpec(400, 784, Activation.SIGMOID)),
                network.layers());
        assertEquals(LossFunction.MSE, network.loss());
        assertEquals(new Sgd(0.98), network.updater());
        assertEquals(Autoencoder.builder().build().params(), network.params(), "the lecture's seed and init");
    }

    @Test
    void theClassifierWorkloadIsTheLectureClassifier() {
        Network network = LibraryTraining.network(Workload.CLASSIFIER_1000.spec());
        assertTrue(network instanceof Classifier);
        assertEquals(List.of(new LayerSpec(784, 400, Activation.TANH), new LayerSpec(400, 256, Activation.TANH),
                new LayerSpec(256, 10, Activation.SOFTMAX)), network.layers());
        assertEquals(LossFunction.NEGATIVELOGLIKELIHOOD, network.loss());
        assertEquals(new Sgd(0.1), network.updater());
    }

    @Test
    void aDecoderThatDoesNotMirrorTheEncoderIsRefused() {
        TrainingSpec spec = new TrainingSpec(List.of(784, 400, 256, 400, 784), List.of("tanh", "relu", "sigmoid", "sigmoid"),
                "mse", "sgd", 0.1, 100, null, null);
        String message = assertThrows(IllegalArgumentException.class, () -> LibraryTraining.network(spec)).getMessage();
        assertTrue(message.startsWith("the library builds 784-400-256-400-784"), message);
        assertTrue(message.endsWith("an autoencoder's decoder must mirror its encoder's activations"), message);
    }

    @Test
    void theDenoisingWorkloadCorruptsTheInputAndPenalisesTheCodeAsThePeerDoes() {
        Autoencoder network = (Autoencoder) LibraryTraining.network(Workload.DENOISING_L1_1000.spec());
        assertEquals(ActivityL1.sum(0.1), network.layers().get(0).activityL1(), "rho * sign(h) on every code");
        assertEquals(ActivityL1.NONE, network.layers().get(1).activityL1());
        GaussianNoise noise = (GaussianNoise) network.denoising().orElseThrow();
        assertEquals(0.1, noise.mean());
        assertEquals(0.2, noise.sigma());
        assertEquals(new Adam(1e-3), network.updater());
    }

    @Test
    void aClassifierWithNoiseIsRefused() {
        TrainingSpec spec = new TrainingSpec(List.of(784, 10), List.of("logsoftmax"), "nll", "sgd", 0.1, 100,
                new TrainingSpec.Noise(0.1, 0.2), null);
        String message = assertThrows(IllegalArgumentException.class, () -> LibraryTraining.network(spec)).getMessage();
        assertTrue(message.contains("autoencoder settings"), message);
    }

    @Test
    void anEpochOnTheQuickSubsetLowersTheLoss() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        LibraryTraining training = LibraryTraining.start(Workload.AUTOENCODER_1000.spec(), 5000);
        double first = training.epoch();
        double second = training.epoch();
        assertTrue(second < first && first < 0.3, first + " then " + second);
        assertEquals("5000", training.description().get("images"));
        assertEquals("Autoencoder 784-400-784", training.description().get("network"));
    }
}
