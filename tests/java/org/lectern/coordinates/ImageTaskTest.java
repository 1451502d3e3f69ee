package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ImageTaskTest {
    @Test
    void theTargetsAreEachPixelsRgbOverTwoHundredFiftyFiveInReadingOrder() {
        ImageTask task = ImageTask.of(SyntheticImages.ramps(4));
        INDArray test = task.testTargets();

        assertArrayEquals(new long[] {16, 3}, test.shape());
        assertEquals(DataType.FLOAT, test.dataType());
        // pixel (row 1, column 2): red = 2, green = 1, blue = 3
        assertArrayEquals(new double[] {2 / 255.0, 1 / 255.0, 3 / 255.0}, test.getRow(6).toDoubleVector(), 1e-7);
        assertArrayEquals(new long[] {16, 2}, task.testCoordinates().shape());
    }

    @Test
    void theTrainingSetIsTheEvenRowEvenColumnPixelsWithTheirOwnColours() {
        ImageTask task = ImageTask.of(SyntheticImages.ramps(6));
        INDArray coordinates = task.trainCoordinates();
        INDArray targets = task.trainTargets();

        assertArrayEquals(new long[] {9, 2}, coordinates.shape());
        assertArrayEquals(new long[] {9, 3}, targets.shape());
        for (int i = 0; i < 9; i++) {
            int row = 2 * (i / 3);
            int column = 2 * (i % 3);
            assertArrayEquals(new double[] {column / 6.0, row / 6.0}, coordinates.getRow(i).toDoubleVector(), 1e-7);
            assertArrayEquals(new double[] {column / 255.0, row / 255.0, (row + column) / 255.0},
                    targets.getRow(i).toDoubleVector(), 1e-7, "training pixel " + i);
        }
    }

    @Test
    void theTrainImageShowsWhatTheNetworkSees() {
        BufferedImage seen = ImageTask.of(SyntheticImages.ramps(6)).trainImage();

        assertEquals(3, seen.getWidth());
        assertEquals(3, seen.getHeight());
        assertEquals(4 << 16 | 2 << 8 | 6, seen.getRGB(2, 1) & 0xFFFFFF, "pixel (row 2, column 4) of the image");
    }

    @Test
    void accessorsHandOutCopies() {
        ImageTask task = ImageTask.of(SyntheticImages.ramps(4));
        task.trainTargets().assign(7);
        task.testCoordinates().assign(7);

        assertEquals(0, task.trainTargets().getDouble(0, 0), 0.0);
        assertEquals(0, task.testCoordinates().getDouble(0, 0), 0.0);
    }

    @Test
    void anImageThatIsNotSquareIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageTask.of(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB)));
        assertEquals("the coordinate network learns square images, as in the paper; this one is 8x6: crop or resize it to "
                + "a square first", e.getMessage());
        assertEquals("64x64 image: 1024 training pixels (even rows and columns), 4096 test pixels",
                ImageTask.of(SyntheticImages.ramps(64)).toString());
    }

    @Test
    void theHeldOutPsnrScoresTheModelOnTheOddRowOddColumnPixelsOnly() {
        BufferedImage text = SyntheticImages.text(32);
        ImageTask task = ImageTask.of(text);
        ImageMlp model = ImageMlp.builder().mapping(org.lectern.nn.InputMapping.basic()).width(16).seed(3).build();

        // The same pixels by another road: the rendered picture's odd-row, odd-column part (8-bit colours).
        double viaImages = Psnr.of(task.grid().heldOutPart(model.render(32)), task.grid().heldOutPart(text));
        double overAll = Psnr.of(model.predict(task.testCoordinates()), task.testTargets());

        assertEquals(viaImages, task.heldOutPsnr(model), 0.01);
        assertTrue(Math.abs(overAll - task.heldOutPsnr(model)) > 0.01, "all pixels score differently: " + overAll);
    }
}
