package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.data.InstalledData.assumeInstalled;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.data.DataSplit;
import org.lectern.data.ImageDataset;
import org.lectern.data.Mnist;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.LinearAutoencoder;
import org.lectern.nn.Pca;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import tech.tablesaw.api.Table;

/** The code-size sweep on quick-mode MNIST: PCA fitted once and truncated, one trained model per family and size. */
class CodeSizeSweepTest {
    private static DataSplit train;
    private static INDArray test;
    private static CodeSizeResults results;

    @BeforeAll
    static void sweep() {
        assumeInstalled(ImageDataset.MNIST);
        train = Mnist.train().quick(true).batchSize(20).shuffle(1);
        test = Mnist.test().quick(true).features();
        results = CodeSizeSweep.on(train).test(test).codeSizes(2, 8).epochs(3).progress(false).print(false)
                .autoencoder("linear", k -> LinearAutoencoder.builder(k).updater(new Adam(1e-2)).seed(1).build())
                .run();
    }

    @Test
    void pcaIsFittedOnTheTrainingImagesAndMeasuredOnTheTestImages() {
        Pca pca = Pca.fit(train.features(), 8);
        assertArrayEquals(new double[] {pca.truncated(2).reconstructionError(test), pca.reconstructionError(test)},
                results.errors(CodeSizeResults.PCA), 1e-12);
        assertEquals(8, results.pca().codeSize());
        assertTrue(results.errors("PCA")[1] < results.errors("PCA")[0], "a larger code reconstructs better");
    }

    @Test
    void eachFamilyHasOneTrainedModelPerCodeSizeMeasuredOnTheTestImages() {
        assertEquals(List.of("PCA", "linear"), results.names());
        assertArrayEquals(new int[] {2, 8}, results.codeSizes());
        for (int i = 0; i < 2; i++) {
            Autoencoder model = results.model("linear", results.codeSizes()[i]);
            assertEquals(results.codeSizes()[i], model.codeSize());
            assertEquals(model.reconstructionError(test), results.errors("linear")[i], 0.0);
            // 750 steps on 5000 images bring the linear autoencoder within 10% of PCA's error.
            assertEquals(results.errors("PCA")[i], results.errors("linear")[i], 0.1 * results.errors("PCA")[i]);
        }
        assertSame(results.model("linear", 8), results.model("linear", 8));
        assertTrue(results.secondsPerEpoch("linear")[0] > 0);
        Table table = results.table();
        assertEquals(List.of("code size", "PCA", "linear"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals(results.errors("linear")[1], table.doubleColumn("linear").get(1), 0.0);
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("no method named \"deep\"; the sweep has [PCA, linear]",
                assertThrows(IllegalArgumentException.class, () -> results.errors("deep")).getMessage());
        assertEquals("no method named \"PCA\" was trained; the sweep has [PCA, linear]",
                assertThrows(IllegalArgumentException.class, () -> results.model("PCA", 2)).getMessage());
        assertEquals("no model with a code of 5 units; the sweep measured [2, 8]",
                assertThrows(IllegalArgumentException.class, () -> results.model("linear", 5)).getMessage());
        assertEquals("set the images to measure on first: test(Mnist.test().features())",
                assertThrows(IllegalStateException.class, () -> CodeSizeSweep.on(train).run()).getMessage());
        assertEquals("code sizes must be at least 1 and increasing; got [8, 8]",
                assertThrows(IllegalArgumentException.class, () -> CodeSizeSweep.on(train).codeSizes(8, 8)).getMessage());
        assertEquals("name each autoencoder family, other than \"PCA\"; got \"PCA\"", assertThrows(
                IllegalArgumentException.class, () -> CodeSizeSweep.on(train).autoencoder("PCA", k -> null)).getMessage());
        assertEquals("the family \"fixed\" gave 784-400-784 for code size 2 and 784 inputs; build the code layer with k "
                + "units, e.g. .hidden(k, ...)", assertThrows(IllegalArgumentException.class, () -> CodeSizeSweep.on(train)
                        .test(test).codeSizes(2).progress(false).print(false)
                        .autoencoder("fixed", k -> Autoencoder.builder().hidden(400, Activation.TANH).build()).run())
                .getMessage());
    }
}
