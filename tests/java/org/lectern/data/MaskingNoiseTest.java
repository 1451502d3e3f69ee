package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Masking noise: the share of zeroed pixels, untouched others, fresh masks per call and seeding. */
class MaskingNoiseTest {
    // Strictly positive pixels, so that a 0 in the output can only come from the mask.
    private static final INDArray CLEAN = Nd4j.rand(DataType.FLOAT, 200, 784).muli(0.9).addi(0.05);

    @Test
    void theRequestedShareOfPixelsIsZeroedAndTheOthersAreKeptExactly() {
        INDArray before = CLEAN.dup();
        INDArray masked = MaskingNoise.of(0.25).corrupt(CLEAN);
        assertEquals(before, CLEAN, "the clean images are not changed");
        float[] clean = CLEAN.data().asFloat();
        float[] out = masked.data().asFloat();
        int zeros = 0;
        for (int i = 0; i < clean.length; i++) {
            if (out[i] == 0f) {
                zeros++;
            } else {
                assertEquals(clean[i], out[i], 0f, "pixel " + i + " is kept as it was");
            }
        }
        // 156,800 pixels: the binomial standard deviation of the share is 0.0011.
        assertEquals(0.25, zeros / (double) clean.length, 0.005, "share of masked pixels");
        assertArrayEquals(CLEAN.shape(), masked.shape());
        assertEquals(DataType.FLOAT, masked.dataType());
    }

    @Test
    void eachImageAndEachPixelPositionIsMaskedAlike() {
        INDArray masked = MaskingNoise.of(0.5).seed(3).corrupt(CLEAN);
        INDArray zeroed = masked.eq(0).castTo(DataType.DOUBLE);
        INDArray perImage = zeroed.mean(1);
        INDArray perPixel = zeroed.mean(0);
        // 784 pixels per image (sd 0.018), 200 images per position (sd 0.035): no image or position stands out.
        assertEquals(0.5, perImage.minNumber().doubleValue(), 0.08);
        assertEquals(0.5, perImage.maxNumber().doubleValue(), 0.08);
        assertEquals(0.5, perPixel.minNumber().doubleValue(), 0.16);
        assertEquals(0.5, perPixel.maxNumber().doubleValue(), 0.16);
    }

    @Test
    void fractionsZeroAndOneKeepEverythingOrNothing() {
        assertEquals(CLEAN, MaskingNoise.of(0).corrupt(CLEAN));
        assertEquals(0.0, MaskingNoise.of(1).corrupt(CLEAN).amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void doubleImagesStayDoubleAndFollowTheSameMask() {
        INDArray clean = CLEAN.castTo(DataType.DOUBLE);
        INDArray masked = MaskingNoise.of(0.3).seed(9).corrupt(clean);
        assertEquals(DataType.DOUBLE, masked.dataType());
        assertEquals(MaskingNoise.of(0.3).seed(9).corrupt(CLEAN).eq(0), masked.eq(0), "float and double get one mask");
    }

    @Test
    void everyCallMasksOtherPixelsAndTheSameSeedRepeatsTheSequence() {
        MaskingNoise mask = MaskingNoise.of(0.25).seed(11);
        INDArray first = mask.corrupt(CLEAN);
        INDArray second = mask.corrupt(CLEAN);
        assertFalse(first.equals(second), "a second batch gets another mask");
        MaskingNoise again = MaskingNoise.of(0.25).seed(11);
        assertEquals(first, again.corrupt(CLEAN));
        assertEquals(second, again.corrupt(CLEAN));
        assertEquals(first, mask.restarted().corrupt(CLEAN), "restarted() starts the sequence over");
        assertFalse(first.equals(MaskingNoise.of(0.25).seed(12).corrupt(CLEAN)), "another seed, other masks");
    }

    @Test
    void corruptIntoFillsAGivenArrayAndReadsColumnMajorInput() {
        INDArray out = Nd4j.create(DataType.FLOAT, 200, 784);
        assertEquals(MaskingNoise.of(0.25).corrupt(CLEAN), MaskingNoise.of(0.25).corruptInto(CLEAN, out));
        assertEquals(MaskingNoise.of(0.25).corrupt(CLEAN), MaskingNoise.of(0.25).corrupt(CLEAN.dup('f')));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaskingNoise.of(0.25).corruptInto(CLEAN, Nd4j.create(DataType.FLOAT, 100, 784)));
        assertEquals("the output array must be a row-major FLOAT array shaped [200, 784] like the clean one; got FLOAT "
                + "[100, 784] in order 'c'", e.getMessage());
    }

    @Test
    void badFractionsAndIntegerImagesAreRefusedWithAClearMessage() {
        for (double bad : new double[] {-0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaskingNoise.of(bad));
            assertEquals("the masked fraction of pixels must be a number from 0 to 1; got " + bad, e.getMessage());
        }
        IllegalArgumentException integers = assertThrows(IllegalArgumentException.class,
                () -> MaskingNoise.of(0.2).corrupt(Nd4j.zeros(DataType.INT, 2, 2)));
        assertTrue(integers.getMessage().startsWith("masking works on floating-point images; got INT"),
                integers.getMessage());
    }

    @Test
    void itDescribesItself() {
        assertEquals("masking noise (fraction 0.25, seed 42)", MaskingNoise.of(0.25).toString());
        assertEquals("masking noise (fraction 0.1, seed 7)", MaskingNoise.of(0.1).seed(7).toString());
    }
}
