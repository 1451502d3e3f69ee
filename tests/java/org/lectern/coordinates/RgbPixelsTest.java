package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RgbPixelsTest {
    @Test
    void anImageComesBackPixelForPixel() {
        BufferedImage image = SyntheticImages.text(32);

        BufferedImage back = RgbPixels.toImage(RgbPixels.of(image), 32, 32);

        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void valuesAreClippedAndRoundedToEightBits() {
        INDArray colours = Nd4j.createFromArray(new float[][] {{1.2f, -0.1f, Float.NaN}, {0.5f, 0.2f, 1f}});

        BufferedImage image = RgbPixels.toImage(colours, 2, 1);

        assertEquals(255 << 16, image.getRGB(0, 0) & 0xFFFFFF, "1.2 -> 255, -0.1 -> 0, NaN -> 0");
        assertEquals(128 << 16 | 51 << 8 | 255, image.getRGB(1, 0) & 0xFFFFFF, "0.5 -> 128, 0.2 -> 51");
    }

    @Test
    void theColoursMustHaveOneRgbRowPerPixel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RgbPixels.toImage(Nd4j.zeros(15, 3), 4, 4));
        assertEquals("a 4x4 image needs colours shaped [16, 3] (one RGB row per pixel, row by row); got [15, 3]",
                e.getMessage());
        assertArrayEquals(new long[] {6, 3}, RgbPixels.of(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB)).shape());
    }
}
