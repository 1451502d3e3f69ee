package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.lecture.CheckTest.failure;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ArrayChecksTest {
    @Test
    void shapeMustMatchDimensionByDimension() {
        INDArray codes = Nd4j.zeros(10, 4);
        assertEquals("PASS: codes has shape [10, 4], as expected", Check.that("codes", codes).hasShape(10, 4).toString());
        assertEquals("FAIL: codes has shape [10, 4], not [4, 10]. Hint: transpose", failure(() ->
                Check.that("codes", codes).hint("transpose").hasShape(4, 10)));
        assertEquals("FAIL: codes is null, not an array of shape [10, 4]",
                failure(() -> Check.that("codes", (INDArray) null).hasShape(10, 4)));
    }

    @Test
    void psnrIsMeasuredAgainstTheReferenceAndNamedWithItsBar() {
        INDArray truth = Nd4j.createFromArray(new double[] {0.2, 0.4, 0.6, 0.8});
        INDArray close = truth.add(0.01);   // MSE 1e-4: 40 dB
        assertEquals("PASS: PSNR of your image against the reference is 40.00 dB, above 30 dB",
                Check.image("your image", close).hasPsnrAbove(truth, 30).toString());
        assertEquals("FAIL: PSNR of your image against the reference is 40.00 dB, not above 45 dB",
                failure(() -> Check.image("your image", close).hasPsnrAbove(truth, 45)));
        assertEquals("PASS: PSNR of the copy against the reference is ∞ dB (identical), above 30 dB",
                Check.image("the copy", truth.dup()).hasPsnrAbove(truth, 30).toString());
    }

    @Test
    void meanAbsoluteDifferenceIsMeasuredOverEveryValue() {
        INDArray truth = Nd4j.createFromArray(new double[] {0.2, 0.4, 0.6, 0.8});
        INDArray off = Nd4j.createFromArray(new double[] {0.3, 0.4, 0.5, 0.8});   // |diff| mean 0.05
        assertEquals("PASS: mean absolute difference of denoised from the reference is 0.05, below 0.06",
                Check.image("denoised", off).hasMeanAbsoluteDifferenceBelow(truth, 0.06).toString());
        assertEquals("FAIL: mean absolute difference of denoised from the reference is 0.05, not below 0.04",
                failure(() -> Check.image("denoised", off).hasMeanAbsoluteDifferenceBelow(truth, 0.04)));
    }

    @Test
    void imagesOfDifferentSizesOrOutOfRangeValuesFailWithTheReason() {
        BufferedImage small = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        BufferedImage large = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        assertEquals("FAIL: your render is 32x32 and the reference 64x64: they must be the same size to compare",
                failure(() -> Check.image("your render", small).hasPsnrAbove(large, 20)));
        String outOfRange = failure(() -> Check.image("raw pixels", Nd4j.createFromArray(255.0, 0.0))
                .hasPsnrAbove(Nd4j.createFromArray(1.0, 0.0), 20));
        assertEquals("FAIL: the PSNR of raw pixels cannot be measured: the first array holds values from 0.0 to 255.0; "
                + "this PSNR is for values in [0, 1] (for 8-bit pixels divide by 255 first)", outOfRange);
    }

    @Test
    void bufferedImagesCompareByTheirRgbValuesOver255() {
        BufferedImage black = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                grey.setRGB(x, y, 0x333333);   // 51 / 255 = 0.2 in every channel
            }
        }
        assertEquals("PASS: mean absolute difference of grey from the reference is 0.2, below 0.21",
                Check.image("grey", grey).hasMeanAbsoluteDifferenceBelow(black, 0.21).toString());
        assertEquals("PASS: PSNR of grey against the reference is 13.98 dB, above 13 dB",
                Check.image("grey", grey).hasPsnrAbove(black, 13).toString());
    }
}
