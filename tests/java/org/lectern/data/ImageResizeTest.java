package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageResizeTest {
    @Test
    void givesTheSizeAskedForShrinkingEnlargingAndKeeping() {
        BufferedImage image = ImageStatistics.noise(128, 128, 1);
        for (int size : new int[] {64, 50, 1, 128, 200, 256}) {
            BufferedImage resized = ImageResize.square(image, size);
            assertEquals(size, resized.getWidth(), "width for " + size);
            assertEquals(size, resized.getHeight(), "height for " + size);
            assertEquals(BufferedImage.TYPE_INT_RGB, resized.getType());
        }
    }

    @Test
    void halvingAveragesEachTwoByTwoBlockWhereNearestNeighbourWouldKeepOneColour() {
        // A one-pixel black/white checkerboard: every 2x2 block averages to 127.5 grey.
        BufferedImage checker = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                checker.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0x000000);
            }
        }
        BufferedImage half = ImageResize.square(checker, 32);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int rgb = half.getRGB(x, y) & 0xFFFFFF;
                assertTrue(rgb == 0x7F7F7F || rgb == 0x808080, "pixel " + x + "," + y + " is " + Integer.toHexString(rgb));
            }
        }
    }

    @Test
    void shrinkingKeepsTheMeanColourAlsoAtANonIntegerRatio() {
        BufferedImage image = ImageStatistics.noise(512, 512, 7);
        double[] before = ImageStatistics.meanRgb(image);
        for (int size : new int[] {256, 200, 97}) {
            double[] after = ImageStatistics.meanRgb(ImageResize.square(image, size));
            for (int c = 0; c < 3; c++) {
                assertEquals(before[c], after[c], 0.75, "channel " + c + " at " + size);
            }
        }
    }

    @Test
    void enlargingInterpolatesBetweenNeighboursAndKeepsTheMeanColour() {
        BufferedImage ramp = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ramp.setRGB(0, 0, 0x000000);
        ramp.setRGB(0, 1, 0x000000);
        ramp.setRGB(1, 0, 0xC8C8C8);
        ramp.setRGB(1, 1, 0xC8C8C8);
        BufferedImage big = ImageResize.square(ramp, 8);
        int[] row = new int[8];
        for (int x = 0; x < 8; x++) {
            row[x] = big.getRGB(x, 3) & 0xFF;
        }
        // Bilinear: flat at the ends, a ramp between the two pixel centres (not a hard step at x = 4).
        assertEquals(0, row[0]);
        assertEquals(200, row[7]);
        for (int x = 2; x < 6; x++) {
            assertTrue(row[x] > row[x - 1] && row[x] > 0 && row[x] < 200, "ramp at " + x + ": " + java.util.Arrays.toString(row));
        }
        double[] mean = ImageStatistics.meanRgb(big);
        assertEquals(100, mean[0], 1.0);
    }

    @Test
    void aNonSquareImageIsCroppedToItsCentredSquareFirst() {
        BufferedImage stripes = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stripes.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 100, 100);
        graphics.setColor(Color.GREEN);
        graphics.fillRect(100, 0, 100, 100);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(200, 0, 100, 100);
        graphics.dispose();
        for (int size : new int[] {100, 50, 150}) {
            BufferedImage square = ImageResize.square(stripes, size);
            assertArrayEquals(new double[] {0, 255, 0}, ImageStatistics.meanRgb(square), 1e-9, "size " + size);
        }
    }

    @Test
    void theSameSizeGivesAnRgbCopyAndLeavesTheInputAlone() {
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(1, 1, 0xFF123456);
        argb.setRGB(2, 2, 0x00FFFFFF); // fully transparent white
        BufferedImage copy = ImageResize.square(argb, 4);
        assertNotSame(argb, copy);
        assertEquals(BufferedImage.TYPE_INT_RGB, copy.getType());
        assertEquals(0x123456, copy.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0x000000, copy.getRGB(2, 2) & 0xFFFFFF, "transparent pixels become black");
        assertEquals(0x00FFFFFF, argb.getRGB(2, 2));
    }

    @Test
    void aSizeThatIsNotPositiveIsAClearError() {
        BufferedImage image = ImageStatistics.noise(8, 8, 0);
        for (int size : new int[] {0, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageResize.square(image, size));
            assertEquals("image size must be a positive number of pixels, got " + size
                    + " (e.g. 512 as in the paper, 256 for a quick run)", e.getMessage());
        }
    }
}
