package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class PixelGridTest {
    @Test
    void everyPixelSitsAtColumnOverSizeAndRowOverSizeInReadingOrder() {
        INDArray coordinates = PixelGrid.of(4).coordinates();

        assertArrayEquals(new long[] {16, 2}, coordinates.shape());
        assertEquals(DataType.FLOAT, coordinates.dataType());
        assertArrayEquals(new double[] {0, 0}, coordinates.getRow(0).toDoubleVector(), 0.0);
        assertArrayEquals(new double[] {0.75, 0}, coordinates.getRow(3).toDoubleVector(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.25}, coordinates.getRow(6).toDoubleVector(), 0.0, "row 1, column 2");
        assertArrayEquals(new double[] {0.75, 0.75}, coordinates.getRow(15).toDoubleVector(), 0.0);
    }

    @Test
    void theTestSetIsTheFullGridOfDistinctPositionsInZeroToOne() {
        PixelGrid grid = PixelGrid.of(64);
        double[][] points = grid.coordinates().toDoubleMatrix();

        assertEquals(64 * 64, points.length);
        Set<String> distinct = new HashSet<>();
        for (double[] p : points) {
            distinct.add(p[0] + "," + p[1]);
            assertEquals(p[0] * 64, Math.rint(p[0] * 64), 1e-9, "x is a multiple of 1/64");
            assertEquals(true, p[0] >= 0 && p[0] < 1 && p[1] >= 0 && p[1] < 1);
        }
        assertEquals(64 * 64, distinct.size());
    }

    @Test
    void theTrainingPixelsAreExactlyThoseWithEvenRowAndEvenColumn() {
        PixelGrid grid = PixelGrid.of(64);
        int[] train = grid.trainIndices();

        assertEquals(64 * 64 / 4, train.length);
        assertEquals(train.length, grid.trainPixels());
        Set<Integer> chosen = new HashSet<>();
        for (int index : train) {
            chosen.add(index);
        }
        for (int p = 0; p < grid.pixels(); p++) {
            boolean evenEven = (p / 64) % 2 == 0 && (p % 64) % 2 == 0;
            assertEquals(evenEven, chosen.contains(p), "pixel row " + p / 64 + ", column " + p % 64);
        }
        assertArrayEquals(new int[] {0, 2, 8, 10}, PixelGrid.of(4).trainIndices());
    }

    @Test
    void theTrainingPositionsAreThePapersHalfResolutionGrid() {
        // The paper: x1 = linspace(0, 1, RES//2 + 1)[:-1], x_train = meshgrid(x1, x1): j / (RES / 2) on both axes.
        INDArray train = PixelGrid.of(8).trainCoordinates();

        assertArrayEquals(new long[] {16, 2}, train.shape());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertArrayEquals(new double[] {j / 4.0, i / 4.0}, train.getRow(4 * i + j).toDoubleVector(), 0.0);
            }
        }
        assertEquals(PixelGrid.of(8).coordinates().getRows(PixelGrid.of(8).trainIndices()), train);
    }

    @Test
    void anOddSizeTrainsOnTheEvenRowsAndColumnsIncludingTheLast() {
        PixelGrid grid = PixelGrid.of(5);

        assertEquals(9, grid.trainPixels());
        assertArrayEquals(new int[] {0, 2, 4, 10, 12, 14, 20, 22, 24}, grid.trainIndices());
    }

    @Test
    void oneRowOfPixelsRunsAcrossAtItsHeight() {
        INDArray row = PixelGrid.of(4).rowCoordinates(1);

        assertArrayEquals(new double[][] {{0, 0.25}, {0.25, 0.25}, {0.5, 0.25}, {0.75, 0.25}}, row.toDoubleMatrix());
        assertEquals("row 4 is outside the 4x4 grid (rows 0 to 3)",
                assertThrows(IndexOutOfBoundsException.class, () -> PixelGrid.of(4).rowCoordinates(4)).getMessage());
    }

    @Test
    void aGridNeedsAtLeastTwoPixelsASide() {
        assertEquals("a pixel grid needs a size of at least 2 (2x2 pixels); got 1",
                assertThrows(IllegalArgumentException.class, () -> PixelGrid.of(1)).getMessage());
        assertEquals("256x256 pixel grid: 65536 test pixels, 16384 training pixels (even rows and columns)",
                PixelGrid.of(256).toString());
    }

    @Test
    void theTrainPartIsTheEvenEvenPixelsAndTheHeldOutPartTheOddOddOnes() {
        BufferedImage image = new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                image.setRGB(column, row, 10 * row + column);   // the pixel's place, readable in its blue and green bits
            }
        }
        PixelGrid grid = PixelGrid.of(5);

        BufferedImage train = grid.trainPart(image);
        BufferedImage heldOut = grid.heldOutPart(image);

        assertEquals(3, train.getWidth());
        assertEquals(3, train.getHeight());
        assertEquals(2, heldOut.getWidth());
        assertEquals(2, heldOut.getHeight());
        assertEquals(0, train.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(22, train.getRGB(1, 1) & 0xFFFFFF, "row 2, column 2");
        assertEquals(42, train.getRGB(1, 2) & 0xFFFFFF, "row 4, column 2");
        assertEquals(44, train.getRGB(2, 2) & 0xFFFFFF);
        assertEquals(11, heldOut.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(13, heldOut.getRGB(1, 0) & 0xFFFFFF, "row 1, column 3");
        assertEquals(33, heldOut.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test
    void theTrainPartHoldsTheTrainingTargets() {
        BufferedImage text = SyntheticImages.text(16);
        ImageTask task = ImageTask.of(text);

        assertEquals(Double.POSITIVE_INFINITY, Psnr.of(task.grid().trainPart(text), task.trainImage()));
    }

    @Test
    void thePartsTakeOnlyImagesOfTheGridsSize() {
        BufferedImage wrong = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        assertEquals("heldOutPart takes an image of the grid's size, 8x8; got 8x6",
                assertThrows(IllegalArgumentException.class, () -> PixelGrid.of(8).heldOutPart(wrong)).getMessage());
    }

    @Test
    void theHeldOutIndicesAreThePixelsWithOddRowAndOddColumn() {
        assertArrayEquals(new int[] {5, 7, 13, 15}, PixelGrid.of(4).heldOutIndices());
        assertArrayEquals(new int[] {6, 8, 16, 18}, PixelGrid.of(5).heldOutIndices(), "rows and columns 1 and 3 of 5");
        PixelGrid grid = PixelGrid.of(64);
        Set<Integer> train = new HashSet<>();
        for (int index : grid.trainIndices()) {
            train.add(index);
        }
        int[] heldOut = grid.heldOutIndices();
        assertEquals(32 * 32, heldOut.length);
        for (int index : heldOut) {
            assertEquals(1, (index / 64) % 2, "odd row");
            assertEquals(1, (index % 64) % 2, "odd column");
            assertEquals(false, train.contains(index));
        }
    }
}
