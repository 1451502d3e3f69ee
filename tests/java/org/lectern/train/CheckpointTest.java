package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.nn.Classifier;
import org.lectern.nn.Network;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/** A run interrupted after an epoch and resumed from its checkpoint ends exactly as an uninterrupted run. */
class CheckpointTest {
    @TempDir
    Path dir;

    private static Classifier classifier(org.nd4j.linalg.learning.config.IUpdater updater) {
        return Classifier.builder().inputs(8).hidden(6, Activation.TANH).classes(3).updater(updater).seed(21).build();
    }

    private static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash after epoch 1");
        }
    }

    @Test
    void aRunInterruptedAfterEpochOneResumesToTheParametersOfAnUninterruptedRun() {
        for (org.nd4j.linalg.learning.config.IUpdater updater : List.of(new Sgd(0.3), new Adam(0.01))) {
            Classifier uninterrupted = classifier(updater);
            TrainingHistory straight = Trainer.on(uninterrupted).progress(false).print(false).epochs(3)
                    .data(ShuffledBatches.standard()).evaluateOn(new ShuffledBatches(60, 8, 3, 30, 1, 9)).stage("clf")
                    .fit();

            Path file = dir.resolve("run-" + updater.getClass().getSimpleName() + ".zip");
            assertThrows(Crash.class, () -> Trainer.on(classifier(updater)).progress(false).print(false).epochs(3)
                    .data(ShuffledBatches.standard()).evaluateOn(new ShuffledBatches(60, 8, 3, 30, 1, 9)).stage("clf")
                    .checkpoint(file).listener(new TrainingListener() {
                        @Override
                        public void epochDone(EpochRecord epoch) {
                            throw new Crash();
                        }
                    }).fit());

            Trainer<Classifier> resumed = Trainer.resume(file, Classifier.class).progress(false).print(false)
                    .data(ShuffledBatches.standard()).evaluateOn(new ShuffledBatches(60, 8, 3, 30, 1, 9));
            assertEquals(1, resumed.epochsDone());
            TrainingHistory history = resumed.fit();

            String what = updater.getClass().getSimpleName();
            assertArrayEquals(uninterrupted.params().toDoubleVector(), resumed.model().params().toDoubleVector(), 0.0,
                    what + ": parameters");
            assertArrayEquals(straight.losses(), history.losses(), 0.0, what + ": losses");
            assertArrayEquals(straight.testAccuracies(), history.testAccuracies(), 0.0, what + ": accuracies");
            assertEquals(List.of("clf"), history.stages());
            assertEquals(3, Checkpoint.read(file).epochsDone(), "the resumed run goes on checkpointing");
        }
    }

    @Test
    void aCheckpointHoldsTheTrainersStateAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("ckpt/state.zip");
        TrainingHistory history = Trainer.on(classifier(new Sgd(0.3))).progress(false).print(false).epochs(4)
                .data(ShuffledBatches.standard()).stage("stage, with comma").checkpoint(file).epochs(2).fit();

        Checkpoint checkpoint = Checkpoint.read(file);
        assertEquals(2, checkpoint.epochsDone());
        assertEquals(2, checkpoint.epochs());
        assertEquals("stage, with comma", checkpoint.stage());
        assertEquals(history, checkpoint.history());
        assertEquals(Optional.empty(), checkpoint.metric());
        assertEquals("made-up data: 240 examples, batches of 40", checkpoint.data());
        assertTrue(checkpoint.model() instanceof Classifier);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void theBestCheckpointIsTheEpochWithTheBestMetric() {
        Path file = dir.resolve("best.zip");
        TrainingHistory history = Trainer.on(classifier(new Sgd(2.0))).progress(false).print(false).epochs(5)
                .data(ShuffledBatches.standard()).checkpoint(file, Metric.LOSS).fit();
        double[] losses = history.losses();
        int bestEpoch = 1 + IntStream.range(0, losses.length).reduce((a, b) -> losses[b] < losses[a] ? b : a)
                .orElseThrow();
        Checkpoint best = Checkpoint.read(file);
        assertEquals(bestEpoch, best.epochsDone());
        assertEquals(losses[bestEpoch - 1], best.best(), 0.0);
        assertEquals(Optional.of(Metric.LOSS), best.metric());
    }

    @Test
    void metricsKnowWhichDirectionIsBetter() {
        assertTrue(Metric.LOSS.improves(0.1, 0.2));
        assertTrue(!Metric.LOSS.improves(0.3, 0.2));
        assertTrue(Metric.TEST_ACCURACY.improves(91, 90));
        assertTrue(!Metric.TEST_ACCURACY.improves(89, 90));
        assertTrue(Metric.TEST_ACCURACY.improves(50, Double.NaN), "anything beats nothing");
        assertTrue(!Metric.TEST_ACCURACY.improves(Double.NaN, 50), "an unmeasured value never wins");
    }

    @Test
    void resumingNeedsTheDataAgainAndAPlainModelFileIsNotACheckpoint() {
        Path file = dir.resolve("c.zip");
        Trainer.on(classifier(new Sgd(0.3))).progress(false).print(false).data(ShuffledBatches.standard())
                .checkpoint(file).fit();
        IllegalStateException noData = assertThrows(IllegalStateException.class,
                () -> Trainer.resume(file).epochs(2).fit());
        assertEquals("resuming needs the training data again: call data(...) with the split of the interrupted run "
                + "(made-up data: 240 examples, batches of 40)", noData.getMessage());

        Path plain = dir.resolve("plain.zip");
        classifier(new Sgd(0.3)).save(plain);
        IllegalArgumentException notCheckpoint = assertThrows(IllegalArgumentException.class,
                () -> Trainer.resume(plain));
        assertEquals(plain + " holds a saved network but no training state, so it is not a checkpoint; load the "
                + "network with Classifier.load(path) and train it with Trainer.on(network)", notCheckpoint.getMessage());
        Trainer<Network> any = Trainer.resume(file);
        assertTrue(any.model() instanceof Classifier);
    }
}
