package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class IdentityMeasureTest {
    private static final INDArray NOISE = IdentityMeasure.uniformNoise(300, 16, 3);

    @Test
    void theIdentityCopiesEveryProbe() {
        Autoencoder identity = linear(16);
        // Both layers' weights [16, 16] set to the identity, biases 0, in the flat layout: W column by column.
        INDArray flat = identity.params().assign(0);
        for (int layer = 0; layer < 2; layer++) {
            for (int j = 0; j < 16; j++) {
                flat.putScalar(layer * (16 * 16 + 16) + j * 17, 1.0);
            }
        }
        identity.setParams(flat);
        IdentityMeasure measure = IdentityMeasure.of(identity, NOISE);
        assertEquals(0.0, measure.error(), 1e-12);
        assertEquals(0.0, measure.relativeError(), 1e-10);
        assertArrayEquals(values(NOISE), values(measure.reconstructions()), 1e-6);
    }

    @Test
    void answeringTheProbesMeanImageScoresOne() {
        Autoencoder constant = linear(16);
        INDArray flat = constant.params().assign(0);
        flat.get(NDArrayIndex.interval(flat.length() - 16, flat.length())).assign(NOISE.castTo(DataType.DOUBLE).mean(0));
        constant.setParams(flat);
        IdentityMeasure measure = IdentityMeasure.of(constant, NOISE);
        assertEquals(1.0, measure.relativeError(), 1e-9);
        INDArray off = NOISE.castTo(DataType.DOUBLE).subRowVector(NOISE.castTo(DataType.DOUBLE).mean(0));
        assertEquals(off.mul(off).meanNumber().doubleValue(), measure.meanImageError(), 1e-12);
        assertEquals(1.0 / 12, measure.meanImageError(), 0.005, "uniform noise varies by 1/12 per pixel");
    }

    @Test
    void transposingFlipsEachSquareImageAboutItsDiagonal() {
        INDArray images = Nd4j.createFromArray(new float[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {9, 8, 7, 6, 5, 4, 3, 2, 1}});
        assertArrayEquals(new float[] {1, 4, 7, 2, 5, 8, 3, 6, 9}, IdentityMeasure.transposed(images).getRow(0).toFloatVector());
        assertArrayEquals(new float[] {9, 6, 3, 8, 5, 2, 7, 4, 1}, IdentityMeasure.transposed(images).getRow(1).toFloatVector());
        assertArrayEquals(values(images), values(IdentityMeasure.transposed(IdentityMeasure.transposed(images))), 0.0);
        assertEquals("images must be shaped [examples, side * side], one square image per row (e.g. [n, 784] for 28x28); "
                + "got [2, 8]", assertThrows(IllegalArgumentException.class,
                        () -> IdentityMeasure.transposed(Nd4j.rand(2, 8))).getMessage());
    }

    @Test
    void uniformNoiseLiesInTheUnitIntervalAndRepeatsWithItsSeed() {
        INDArray noise = IdentityMeasure.uniformNoise(500, 16, 11);
        assertArrayEquals(new long[] {500, 16}, noise.shape());
        assertEquals(DataType.FLOAT, noise.dataType());
        assertTrue(noise.minNumber().doubleValue() >= 0 && noise.maxNumber().doubleValue() < 1);
        assertEquals(0.5, noise.meanNumber().doubleValue(), 0.01);
        assertArrayEquals(values(noise), values(IdentityMeasure.uniformNoise(500, 16, 11)), 0.0);
        assertFalse(Arrays.equals(values(noise), values(IdentityMeasure.uniformNoise(500, 16, 12))));
        assertEquals("noise needs at least 1 image of at least 1 pixel; got 0 images of 16 pixels",
                assertThrows(IllegalArgumentException.class, () -> IdentityMeasure.uniformNoise(0, 16, 1)).getMessage());
    }

    @Test
    void badProbesAreRefusedAndTheMeasureDescribesItself() {
        assertEquals("probes must be shaped [examples, 16] for this 16-16-16 autoencoder; got [3, 4]",
                assertThrows(IllegalArgumentException.class, () -> IdentityMeasure.of(linear(16), Nd4j.rand(3, 4)))
                        .getMessage());
        assertEquals("the probes are all the same image (or hold NaN): nothing to copy; use varied inputs such as "
                + "IdentityMeasure.transposed(testImages)", assertThrows(IllegalArgumentException.class,
                        () -> IdentityMeasure.of(linear(16), Nd4j.ones(5, 16))).getMessage());
        assertTrue(IdentityMeasure.of(linear(16), NOISE).toString().matches(
                "probe reconstruction error \\S+, \\S+ of the mean image's 0\\.08\\d*, 300 probes"));
    }

    private static Autoencoder linear(int inputs) {
        return Autoencoder.builder().inputs(inputs).hidden(inputs, Activation.IDENTITY).outputActivation(Activation.IDENTITY)
                .dataType(DataType.DOUBLE).build();
    }

    private static double[] values(INDArray array) {
        return array.castTo(DataType.DOUBLE).dup('c').reshape(array.length()).toDoubleVector();
    }
}
