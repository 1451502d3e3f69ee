package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.data.GaussianNoise;
import org.lectern.data.MaskingNoise;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

/** The sweep's errors are the mean squared errors of reconstructions of corrupted images against the clean ones. */
class NoiseSweepTest {
    private static final INDArray IMAGES = Nd4j.rand(DataType.FLOAT, 300, 10);
    private static final Autoencoder MODEL = Autoencoder.builder().inputs(10).hidden(4, Activation.TANH).seed(3).build();
    private static final Autoencoder OTHER = Autoencoder.builder().inputs(10).hidden(4, Activation.TANH).seed(4).build();

    @Test
    void eachLevelCorruptsTheImagesOnceAndEveryModelIsMeasuredOnThem() {
        Table table = NoiseSweep.levels(0.0, 0.2, 0.5).images(IMAGES)
                .model("first", MODEL).model("second", OTHER).noisyInput("noisy input").table();
        assertEquals(List.of("sigma", "first", "second", "noisy input"), table.columnNames());
        assertArrayEquals(new double[] {0.0, 0.2, 0.5}, table.doubleColumn("sigma").asDoubleArray());
        double[] levels = {0.0, 0.2, 0.5};
        for (int i = 0; i < levels.length; i++) {
            // The default corruption is the lecture's noise with sigma swept, from the default seed.
            INDArray noisy = GaussianNoise.of(0.1, levels[i]).corrupt(IMAGES);
            assertEquals(mse(MODEL.reconstruct(noisy), IMAGES), table.doubleColumn("first").get(i), 1e-7, "level " + i);
            assertEquals(mse(OTHER.reconstruct(noisy), IMAGES), table.doubleColumn("second").get(i), 1e-7, "level " + i);
            assertEquals(mse(noisy, IMAGES), table.doubleColumn("noisy input").get(i), 1e-7, "level " + i);
        }
    }

    @Test
    void largeImageSetsAreMeasuredInChunksWithTheSameResult() {
        INDArray many = Nd4j.rand(DataType.FLOAT, 4500, 10);
        // Masking everything is deterministic, so chunking cannot change what the models see.
        Table table = NoiseSweep.levels(0, 1).corruption(MaskingNoise::of).levelName("masked fraction")
                .images(many).model("model", MODEL).noisyInput("masked input").table();
        assertEquals(List.of("masked fraction", "model", "masked input"), table.columnNames());
        assertEquals(mse(MODEL.reconstruct(many), many), table.doubleColumn("model").get(0), 1e-7);
        assertEquals(0.0, table.doubleColumn("masked input").get(0), 0.0);
        INDArray black = Nd4j.zeros(DataType.FLOAT, 4500, 10);
        assertEquals(mse(MODEL.reconstruct(black), many), table.doubleColumn("model").get(1), 1e-7);
        assertEquals(mse(black, many), table.doubleColumn("masked input").get(1), 1e-7);
    }

    @Test
    void missingPiecesAndClashingNamesAreRefusedWithAClearMessage() {
        assertEquals("give at least one corruption level, e.g. levels(0, 0.1, 0.2)",
                assertThrows(IllegalArgumentException.class, NoiseSweep::levels).getMessage());
        assertEquals("corruption levels must be finite numbers; got NaN",
                assertThrows(IllegalArgumentException.class, () -> NoiseSweep.levels(0, Double.NaN)).getMessage());
        assertEquals("set the clean images first, e.g. .images(Mnist.test().features())",
                assertThrows(IllegalStateException.class, () -> NoiseSweep.levels(0).model("m", MODEL).table())
                        .getMessage());
        assertEquals("add at least one model with .model(name, autoencoder)",
                assertThrows(IllegalStateException.class, () -> NoiseSweep.levels(0).images(IMAGES).table())
                        .getMessage());
        assertEquals("the sweep already has a column named 'm'; give each model its own name",
                assertThrows(IllegalArgumentException.class, () -> NoiseSweep.levels(0).model("m", MODEL)
                        .model("m", OTHER)).getMessage());
        Autoencoder mnistSized = Autoencoder.builder().inputs(784).hidden(4, Activation.TANH).build();
        assertEquals("model 'mnist' takes 784 inputs but the images have 10 pixels",
                assertThrows(IllegalArgumentException.class, () -> NoiseSweep.levels(0).images(IMAGES)
                        .model("mnist", mnistSized).table()).getMessage());
    }

    private static double mse(INDArray output, INDArray clean) {
        INDArray difference = output.castTo(DataType.DOUBLE).sub(clean.castTo(DataType.DOUBLE));
        return difference.mul(difference).meanNumber().doubleValue();
    }
}
