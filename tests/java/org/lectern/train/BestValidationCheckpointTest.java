package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.data.HoldOut;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.data.Mnist;
import org.lectern.nn.Classifier;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The homework's model selection on the quick slice of MNIST: the checkpoint kept by lowest
 * validation loss holds the best epoch, and the reloaded network gives back exactly the validation
 * loss recorded for it. Skipped where MNIST is not installed.
 */
class BestValidationCheckpointTest {
    @BeforeAll
    static void assumeMnistIsInstalled() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
    }

    @Test
    void theReloadedBestCheckpointGivesTheRecordedValidationLoss(@TempDir Path dir) {
        HoldOut parts = Mnist.train().quick(true).batchSize(50).holdOut(1_000, 7);
        Classifier mlp = Classifier.builder().hidden(128, Activation.RELU).classes(10).updater(new Adam(0.01)).seed(3).build();
        Path file = dir.resolve("best.zip");
        TrainingHistory history = Trainer.on(mlp).epochs(6).data(parts.train()).evaluateOn(parts.validation())
                .checkpoint(file, Metric.TEST_LOSS).progress(false).print(false).fit();

        double[] validation = history.testLosses();
        int bestEpoch = 1 + IntStream.range(0, validation.length).reduce((a, b) -> validation[b] < validation[a] ? b : a)
                .orElseThrow();
        Checkpoint best = Checkpoint.read(file);
        assertEquals(bestEpoch, best.epochsDone());
        assertEquals(validation[bestEpoch - 1], best.best());

        double reloaded = EpochMeasures.of(best.model(), EvaluationData.of(parts.validation()).pass(), true).loss();
        assertEquals(best.best(), reloaded, 1e-6 * best.best());
        double last = EpochMeasures.of(mlp, EvaluationData.of(parts.validation()).pass(), true).loss();
        assertEquals(validation[validation.length - 1], last, 1e-6 * last);
        assertTrue(bestEpoch == validation.length || reloaded < last, "the kept network is not the best one");
    }
}
