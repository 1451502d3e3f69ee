package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The denoising autoencoder's corruption: its statistics, its clamping and its seeding. */
class GaussianNoiseTest {
    private static final INDArray CLEAN = Nd4j.rand(DataType.FLOAT, 200, 784);

    @Test
    void theNoiseHasTheRequestedMeanAndStandardDeviation() {
        INDArray noise = GaussianNoise.of(0.1, 0.2).noise(CLEAN);
        assertEquals(0.1, noise.meanNumber().doubleValue(), 0.002);
        assertEquals(0.2, noise.stdNumber().doubleValue(), 0.002);
    }

    @Test
    void theVectorPassIsPickedWhereTheVectorApiIsThere() {
        // Once it refused CPUs narrower than 512 bits, and GaussianNoise fell back to plain Java without a word.
        assertEquals("VectorGaussianFill", GaussianNoise.pass(), "surefire runs with --add-modules jdk.incubator.vector");
    }

    @Test
    void theNoiseIsNormalOnBothPassesAndTheyAgree() {
        int n = 100_003;
        ByteBuffer vector = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder());
        ByteBuffer scalar = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder());
        new VectorGaussianFill().fill(null, 0, vector, 0, n, 17, -5, 0, 1, false, false);
        GaussianNoise.fillScalar(null, 0, scalar, 0, n, 17, -5, 0, 1, false, false);
        int withinOne = 0;
        int withinTwo = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float z = vector.getFloat(4 * i);
            assertEquals(scalar.getFloat(4 * i), z, GaussianNoise.vectorTolerance(1, scalar.getFloat(4 * i)),
                    "element " + i);
            withinOne += Math.abs(z) < 1 ? 1 : 0;
            withinTwo += Math.abs(z) < 2 ? 1 : 0;
            sum += z;
        }
        assertEquals(0.6827, withinOne / (double) n, 0.005, "share within one sigma");
        assertEquals(0.9545, withinTwo / (double) n, 0.003, "share within two sigma");
        assertEquals(0, sum / n, 0.01, "mean");
    }

    @Test
    void doubleImagesGetDoubleNoise() {
        INDArray clean = CLEAN.castTo(DataType.DOUBLE);
        INDArray noisy = GaussianNoise.of(0.1, 0.2).corrupt(clean);
        INDArray noise = GaussianNoise.of(0.1, 0.2).noise(clean);
        assertEquals(DataType.DOUBLE, noisy.dataType());
        assertEquals(0.1, noise.meanNumber().doubleValue(), 0.002);
        INDArray expected = org.nd4j.linalg.ops.transforms.Transforms.min(
                org.nd4j.linalg.ops.transforms.Transforms.max(clean.add(noise), 0.0), 1.0);
        assertEquals(0.0, expected.sub(noisy).amaxNumber().doubleValue(), 1e-15);
    }

    @Test
    void corruptedImagesAreCleanPlusNoiseClampedToTheUnitIntervalAndTheCleanOnesStay() {
        INDArray before = CLEAN.dup();
        INDArray noisy = GaussianNoise.of(0.1, 0.2).seed(3).corrupt(CLEAN);
        INDArray noise = GaussianNoise.of(0.1, 0.2).seed(3).noise(CLEAN);
        assertEquals(before, CLEAN, "the clean images are not changed");
        assertEquals(0.0, noisy.minNumber().doubleValue(), 0.0, "some pixels clamp at 0");
        assertEquals(1.0, noisy.maxNumber().doubleValue(), 0.0, "some pixels clamp at 1");
        float[] clean = CLEAN.data().asFloat();
        float[] n = noise.data().asFloat();
        float[] corrupted = noisy.data().asFloat();
        for (int i = 0; i < clean.length; i++) {
            assertEquals(Math.min(1f, Math.max(0f, clean[i] + n[i])), corrupted[i], 1e-7f, "pixel " + i);
        }
        assertEquals(DataType.FLOAT, noisy.dataType());
        assertArrayEquals(CLEAN.shape(), noisy.shape());
    }

    @Test
    void everyCallDrawsFreshNoiseAndTheSameSeedRepeatsTheSequence() {
        GaussianNoise noise = GaussianNoise.of(0.1, 0.2).seed(11);
        INDArray first = noise.corrupt(CLEAN);
        INDArray second = noise.corrupt(CLEAN);
        assertFalse(first.equals(second), "a second batch gets different noise");
        GaussianNoise again = GaussianNoise.of(0.1, 0.2).seed(11);
        assertEquals(first, again.corrupt(CLEAN));
        assertEquals(second, again.corrupt(CLEAN));
        assertEquals(first, noise.restarted().corrupt(CLEAN), "restarted() starts the sequence over");
        assertFalse(first.equals(GaussianNoise.of(0.1, 0.2).seed(12).corrupt(CLEAN)), "another seed, other noise");
    }

    @Test
    void corruptIntoFillsAGivenArrayWithWhatCorruptReturns() {
        INDArray out = Nd4j.create(DataType.FLOAT, 200, 784);
        assertEquals(GaussianNoise.of(0.1, 0.2).corrupt(CLEAN), GaussianNoise.of(0.1, 0.2).corruptInto(CLEAN, out));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianNoise.of(0.1, 0.2).corruptInto(CLEAN, Nd4j.create(DataType.FLOAT, new long[] {200, 784}, 'f')));
        assertEquals("the output array must be a row-major FLOAT array shaped [200, 784] like the clean one; got FLOAT "
                + "[200, 784] in order 'f'", e.getMessage());
    }

    @Test
    void sigmaZeroShiftsByTheMeanOnly() {
        INDArray half = Nd4j.valueArrayOf(new long[] {3, 4}, 0.5, DataType.DOUBLE);
        INDArray shifted = GaussianNoise.of(0.1, 0).corrupt(half);
        assertEquals(0.6, shifted.minNumber().doubleValue(), 1e-12);
        assertEquals(0.6, shifted.maxNumber().doubleValue(), 1e-12);
    }

    @Test
    void badParametersAreRefusedWithAClearMessage() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> GaussianNoise.of(0.1, -0.2));
        assertEquals("the noise standard deviation sigma must be a finite number >= 0; got -0.2", negative.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> GaussianNoise.of(0.1, Double.NaN));
        assertEquals("the noise standard deviation sigma must be a finite number >= 0; got NaN", nan.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> GaussianNoise.of(0.1, Double.POSITIVE_INFINITY));
        assertEquals("the noise standard deviation sigma must be a finite number >= 0; got Infinity",
                infinite.getMessage());
        IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
                () -> GaussianNoise.of(Double.NaN, 0.2));
        assertEquals("the noise mean must be a finite number; got NaN", mean.getMessage());
        IllegalArgumentException integers = assertThrows(IllegalArgumentException.class,
                () -> GaussianNoise.of(0.1, 0.2).corrupt(Nd4j.zeros(DataType.INT, 2, 2)));
        assertTrue(integers.getMessage().startsWith("noise is added to floating-point images; got INT"),
                integers.getMessage());
    }

    @Test
    void itDescribesItself() {
        assertEquals("Gaussian noise (mean 0.1, sigma 0.2, seed 42)", GaussianNoise.of(0.1, 0.2).toString());
    }
}
