package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureGridTest {
    private static BufferedImage filled(int side, Color colour) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        return image;
    }

    /** A 4x4 picture whose pixel (x, y) has red 40 x and blue 40 y. */
    private static BufferedImage gradient() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                image.setRGB(x, y, new Color(40 * x, 0, 40 * y).getRGB());
            }
        }
        return image;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void eachPictureIsDrawnInItsColoursAtItsRowAndColumn() {
        Color[][] colours = {{Color.RED, Color.GREEN, Color.BLUE}, {Color.ORANGE, Color.MAGENTA, Color.CYAN}};
        PictureGrid grid = PictureGrid.builder().title("Colours").columnCaptions("a", "b", "c")
                .row("first", filled(8, colours[0][0]), filled(8, colours[0][1]), filled(8, colours[0][2]))
                .row("second", filled(8, colours[1][0]), filled(8, colours[1][1]), filled(8, colours[1][2]));
        GridLayout layout = grid.plan().layout();

        BufferedImage image = grid.build();

        assertEquals(layout.width(), image.getWidth());
        assertEquals(layout.height(), image.getHeight());
        assertEquals(8, layout.tileWidth());
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                int expected = colours[r][c].getRGB() & 0xFFFFFF;
                assertEquals(expected, rgb(image, layout.tileX(c), layout.tileY(r)), "top left of tile " + r + "," + c);
                assertEquals(expected, rgb(image, layout.tileX(c) + 7, layout.tileY(r) + 7), "bottom right of " + r + "," + c);
            }
        }
        assertEquals(0xFFFFFF, rgb(image, layout.tileX(1) - 1, layout.tileY(0)), "the gap between tiles is white");
        assertTrue(layout.labelWidth() > 0 && layout.columnCaptionHeight() > 0, "room for the labels and captions");
    }

    @Test
    void aSmallerPictureIsEnlargedToTheTileWithSharpPixels() {
        PictureGrid grid = PictureGrid.builder().row("pictures", filled(8, Color.WHITE), gradient());
        GridLayout layout = grid.plan().layout();

        BufferedImage image = grid.build();

        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int expected = new Color(40 * (x / 2), 0, 40 * (y / 2)).getRGB() & 0xFFFFFF;
                assertEquals(expected, rgb(image, layout.tileX(1) + x, layout.tileY(0) + y), "tile pixel " + x + "," + y);
            }
        }
    }

    @Test
    void theTileSizeCanBeSetAndRowsMayBeShorter(@TempDir Path dir) throws Exception {
        PictureGrid grid = PictureGrid.builder().tileSize(12).row("two", gradient(), gradient()).row("one", gradient());
        GridLayout layout = grid.plan().layout();

        BufferedImage saved = grid.save(dir.resolve("grid.png"));

        assertEquals(12, layout.tileWidth());
        assertEquals(12, layout.tileHeight());
        assertEquals(2, layout.columns());
        assertEquals(new Color(120, 0, 120).getRGB() & 0xFFFFFF, rgb(saved, layout.tileX(0) + 11, layout.tileY(1) + 11));
        assertEquals(0xFFFFFF, rgb(saved, layout.tileX(1) + 6, layout.tileY(1) + 6), "no picture at row 1, column 1");
        assertEquals(saved.getWidth(), ImageIO.read(dir.resolve("grid.png").toFile()).getWidth());
    }

    @Test
    void badGridsAreRefusedWithWhatToDo() {
        assertEquals("the grid has no pictures; add a row with row(label, pictures...)",
                assertThrows(IllegalStateException.class, () -> PictureGrid.builder().build()).getMessage());
        assertEquals("there are 1 column captions for 2 columns; give exactly one per column",
                assertThrows(IllegalArgumentException.class, () -> PictureGrid.builder().columnCaptions("x")
                        .row("r", gradient(), gradient()).build()).getMessage());
        assertEquals("row \"r\" has no pictures; give at least one",
                assertThrows(IllegalArgumentException.class, () -> PictureGrid.builder().row("r")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PictureGrid.builder().row(" ", gradient()));
        assertThrows(IllegalArgumentException.class, () -> PictureGrid.builder().tileSize(0));
    }
}
