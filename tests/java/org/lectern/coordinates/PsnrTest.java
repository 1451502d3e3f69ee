package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class PsnrTest {
    private static INDArray filled(double value, long... shape) {
        return Nd4j.valueArrayOf(shape, value, DataType.DOUBLE);
    }

    @Test
    void identicalArraysHaveAnInfinitePsnrWrittenAsIdentical() {
        INDArray image = Nd4j.rand(DataType.FLOAT, 100, 3);

        double psnr = Psnr.of(image, image.dup());

        assertEquals(Double.POSITIVE_INFINITY, psnr);
        assertEquals("∞ dB (identical)", Psnr.format(psnr));
    }

    @Test
    void aConstantErrorOfOneTenthIsTwentyDecibels() {
        assertEquals(20, Psnr.of(filled(0.6, 50, 3), filled(0.5, 50, 3)), 1e-9);
        assertEquals(20, Psnr.of(filled(0.4, 50, 3), filled(0.5, 50, 3)), 1e-9);
        assertEquals(40, Psnr.of(filled(0.51, 50, 3), filled(0.5, 50, 3)), 1e-9);
        assertEquals("20.00 dB", Psnr.format(Psnr.of(filled(0.6, 50, 3), filled(0.5, 50, 3))));
    }

    @Test
    void theMseIsTheMeanOverEveryValue() {
        // Half the values off by 0.2, half exact: MSE = 0.04 / 2 = 0.02, PSNR = -10 log10(0.02) = 16.9897 dB.
        INDArray expected = filled(0.5, 4, 3);
        INDArray actual = expected.dup();
        actual.get(NDArrayIndex.interval(0, 2), NDArrayIndex.all()).assign(0.7);

        assertEquals(0.02, Psnr.mse(actual, expected), 1e-12);
        assertEquals(16.98970004, Psnr.of(actual, expected), 1e-6);
        assertEquals(Double.POSITIVE_INFINITY, Psnr.fromMse(0));
        assertEquals(30, Psnr.fromMse(0.001), 1e-9);
    }

    @Test
    void imagesAreComparedOnTheirRgbValuesOverTwoHundredFiftyFive() {
        BufferedImage grey = SyntheticImages.filled(8, 8, new Color(100, 100, 100));
        BufferedImage bluer = SyntheticImages.filled(8, 8, new Color(100, 100, 151));

        double expected = -10 * Math.log10(Math.pow(51 / 255.0, 2) / 3);
        assertEquals(expected, Psnr.of(bluer, grey), 1e-4);
        assertEquals(Double.POSITIVE_INFINITY, Psnr.of(grey, SyntheticImages.filled(8, 8, new Color(100, 100, 100))));
    }

    @Test
    void mismatchedOrOutOfRangeInputIsRefusedWithWhatToDo() {
        assertEquals("PSNR compares arrays of the same shape; got [4, 3] and [3, 4]",
                assertThrows(IllegalArgumentException.class, () -> Psnr.of(filled(0, 4, 3), filled(0, 3, 4))).getMessage());
        assertEquals("PSNR compares images of the same size; got 8x8 and 8x4", assertThrows(IllegalArgumentException.class,
                () -> Psnr.of(SyntheticImages.filled(8, 8, Color.RED), SyntheticImages.filled(8, 4, Color.RED))).getMessage());
        assertEquals("the second array holds values from 0.0 to 255.0; this PSNR is for values in [0, 1] (for 8-bit pixels "
                + "divide by 255 first)", assertThrows(IllegalArgumentException.class,
                () -> Psnr.of(filled(0.5, 2, 3), Nd4j.createFromArray(new double[][] {{0, 255, 3}, {1, 2, 3}}))).getMessage());
        assertEquals("a mean squared error is 0 or more; got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Psnr.fromMse(-1)).getMessage());
        assertEquals("NaN dB", Psnr.format(Double.NaN));
    }
}
