package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.lectern.data.FashionMnist;
import org.lectern.data.ImageBatchIterator;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.data.LabeledImages;
import org.lectern.data.Mnist;
import org.lectern.nn.ConvAutoencoder;
import org.lectern.nn.Vae;
import org.lectern.nn.VaeLoss;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Short trainings on small slices of the real data (skipped with the fix if the data is not
 * installed): the variational autoencoder on MNIST and the convolutional one on Fashion-MNIST
 * lower their training and test losses.
 */
class ReconstructionMnistTrainingTest {

    @Test
    void aVaeOnAThousandDigitsLowersItsLossAndStillPaysForItsCodes() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        LabeledImages train = Mnist.train().images().head(1000);
        LabeledImages test = Mnist.test().images().head(500);
        Vae vae = Vae.builder().encoder(128).latent(2).seed(7).build();
        VaeLoss before = vae.lossTerms(test.features());

        TrainingHistory history = ReconstructionTrainer.on(vae).progress(false).print(false).epochs(3)
                .data(new ImageBatchIterator(train, 100, OptionalLong.of(1)))
                .evaluateOn(new ImageBatchIterator(test, 500, OptionalLong.empty())).fit();

        double[] losses = history.losses();
        double[] testLosses = history.testLosses();
        assertTrue(losses[2] < losses[0] && testLosses[2] < testLosses[0], history.toString());
        assertTrue(testLosses[2] < before.total() - 100, "from ~543 nats (random pixels) to well under 300: "
                + before.total() + " -> " + testLosses[2]);
        VaeLoss after = vae.lossTerms(test.features());
        assertEquals(testLosses[2], after.total(), 1e-3, "the evaluation is the mean of lossTerms over the images");
        assertTrue(after.kl() > 1, "codes that carry information cost KL: " + after.kl());
        INDArray samples = vae.sample(16, 3);
        assertArrayEquals(new long[] {16, 784}, samples.shape());
    }

    @Test
    void aConvAutoencoderOnThreeHundredClothesLowersTheDenseAutoencodersLoss() {
        InstalledData.assumeInstalled(ImageDataset.FASHION_MNIST);
        LabeledImages train = FashionMnist.train().images().head(300);
        LabeledImages test = FashionMnist.test().images().head(200);
        ConvAutoencoder cae = ConvAutoencoder.builder().seed(7).build();

        TrainingHistory history = ReconstructionTrainer.on(cae).progress(false).print(false).epochs(2)
                .data(new ImageBatchIterator(train, 10, OptionalLong.of(1)))
                .evaluateOn(new ImageBatchIterator(test, 200, OptionalLong.empty())).fit();

        double[] losses = history.losses();
        assertTrue(losses[1] < losses[0], history.toString());
        assertTrue(history.testLosses()[1] < 0.07, "MSE per pixel after 60 steps of 10 images, below the 0.089 of "
                + "always answering the mean image: " + history.testLosses()[1]);
        assertEquals(cae.reconstructionError(test.features()), history.testLosses()[1], 1e-5,
                "the test loss is the mean squared error per pixel, as the dense autoencoder's (float against double)");
        assertArrayEquals(new long[] {200, 784}, cae.reconstruct(test.features()).shape());
    }
}
