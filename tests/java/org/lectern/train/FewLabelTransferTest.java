package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.data.DataSplit;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.data.LabeledImages;
import org.lectern.data.Mnist;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.lectern.nn.LayerSpec;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/** The three few-label variants: what each network is, what each run trains and measures. */
class FewLabelTransferTest {
    /** A small "pretrained" autoencoder 784-32-16-32-784: its weights only need to be its own. */
    private static Autoencoder pretrained() {
        return Autoencoder.builder().hidden(32, Activation.TANH).hidden(16, Activation.SIGMOID).seed(5).build();
    }

    private static FewLabelTransfer onQuickMnist(Autoencoder pretrained) {
        return FewLabelTransfer.from(pretrained).train(Mnist.train().quick(true)).test(Mnist.test().quick(true))
                .updater(new Adam(1e-2)).epochs(3).batchSize(20).progress(false);
    }

    @Test
    void fineTunedStartsFromThePretrainedEncoderAndScratchFromFreshWeightsOfTheSameShape() {
        Autoencoder pretrained = pretrained();
        FewLabelTransfer transfer = FewLabelTransfer.from(pretrained).updater(new Sgd(0.3));
        Classifier tuned = transfer.classifier(TransferVariant.FINE_TUNED, 7);
        Classifier scratch = transfer.classifier(TransferVariant.FROM_SCRATCH, 7);
        Classifier frozen = transfer.classifier(TransferVariant.FROZEN_ENCODER, 7);
        assertEquals("784-32-16-10", tuned.spec().sizes());
        assertEquals(tuned.spec().sizes(), scratch.spec().sizes());
        assertEquals(tuned.layers().stream().map(LayerSpec::activation).toList(),
                scratch.layers().stream().map(LayerSpec::activation).toList());
        assertEquals("16-10", frozen.spec().sizes());
        Classifier pixels = transfer.classifier(TransferVariant.PIXELS, 7);
        assertEquals("784-10", pixels.spec().sizes());
        for (int layer = 0; layer < 2; layer++) {
            assertEquals(pretrained.weights(layer), tuned.weights(layer), "fine-tuned layer " + layer);
            assertNotEquals(pretrained.weights(layer), scratch.weights(layer), "scratch layer " + layer);
        }
        // The same head for the same seed: the softmax layer sits at the same place in both networks.
        assertEquals(tuned.weights(2), scratch.weights(2));
        assertNotEquals(scratch.weights(0), transfer.classifier(TransferVariant.FROM_SCRATCH, 8).weights(0));
        for (Classifier c : List.of(tuned, scratch, frozen, pixels)) {
            assertEquals(new Sgd(0.3), c.updater());
            assertEquals(7, c.seed());
        }
    }

    @Test
    void aHeadWithHiddenLayersEndsEveryVariant() {
        Autoencoder pretrained = pretrained();
        FewLabelTransfer transfer = FewLabelTransfer.from(pretrained).head(20, Activation.RELU).head(12, Activation.TANH);
        assertEquals("784-32-16-20-12-10", transfer.classifier(TransferVariant.FINE_TUNED, 1).spec().sizes());
        assertEquals("784-32-16-20-12-10", transfer.classifier(TransferVariant.FROM_SCRATCH, 1).spec().sizes());
        assertEquals("16-20-12-10", transfer.classifier(TransferVariant.FROZEN_ENCODER, 1).spec().sizes());
        Classifier pixels = transfer.classifier(TransferVariant.PIXELS, 1);
        assertEquals("784-20-12-10", pixels.spec().sizes());
        assertEquals(List.of(Activation.RELU, Activation.TANH, Activation.SOFTMAX),
                pixels.layers().stream().map(LayerSpec::activation).toList());
        assertEquals(pretrained.weights(1), transfer.classifier(TransferVariant.FINE_TUNED, 1).weights(1),
                "the head must not displace the pretrained layers");
        assertThrows(IllegalArgumentException.class, () -> transfer.head(0, Activation.RELU));
    }

    @Test
    void eachRunTrainsOnTheLabelledSubsetAndMeasuresOnTheTestSplit() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        Autoencoder pretrained = pretrained();
        INDArray before = pretrained.params();
        FewLabelTransfer transfer = onQuickMnist(pretrained).learningCurves(5);
        LabeledImages test = Mnist.test().quick(true).images();

        TransferRun tuned = transfer.run(TransferVariant.FINE_TUNED, 5, 3);
        assertEquals(50, tuned.labels());
        assertEquals(3, tuned.history().size());
        assertEquals(accuracy(tuned.classifier().predict(test.features()), test.labels()), tuned.testAccuracy(), 1e-9);
        assertEquals(tuned.testAccuracy(), tuned.history().last().testAccuracy(), 1e-9, "the curve ends at the final accuracy");
        LabeledImages labelled = Mnist.train().quick(true).labelled(5, 3).images();
        assertEquals(accuracy(tuned.classifier().predict(labelled.features()), labelled.labels()), tuned.trainAccuracy(), 1e-9);
        assertNotEquals(pretrained.weights(0), tuned.classifier().weights(0), "fine-tuning did not train the encoder");

