package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.nn.ConvAutoencoder;
import org.lectern.nn.ReconstructionModel;
import org.lectern.nn.Vae;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/** The training loop for the variational and convolutional autoencoders on made-up 8x8 images. */
class ReconstructionTrainerTest {

    private static ConvAutoencoder convAutoencoder(long seed) {
        return ConvAutoencoder.builder().image(8, 8).channels(2, 3, 4).updater(new Sgd(0.5)).seed(seed).build();
    }

    private static ShuffledBatches images() {
        return new ShuffledBatches(240, 64, 3, 40, 1, 2);
    }

    private static <M extends ReconstructionModel> ReconstructionTrainer<M> quiet(M model) {
        return ReconstructionTrainer.on(model).progress(false).print(false);
    }

    @Test
    void anEpochsLossIsTheMeanOfItsBatchLossesAndTheTestLossIsMeasuredOnEveryImage() {
        Recording model = new Recording(convAutoencoder(1));
        ShuffledBatches test = new ShuffledBatches(90, 64, 3, 30, 7, 9);
        TrainingHistory history = quiet(model).epochs(3).data(images()).evaluateOn(test).fit();

        assertArrayEquals(new double[] {1, 2, 3}, history.epochs());
        assertEquals(18, model.losses.size(), "240 images in batches of 40, 3 epochs");
        for (int e = 0; e < 3; e++) {
            double mean = model.losses.subList(6 * e, 6 * e + 6).stream().mapToDouble(Double::doubleValue).sum() / 6;
            assertEquals(mean, history.losses()[e], 1e-15);
        }
        assertEquals(3, model.epochsDone, "the model hears of every epoch");
        assertEquals(model.loss(test.features()), history.testLosses()[2], 1e-7, "the test loss covers all 90 images");
        assertTrue(history.losses()[2] < history.losses()[0], "training lowers the loss");
        assertTrue(Double.isNaN(history.testAccuracies()[0]), "no accuracy for an autoencoder");
        assertEquals(List.of("ConvAutoencoder 1x8x8-2x4x4-3x2x2-[4x1x1]-3x2x2-2x4x4-1x8x8"), history.stages());
    }

    @Test
    void fitContinuesWhenTheEpochCountIsRaisedAndRepeatsWithTheSameSeed() {
        ReconstructionTrainer<ConvAutoencoder> trainer = quiet(convAutoencoder(1)).epochs(2).data(images());
        trainer.fit();
        TrainingHistory history = trainer.epochs(3).stage("conv").fit();
        assertArrayEquals(new double[] {1, 2, 3}, history.epochs());
        assertEquals(3, trainer.epochsDone());
        TrainingHistory straight = quiet(convAutoencoder(1)).epochs(3).data(images()).fit();
        assertArrayEquals(straight.losses(), history.losses(), 0.0);
    }

    @Test
    void aVaeTrainsTheSameWayTwiceFromTheSameSeedThoughItDrawsItsCodesAtRandom() {
        // DL4J draws the training codes from ND4J's global generator, which building the network seeds.
        Vae first = Vae.builder().inputs(64).encoder(16).latent(2).seed(4).build();
        TrainingHistory a = quiet(first).epochs(2).data(images()).fit();
        Vae second = Vae.builder().inputs(64).encoder(16).latent(2).seed(4).build();
        TrainingHistory b = quiet(second).epochs(2).data(images()).fit();
        assertArrayEquals(a.losses(), b.losses(), 0.0);
        assertArrayEquals(first.params().toDoubleVector(), second.params().toDoubleVector(), 0.0);
    }

    @Test
    void aVaeWhoseLossExplodesStopsTrainingWithAdvice() {
        Vae exploding = Vae.builder().inputs(64).encoder(16).latent(2).updater(new Sgd(1e8)).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> quiet(exploding).epochs(3).data(images()).fit());
        assertTrue(e.getMessage().startsWith("Training stopped: the loss became "), e.getMessage());
        assertTrue(e.getMessage().endsWith(". The network's parameters are no longer usable. Try a lower learning "
                + "rate than 100000000 (e.g. 10000000), then build the network again and retrain."), e.getMessage());
        assertEquals(1, e.epoch());
        assertTrue(e.history().isEmpty());
    }

    @Test
    void parametersThatStopBeingFiniteAreCaughtAfterTheEpoch() {
        Recording broken = new Recording(convAutoencoder(1)) {
            @Override
            public INDArray params() {
                return Nd4j.createFromArray(1.0, Double.NaN);
            }
        };
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> quiet(broken).data(images()).fit());
        assertTrue(e.getMessage().startsWith("Training stopped: the parameters became NaN or infinite during epoch 1 "
                + "(its mean loss was "), e.getMessage());
        assertEquals(0, e.batch());
    }

    @Test
    void itPrintsTheLecturesLinesForEachEpoch() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ReconstructionTrainer.on(convAutoencoder(1)).progress(false).epochs(2).data(images()).stage("conv").fit();
        } finally {
            System.setOut(original);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length, out.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].startsWith("Training conv on "), lines[0]);
        assertTrue(lines[0].endsWith(": epochs 1-2"), lines[0]);
        assertTrue(lines[1].matches("Epoch 1/2  loss \\d\\.\\d{6}  \\(\\d+\\.\\d s\\)"), lines[1]);
        assertTrue(lines[2].startsWith("Epoch 2/2  loss "), lines[2]);
    }

    @Test
    void missingDataAndBadSettingsAreExplained() {
        IllegalStateException noData = assertThrows(IllegalStateException.class,
                () -> quiet(convAutoencoder(1)).fit());
        assertEquals("no training data: call data(Mnist.train()) or data(iterator) before fit()", noData.getMessage());
        assertEquals("epochs must be at least 1; got 0", assertThrows(IllegalArgumentException.class,
                () -> quiet(convAutoencoder(1)).epochs(0)).getMessage());
        assertEquals("a stage needs a name such as \"VAE\"; got ' '", assertThrows(IllegalArgumentException.class,
                () -> quiet(convAutoencoder(1)).stage(" ")).getMessage());
    }

    /** A model that passes everything to a real one and records the batch losses and epochs. */
    private static class Recording implements ReconstructionModel {
        final List<Double> losses = new ArrayList<>();
        final ReconstructionModel model;
        int epochsDone;

        Recording(ReconstructionModel model) {
            this.model = model;
        }

        @Override
        public String kind() {
            return model.kind();
        }

        @Override
        public String sizes() {
            return model.sizes();
        }

        @Override
        public int inputs() {
            return model.inputs();
        }

        @Override
        public double fitBatch(INDArray features) {
            double loss = model.fitBatch(features);
            losses.add(loss);
            return loss;
        }

        @Override
        public double loss(INDArray features) {
            return model.loss(features);
        }

        @Override
        public INDArray reconstruct(INDArray features) {
            return model.reconstruct(features);
        }

        @Override
        public double reconstructionError(INDArray features) {
            return model.reconstructionError(features);
        }

        @Override
        public INDArray params() {
            return model.params();
        }

        @Override
        public IUpdater updater() {
            return model.updater();
        }

        @Override
        public void epochDone() {
            epochsDone++;
            model.epochDone();
        }

        @Override
        public void save(Path file) {
            model.save(file);
        }
    }
}
