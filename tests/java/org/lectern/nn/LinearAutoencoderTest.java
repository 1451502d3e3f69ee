package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;

/** The linear autoencoder trained to its optimum reaches PCA's reconstruction error and spans PCA's space. */
class LinearAutoencoderTest {
    private static final double[] SPREADS = {3.0, 2.0, 1.5, 1.0, 0.6, 0.3, 0.2, 0.1};
    private static final INDArray DATA = SyntheticData.rotatedGaussian(300, SPREADS, 11);
    private static final int STEPS = 3000;

    @Test
    void trainedToItsOptimumItReachesPcasErrorAndSpansTheTopComponents() {
        for (int k : new int[] {1, 3}) {
            Autoencoder linear = LinearAutoencoder.builder(k).inputs(8).dataType(DataType.DOUBLE)
                    .updater(new Adam(0.01)).seed(5).build();
            Pca pca = Pca.fit(DATA, k);
            double start = linear.reconstructionError(DATA);
            DataSet batch = new DataSet(DATA, DATA);
            for (int step = 0; step < STEPS; step++) {
                linear.fitBatch(batch);
            }
            double optimum = pca.reconstructionError(DATA);
            double reached = linear.reconstructionError(DATA);
            assertTrue(start > 2 * optimum, "k = " + k + ": it starts far away: " + start + " vs " + optimum);
            // PCA is the best rank-k affine map, so no autoencoder beats it; the trained one comes within 0.01%.
            assertTrue(reached >= optimum * (1 - 1e-9), "k = " + k + ": " + reached + " below PCA's " + optimum);
            assertEquals(optimum, reached, 1e-4 * optimum, "k = " + k + ": linear autoencoder vs PCA");
            assertEquals(1.0, pca.subspaceOverlap(linear.weights(1).transpose()), 1e-5,
                    "k = " + k + ": the decoder spans the top-" + k + " space");
            // One more component explains more: the error a k-unit code must reach is not a looser one.
            assertTrue(Pca.fit(DATA, k + 1).reconstructionError(DATA) < 0.9 * reached);
        }
    }

    @Test
    void theBuilderIsPresetToIdentityActivationsMseAndAdam() {
        Autoencoder linear = LinearAutoencoder.builder(32).build();
        assertEquals("784-32-784", linear.spec().sizes());
        assertTrue(linear.layers().stream().allMatch(l -> l.activation() == Activation.IDENTITY));
        assertEquals(org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction.MSE, linear.loss());
        assertEquals(new Adam(LinearAutoencoder.LEARNING_RATE), linear.updater());
        assertEquals("the code size must be at least 1; got 0",
                assertThrows(IllegalArgumentException.class, () -> LinearAutoencoder.builder(0)).getMessage());
    }
}
