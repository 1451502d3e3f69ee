package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImageGridTest {
    /** n images of 784 values; image i, pixel p holds ((p + 7 i) mod 784) / 783, so every tile differs. */
    static double[][] ramps(int n) {
        double[][] images = new double[n][784];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 784; p++) {
                images[i][p] = ((p + 7 * i) % 784) / 783.0;
            }
        }
        return images;
    }

    private static int grey(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        int blue = rgb & 0xFF;
        assertEquals(blue * 0x010101, rgb, "pixel " + x + "," + y + " is not grey: " + Integer.toHexString(rgb));
        return blue;
    }

    /** Asserts that image pixel (px, py) of tile (row, column) is drawn as the whole scale x scale block with {@code expected}. */
    private static void assertPixel(BufferedImage image, GridLayout layout, int row, int column, int px, int py, int expected) {
        int scale = layout.tileWidth() / 28;
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                int x = layout.tileX(column) + px * scale + dx;
                int y = layout.tileY(row) + py * scale + dy;
                assertEquals(expected, grey(image, x, y), "tile " + row + "," + column + " pixel " + px + "," + py);
            }
        }
    }

    @Test
    void theImageIsAsBigAsTheTilesGapsAndMargins() {
        ImageGrid grid = ImageGrid.builder().title("t").images(ramps(20)).columns(10).scale(3).gap(2).legend(false);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();

        assertEquals(2, layout.rows());
        assertEquals(10, layout.columns());
        assertEquals(84, layout.tileWidth());
        int titleBlock = GridLayout.lineHeight(GridLayout.TITLE_FONT) + 8;
        assertEquals(2 * GridLayout.PADDING + 10 * 84 + 9 * 2, image.getWidth());
        assertEquals(2 * GridLayout.PADDING + titleBlock + 2 * 84 + 2, image.getHeight());
        assertEquals(GridLayout.PADDING, layout.tileX(0));
        assertEquals(GridLayout.PADDING + 3 * 86, layout.tileX(3));
        assertEquals(GridLayout.PADDING + titleBlock + 86, layout.tileY(1));
    }

    @Test
    void rowLabelsCaptionsAndTheLegendAddTheirMargins() {
        List<String> captions = List.of("0", "1", "2", "3");
        ImageGrid grid = ImageGrid.builder().title("t").row("test digits", ramps(4)).row("after stacking", ramps(4))
                .columnCaptions(captions).captions(List.of("a", "b", "c", "d", "e", "f", "g", "h")).scale(2).gap(3);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();

        int labelText = GridLayout.widest(List.of("after stacking"), GridLayout.LABEL_FONT);
        assertTrue(labelText > 50, "the label measures " + labelText);
        assertEquals(labelText + GridLayout.LABEL_SPACING, layout.labelWidth());
        assertTrue(layout.columnCaptionHeight() > 0 && layout.tileCaptionHeight() > 0 && layout.legendHeight() > 0);
        int natural = 2 * GridLayout.PADDING + layout.labelWidth() + 4 * 56 + 3 * 3;
        assertEquals(Math.max(natural, 2 * GridLayout.PADDING + grid.plan().scene().legend().width()), image.getWidth());
        assertEquals(2 * GridLayout.PADDING + layout.titleHeight() + layout.columnCaptionHeight()
                + 2 * (56 + layout.tileCaptionHeight()) + 3 + layout.legendHeight(), image.getHeight());
        assertTrue(layout.tileX(0) >= GridLayout.PADDING + layout.labelWidth());
    }

    @Test
    void aSharedScaleDrawsEachValueAtItsGreyLevelInEveryTile() {
        double[][] images = ramps(12);
        ImageGrid grid = ImageGrid.builder().images(images).columns(5).scale(2);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();

        for (int[] sample : new int[][] {{0, 0, 0, 0}, {1, 2, 27, 0}, {2, 1, 13, 20}, {1, 4, 5, 5}}) {
            int row = sample[0];
            int column = sample[1];
            int p = sample[3] * 28 + sample[2];
            int expected = (int) Math.round(255 * images[row * 5 + column][p]);
            assertPixel(image, layout, row, column, sample[2], sample[3], expected);
        }
    }

    @Test
    void aFixedScaleClipsAndNanIsRed() {
        double[][] image = new double[1][784];
        image[0][0] = -1;
        image[0][1] = 1.5;
        image[0][2] = 0.5;
        image[0][3] = Double.NaN;
        ImageGrid grid = ImageGrid.builder().images(image).scale(1);
        GridLayout layout = grid.plan().layout();
        BufferedImage drawn = grid.build();

        assertEquals(0, grey(drawn, layout.tileX(0), layout.tileY(0)));
        assertEquals(255, grey(drawn, layout.tileX(0) + 1, layout.tileY(0)));
        assertEquals(128, grey(drawn, layout.tileX(0) + 2, layout.tileY(0)));
        assertEquals(GreyScale.NAN_RGB, drawn.getRGB(layout.tileX(0) + 3, layout.tileY(0)) & 0xFFFFFF);
    }

    @Test
    void perTileScalingStretchesEachTileToItsOwnRange() {
        double[][] images = new double[2][784];
        for (int p = 0; p < 784; p++) {
            images[0][p] = -2 + 8.0 * p / 783;     // [-2, 6]
            images[1][p] = 0.001 * (p % 10);         // [0, 0.009]
        }
        ImageGrid grid = ImageGrid.builder().images(images).greyScale(GreyScale.perTile()).scale(2);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();

        assertPixel(image, layout, 0, 0, 0, 0, 0);
        assertPixel(image, layout, 0, 0, 27, 27, 255);
        assertPixel(image, layout, 0, 0, 10, 14, (int) Math.round(255 * (images[0][14 * 28 + 10] + 2) / 8));
        assertPixel(image, layout, 0, 1, 9, 0, 255);
        assertPixel(image, layout, 0, 1, 4, 3, (int) Math.round(255 * images[1][3 * 28 + 4] / 0.009));
        assertPixel(image, layout, 0, 1, 0, 1, (int) Math.round(255 * 8 / 9.0));   // pixel 28 holds 0.008
    }

    @Test
    void aSharedRangeUsesTheSmallestAndLargestValueOfAllTiles() {
        double[][] images = new double[2][784];
        images[0][0] = -1;
        images[1][0] = 3;
        images[1][1] = 1;
        ImageGrid grid = ImageGrid.builder().images(images).greyScale(GreyScale.sharedRange()).scale(1);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();

        assertEquals(0, grey(image, layout.tileX(0), layout.tileY(0)));
        assertEquals(64, grey(image, layout.tileX(0) + 1, layout.tileY(0)));   // 0 in [-1, 3]
        assertEquals(255, grey(image, layout.tileX(1), layout.tileY(0)));
        assertEquals(128, grey(image, layout.tileX(1) + 1, layout.tileY(0)));
        assertEquals(List.of("-1", "3"), List.of(grid.plan().scene().legend().low(), grid.plan().scene().legend().high()));
    }

    @Test
    void gapsBetweenTilesAreWhite() {
        double[][] black = new double[2][784];
        ImageGrid grid = ImageGrid.builder().images(black).scale(2).gap(3);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();
        int y = layout.tileY(0) + 10;
        assertEquals(0, grey(image, layout.tileX(0) + 55, y));
        for (int x = layout.tileX(0) + 56; x < layout.tileX(1); x++) {
            assertEquals(255, grey(image, x, y), "gap pixel " + x);
        }
        assertEquals(0, grey(image, layout.tileX(1), y));
    }

    @Test
    void theLegendSaysWhichScaleIsUsed() {
        GridLayout.Legend pixels = ImageGrid.builder().images(ramps(1)).plan().scene().legend();
        GridLayout.Legend perTile = ImageGrid.builder().images(ramps(1)).greyScale(GreyScale.perTile()).plan().scene().legend();

        assertEquals(new GridLayout.Legend("0", "1", "one grey scale for all tiles"), pixels);
        assertEquals(new GridLayout.Legend("tile min", "tile max", "each tile scaled from its own min (black) to max (white)"),
                perTile);
        assertEquals(null, ImageGrid.builder().images(ramps(1)).legend(false).plan().scene().legend());
    }

    @Test
    void everyInputShapeGivesTheSameImage() {
        double[][] images = ramps(3);
        INDArray flat = Nd4j.create(images).castTo(DataType.FLOAT);
        BufferedImage expected = ImageGrid.builder().images(images).build();

        assertSamePixels(expected, ImageGrid.builder().images(flat).build());
        assertSamePixels(expected, ImageGrid.builder().images(flat.reshape(3, 28, 28)).build());
        assertSamePixels(expected, ImageGrid.builder().images(flat.reshape(3, 1, 28, 28)).build());
        assertSamePixels(expected, ImageGrid.builder().images(List.of(flat.getRow(0), flat.getRow(1).reshape(28, 28),
                flat.getRow(2).reshape(1, 784))).build());
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        assertArrayEquals(expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth()),
                actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth()));
    }

    @Test
    void theEnlargementFitsTheNotebookWidthUnlessSet() {
        assertEquals(3 * 28, ImageGrid.builder().images(ramps(10)).plan().layout().tileWidth());
        assertEquals(28, ImageGrid.builder().images(ramps(20)).columns(20).plan().layout().tileWidth());
        assertEquals(4 * 28, ImageGrid.builder().images(ramps(3)).plan().layout().tileWidth());
        assertEquals(5 * 28, ImageGrid.builder().images(ramps(20)).scale(5).plan().layout().tileWidth());
        assertTrue(ImageGrid.builder().row("after autoencoder", ramps(10)).build().getWidth() <= ImageGrid.TARGET_WIDTH);
    }

    @Test
    void imagesFillRowsOfTenByDefault() {
        GridLayout layout = ImageGrid.builder().images(ramps(23)).plan().layout();
        assertEquals(3, layout.rows());
        assertEquals(10, layout.columns());
        assertEquals(4, ImageGrid.builder().images(ramps(4)).plan().layout().columns());
    }

    @Test
    void badInputIsRefusedWithWhatToDo() {
        assertEquals("a double[2][]: each image has 783 values, which is not a square number (28x28 = 784 for MNIST);"
                + " set the image size with imageSize(height, width)", assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.builder().images(new double[2][783]).build()).getMessage());
        assertEquals("an array of shape [2, 783]: image 0 has 783 values, but images of 28x28 need 784",
                assertThrows(IllegalArgumentException.class, () -> ImageGrid.builder().imageSize(28, 28)
                        .images(Nd4j.zeros(2, 783)).build()).getMessage());
        assertEquals("a double[2][]: image 1 has 780 values, but images of 28x28 need 784", assertThrows(
                IllegalArgumentException.class, () -> ImageGrid.builder().images(new double[][] {new double[784],
                    new double[780]}).build()).getMessage());
        assertEquals("there are 3 column captions for 4 columns; give exactly one per column", assertThrows(
                IllegalArgumentException.class, () -> ImageGrid.builder().row("x", ramps(4)).columnCaptions("a", "b", "c")
                        .build()).getMessage());
        assertEquals("images of 28x28 and 2x2 cannot share a grid; make two grids", assertThrows(
                IllegalArgumentException.class, () -> ImageGrid.builder().row("a", ramps(2)).row("b", new double[1][4])
                        .build()).getMessage());
        assertEquals("row \"b\" has 12 images but the grid has 10 columns; pass fewer images or more columns", assertThrows(
                IllegalArgumentException.class, () -> ImageGrid.builder().columns(10).row("b", ramps(12)).build()).getMessage());
        assertEquals("the grid has no images; add some with images(...), row(...) or weights(...)",
                assertThrows(IllegalStateException.class, () -> ImageGrid.builder().build()).getMessage());
        assertEquals("an array of shape [2, 3, 28, 28] has 3 channels; image tiles are grey, so pass [n, 1, h, w] or one"
                + " channel, e.g. images.get(all(), point(0))", assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.builder().images(Nd4j.zeros(2, 3, 28, 28)).build()).getMessage());
    }
}
