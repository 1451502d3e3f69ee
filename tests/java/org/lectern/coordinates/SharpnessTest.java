package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import org.junit.jupiter.api.Test;

class SharpnessTest {
    private static BufferedImage filled(int size, Color colour) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }

    @Test
    void aFlatImageScoresZeroAndACheckerboardOne() {
        assertEquals(0, Sharpness.of(filled(8, new Color(30, 200, 90))), 0.0);
        BufferedImage checker = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                checker.setRGB(column, row, (row + column) % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        assertEquals(1, Sharpness.of(checker), 1e-12);
    }

    @Test
    void stripesCountTheirEdgesAcrossButNotAlong() {
        // Vertical black/white stripes: the 12 horizontal pairs of a 4x4 image differ fully, the 12 vertical pairs not at all.
        BufferedImage stripes = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                stripes.setRGB(column, row, column % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        assertEquals(Math.sqrt(0.5), Sharpness.of(stripes), 1e-12);
        // Only the red channel changes, by 51 of 255: one channel of three differs by 0.2 on every horizontal pair.
        BufferedImage red = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                red.setRGB(column, row, column % 2 == 0 ? 51 << 16 : 0);
            }
        }
        assertEquals(Math.sqrt(0.5 * 0.2 * 0.2 / 3), Sharpness.of(red), 1e-12);
    }

    @Test
    void blurringLowersItAndRelativeComparesWithTheOriginal() {
        BufferedImage text = SyntheticImages.text(64);
        float ninth = 1f / 9;
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, new float[] {ninth, ninth, ninth, ninth, ninth, ninth, ninth,
                ninth, ninth}), ConvolveOp.EDGE_NO_OP, new RenderingHints(null)).filter(text, null);

        double kept = Sharpness.relative(blurred, text);
        assertTrue(kept < 0.6 && kept > 0.2, "a 3x3 box blur keeps " + kept + " of the sharpness");
        assertEquals(1, Sharpness.relative(text, text), 0.0);
    }

    @Test
    void aSharpEdgeBlurredOverThreePixelsKeepsTheRootOfAThird() {
        BufferedImage edge = new BufferedImage(6, 1, BufferedImage.TYPE_INT_RGB);
        BufferedImage ramp = new BufferedImage(6, 1, BufferedImage.TYPE_INT_RGB);
        int[] grey = {0, 0, 85, 170, 255, 255};
        for (int x = 0; x < 6; x++) {
            edge.setRGB(x, 0, x < 3 ? 0 : 0xFFFFFF);
            ramp.setRGB(x, 0, grey[x] * 0x010101);
        }
        assertEquals(Math.sqrt(1 / 5.0), Sharpness.of(edge), 1e-12);
        assertEquals(Math.sqrt(1 / 3.0), Sharpness.relative(ramp, edge), 1e-12);
    }

    @Test
    void aFlatReferenceOrASinglePixelIsRefused() {
        BufferedImage flat = filled(4, Color.GRAY);
        assertEquals("the reference image is flat (sharpness 0), so no sharpness is relative to it",
                assertThrows(IllegalArgumentException.class, () -> Sharpness.relative(flat, flat)).getMessage());
        assertEquals("sharpness compares neighbouring pixels, so the image needs at least 2 pixels; got 1x1",
                assertThrows(IllegalArgumentException.class, () -> Sharpness.of(filled(1, Color.GRAY))).getMessage());
    }
}
