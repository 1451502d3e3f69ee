package org.lectern.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.lectern.data.HoldOut;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.data.Mnist;
import org.lectern.nn.Classifier;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import tech.tablesaw.api.Table;

/** The homework's trials on the quick MNIST slice: checkpoints reloaded give the recorded losses; a NaN run is recorded. */
class OptimizerTrialsTest {
    @BeforeAll
    static void assumeMnistIsInstalled() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
    }

    @Test
    void eachTrialKeepsItsBestValidationCheckpointAndADivergentOneIsRecorded(@TempDir Path dir) {
        HoldOut parts = Mnist.train().quick(true).holdOut(1_000, 7);
        TrialResults results = OptimizerTrials.on(parts).test(Mnist.test().quick(true))
                .model(u -> Classifier.builder().hidden(32, Activation.RELU).classes(10).updater(u).seed(5).build())
                .epochs(3).checkpoints(dir).print(false)
                .trial("Adam", new Adam(0.003)).trial("SGD, lr 1e30", new Sgd(1e30))
                .run();
        Trial adam = results.trial("Adam");
        assertFalse(adam.diverged());
        assertEquals(3, adam.history().size());
        double[] validation = adam.history().testLosses();
        double lowest = Math.min(validation[0], Math.min(validation[1], validation[2]));
        assertEquals(lowest, adam.bestValidationLoss());
        assertEquals(lowest, validation[adam.bestEpoch() - 1]);
        assertEquals(adam.bestValidationLoss(), adam.reloadedValidationLoss(), 1e-5 * lowest, "the reloaded network differs");
        assertTrue(adam.testAccuracy() > 80, "test accuracy " + adam.testAccuracy());
        assertTrue(Files.exists(dir.resolve("Adam.zip")));

        Trial blownUp = results.trial("SGD, lr 1e30");
        assertTrue(blownUp.diverged(), blownUp.toString());
        assertEquals(blownUp, results.trials().get(1));
        assertEquals(adam, results.best());

        Table table = results.table();
        assertEquals(List.of("Adam", "SGD, lr 1e30"), table.stringColumn("optimizer").asList());
        assertEquals("no", table.stringColumn("diverged").get(0));
        assertTrue(table.stringColumn("diverged").get(1).startsWith("yes: loss "), table.stringColumn("diverged").get(1));

        XYChart curves = results.curves("Adam");
        assertEquals(3, curves.getSeriesMap().size());
        assertTrue(results.validationCurves("validation").getSeriesMap().containsKey("Adam (best)"));
        XYChart rates = TrialResults.rateChart("rates", Map.of("Adam", results));
        assertEquals(1, rates.getSeriesMap().size());
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertEquals("SGD_lr_0.1.zip", OptimizerTrials.fileName("SGD, lr 0.1"));
        assertEquals("Adam_1e-3_.zip", OptimizerTrials.fileName("Adam (1e-3)"));
    }
}