        TransferRun frozen = transfer.run(TransferVariant.FROZEN_ENCODER, 5, 3);
        INDArray testCodes = pretrained.encode(test.features());
        assertEquals(accuracy(frozen.classifier().predict(testCodes), test.labels()), frozen.testAccuracy(), 1e-9);
        assertEquals(pretrained.params(), before, "a run changed the pretrained autoencoder");

        TransferRun untracked = transfer.learningCurves(50).run(TransferVariant.FROM_SCRATCH, 5, 3);
        assertTrue(Double.isNaN(untracked.history().last().testAccuracy()), "measured every epoch without being asked");
    }

    @Test
    void compareRunsEveryVariantForEveryCountAndSeed() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        TransferResults results = onQuickMnist(pretrained()).epochs(1).perClass(4, 2).seeds(1, 2).compare();
        assertEquals(16, results.runs().size(), "4 variants x 2 counts x 2 seeds");
        assertArrayEquals(new double[] {20, 40}, results.labelCounts());
        assertEquals(List.of(TransferVariant.values()), results.variants());
        TransferRun first = results.runs().get(0);
        assertEquals(List.of(TransferVariant.FINE_TUNED, 2, 1L), List.of(first.variant(), first.perClass(), first.seed()));
        assertTrue(results.runs().stream().allMatch(r -> r.testAccuracy() >= 0 && r.testAccuracy() <= 100));
    }

    @Test
    void aLearningCurveMeasuresAtEvenlySpacedEpochsAndTheLast() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        TransferRun run = onQuickMnist(pretrained()).epochs(5).learningCurves(3).curvePoints(2)
                .run(TransferVariant.PIXELS, 3, 1);
        double[] curve = run.history().testAccuracies();
        assertEquals(5, curve.length);
        assertTrue(Double.isNaN(curve[0]) && Double.isNaN(curve[2]), "measured between the points: " + Arrays.toString(curve));
        assertTrue(Double.isFinite(curve[1]) && Double.isFinite(curve[3]), Arrays.toString(curve));
        assertEquals(run.testAccuracy(), curve[4], 1e-9);
        assertThrows(IllegalArgumentException.class, () -> onQuickMnist(pretrained()).curvePoints(0));
    }

    @Test
    void aStepBudgetGivesFewerLabelsMoreEpochs() {
        FewLabelTransfer transfer = FewLabelTransfer.from(pretrained()).batchSize(50).steps(1000);
        assertEquals(500, transfer.epochsFor(100));
        assertEquals(100, transfer.epochsFor(500));
        assertEquals(25, transfer.epochsFor(2000));
        assertEquals(334, transfer.epochsFor(130), "3 batches an epoch: 334 epochs reach 1000 steps");
        assertEquals(7, transfer.epochs(7).epochsFor(2000), "epochs(...) replaces the step budget");
        assertEquals("steps must be at least 1; got 0",
                assertThrows(IllegalArgumentException.class, () -> transfer.steps(0)).getMessage());
    }

    @Test
    void withAStepBudgetARunTrainsForTheEpochsThatReachIt() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        TransferRun run = onQuickMnist(pretrained()).batchSize(20).steps(7).run(TransferVariant.FROZEN_ENCODER, 4, 1);
        assertEquals(4, run.history().size(), "40 labels in batches of 20: 2 steps an epoch, 4 epochs reach 7 steps");
    }

    @Test
    void badSettingsAreRefusedWithWhatToDo() {
        FewLabelTransfer transfer = FewLabelTransfer.from(pretrained());
        assertEquals("give one or more different labelled images per class, each at least 1; got [10, 10]",
                assertThrows(IllegalArgumentException.class, () -> transfer.perClass(10, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> transfer.perClass());
        assertThrows(IllegalArgumentException.class, () -> transfer.learningCurves(0));
        assertEquals("give one or more different seeds, e.g. seeds(1, 2, 3); got [1, 1]",
                assertThrows(IllegalArgumentException.class, () -> transfer.seeds(1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> transfer.variants());
        assertThrows(IllegalArgumentException.class,
                () -> transfer.variants(TransferVariant.FINE_TUNED, TransferVariant.FINE_TUNED));
        assertEquals("epochs must be at least 1; got 0",
                assertThrows(IllegalArgumentException.class, () -> transfer.epochs(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> transfer.batchSize(0));
        DataSplit testSplit = Mnist.test();
        assertThrows(IllegalStateException.class, () -> transfer.train(testSplit).run(TransferVariant.FINE_TUNED, 5, 1));
    }

    private static double accuracy(int[] predicted, int[] labels) {
        return 100.0 * java.util.stream.IntStream.range(0, labels.length).filter(i -> predicted[i] == labels[i]).count()
                / labels.length;
    }
}
