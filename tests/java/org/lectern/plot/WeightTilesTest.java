package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class WeightTilesTest {
    /** A [784, 400] matrix whose column j is 1 at input pixel j and -0.5 elsewhere: unit j "sees" pixel j. */
    private static INDArray oneHotColumns() {
        INDArray weights = Nd4j.valueArrayOf(new long[] {784, 400}, -0.5, DataType.FLOAT);
        for (int j = 0; j < 400; j++) {
            weights.putScalar(j, j, 1.0);
        }
        return weights;
    }

    private static int grey(BufferedImage image, GridLayout layout, int row, int column, int pixel) {
        int scale = layout.tileWidth() / 28;
        int x = layout.tileX(column) + (pixel % 28) * scale;
        int y = layout.tileY(row) + (pixel / 28) * scale;
        return image.getRGB(x, y) & 0xFF;
    }

    @Test
    void aWeightMatrixGivesOneTilePerColumnInA20By20Grid() {
        ImageGrid grid = ImageGrid.builder().weights(oneHotColumns(), WeightOrientation.COLUMNS).grid(20, 20);
        GridLayout layout = grid.plan().layout();
        BufferedImage image = grid.build();

        assertEquals(400, grid.plan().scene().tiles().size());
        assertEquals(20, layout.rows());
        assertEquals(20, layout.columns());
        assertEquals(28, layout.tileWidth());
        assertEquals(28, layout.tileHeight());
        assertEquals(Math.max(2 * GridLayout.PADDING + 20 * 28 + 19 * 2, 2 * GridLayout.PADDING
                + grid.plan().scene().legend().width()), image.getWidth());
        for (int j : new int[] {0, 1, 19, 20, 237, 399}) {
            int row = j / 20;
            int column = j % 20;
            assertEquals(255, grey(image, layout, row, column, j), "unit " + j + " should be white at its own pixel");
            assertEquals(0, grey(image, layout, row, column, (j + 1) % 784), "unit " + j + " should be black elsewhere");
        }
    }

    @Test
    void weightsAreScaledPerTileByDefault() {
        INDArray weights = oneHotColumns().muli(Nd4j.linspace(1, 400, 400, DataType.FLOAT).reshape(1, 400));
        ImageGrid grid = ImageGrid.builder().weights(weights, WeightOrientation.COLUMNS).grid(20, 20);
        BufferedImage image = grid.build();
        GridLayout layout = grid.plan().layout();

        // Column 399 spans [-199.5, 399] and column 0 [-0.5, 1]: each still runs from black to white.
        assertEquals(255, grey(image, layout, 19, 19, 399));
        assertEquals(0, grey(image, layout, 19, 19, 0));
        assertEquals(255, grey(image, layout, 0, 0, 0));
        assertEquals(0, grey(image, layout, 0, 0, 1));
        assertEquals("tile min", grid.plan().scene().legend().low());
    }

    @Test
    void rowsOrientationReadsTheTransposedMatrixTheSameWay() {
        INDArray weights = oneHotColumns();
        BufferedImage columns = Plots.weightTiles(weights, 20, 20);
        BufferedImage rows = Plots.weightTiles(weights.transpose().dup(), WeightOrientation.ROWS, 20, 20);

        assertArrayEquals(columns.getRGB(0, 0, columns.getWidth(), columns.getHeight(), null, 0, columns.getWidth()),
                rows.getRGB(0, 0, rows.getWidth(), rows.getHeight(), null, 0, rows.getWidth()));
    }

    @Test
    void theWrongOrientationIsRefusedWithTheFix() {
        INDArray decoder = Nd4j.zeros(400, 784);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plots.weightTiles(decoder, 20, 20));
        assertEquals("each column of a [400, 784] weight matrix has 400 weights, which is not 28x28 = 784 as the image size"
                + " says; pass WeightOrientation.ROWS if each row holds one unit's weights", e.getMessage());
    }

    @Test
    void weightsThatAreNot784LongNeedAnImageSize() {
        INDArray hidden = Nd4j.zeros(400, 256);
        assertEquals("each column of a [400, 256] weight matrix has 400 weights, which is not 28x28 = 784 as the image size"
                + " says", assertThrows(IllegalArgumentException.class, () -> Plots.weightTiles(hidden, 16, 16)).getMessage());
        BufferedImage tiles = ImageGrid.builder().weights(hidden, WeightOrientation.COLUMNS).imageSize(20, 20).grid(16, 16).build();
        assertEquals(256, ImageGrid.builder().weights(hidden, WeightOrientation.COLUMNS).imageSize(20, 20).grid(16, 16)
                .plan().scene().tiles().size());
        assertEquals(20, grid16(hidden).plan().layout().tileHeight() / (grid16(hidden).plan().layout().tileWidth() / 20));
        assertTrue(tiles.getWidth() > 16 * 20);
    }

    private static ImageGrid grid16(INDArray hidden) {
        return ImageGrid.builder().weights(hidden, WeightOrientation.COLUMNS).imageSize(20, 20).grid(16, 16);
    }

    @Test
    void fewerUnitsThanCellsIsRefused() {
        INDArray weights = Nd4j.zeros(784, 300);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plots.weightTiles(weights, 20, 20));
        assertEquals("a 20x20 grid needs 400 images, but 300 were given; pass at least 400 or make the grid smaller",
                e.getMessage());
    }

    @Test
    void aLargerMatrixShowsItsFirstUnits() {
        ImageGrid grid = ImageGrid.builder().weights(oneHotColumns(), WeightOrientation.COLUMNS).grid(10, 10);
        assertEquals(100, grid.plan().scene().tiles().size());
        assertEquals(255, grey(grid.build(), grid.plan().layout(), 9, 9, 99));
    }

    @Test
    void aVectorIsNotAWeightMatrix() {
        assertEquals("weights must be a matrix, got shape [784]; pass a dense layer's weight matrix such as [784, 400]",
                assertThrows(IllegalArgumentException.class, () -> Plots.weightTiles(Nd4j.zeros(784), 1, 1)).getMessage());
    }
}
