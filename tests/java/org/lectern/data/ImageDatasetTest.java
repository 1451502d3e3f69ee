package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Decoding an image file and a label file into a split, on files the test writes. */
class ImageDatasetTest {
    @TempDir
    Path dir;

    private IdxImages images(String name, int count, int rows, int columns) throws IOException {
        byte[] content = IdxBytes.images(count, rows, columns, IdxBytes.patternPixels(count, rows, columns));
        return IdxReader.readImages(Files.write(dir.resolve(name), content));
    }

    private IdxLabels labels(String name, int... labels) throws IOException {
        return IdxReader.readLabels(Files.write(dir.resolve(name), IdxBytes.labels(labels)));
    }

    @Test
    void decodesPixelsDividedBy255AndLabels() throws IOException {
        IdxImages images = images("train-images-idx3-ubyte", 3, 28, 28);
        LabeledImages decoded = ImageDataset.MNIST.decode(Split.TRAIN, images, labels("train-labels-idx1-ubyte", 5, 0, 9));

        assertEquals("MNIST train", decoded.name());
        assertEquals(3, decoded.size());
        INDArray features = decoded.features();
        assertArrayEquals(new long[] {3, 784}, features.shape());
        assertEquals(DataType.FLOAT, features.dataType());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 784; j += 97) {
                assertEquals(images.pixel(i, j / 28, j % 28) / 255f, features.getFloat(i, j), "pixel " + i + "," + j);
            }
        }
        assertArrayEquals(new int[] {5, 0, 9}, decoded.labels());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), decoded.classNames());
    }

    @Test
    void oneHotLabelsHaveASingleOneAtTheClass() throws IOException {
        LabeledImages decoded = ImageDataset.FASHION_MNIST.decode(Split.TEST,
                images("i", 2, 28, 28), labels("l", 9, 3));
        INDArray oneHot = decoded.oneHotLabels();
        assertArrayEquals(new long[] {2, 10}, oneHot.shape());
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, oneHot.getRow(0).toFloatVector());
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, oneHot.getRow(1).toFloatVector());
    }

    @Test
    void differentImageAndLabelCountsAreRejectedNamingBothFiles() throws IOException {
        DatasetMismatchException e = assertThrows(DatasetMismatchException.class, () -> ImageDataset.MNIST.decode(
                Split.TRAIN, images("train-images-idx3-ubyte", 3, 28, 28), labels("train-labels-idx1-ubyte", 1, 2)));
        assertEquals("MNIST train: 3 images but 2 labels (train-images-idx3-ubyte, train-labels-idx1-ubyte)", e.getMessage());
    }

    @Test
    void imagesOfAnotherSizeAreRejected() throws IOException {
        DatasetMismatchException e = assertThrows(DatasetMismatchException.class, () -> ImageDataset.FASHION_MNIST.decode(
                Split.TEST, images("t10k-images-idx3-ubyte.gz", 2, 27, 28), labels("t10k-labels-idx1-ubyte.gz", 1, 2)));
        assertEquals("Fashion-MNIST test: images are 27x28, expected 28x28 (t10k-images-idx3-ubyte.gz)", e.getMessage());
    }

    @Test
    void labelsOutsideTheClassesAreRejected() throws IOException {
        DatasetMismatchException e = assertThrows(DatasetMismatchException.class, () -> ImageDataset.MNIST.decode(
                Split.TEST, images("t10k-images-idx3-ubyte", 3, 28, 28), labels("t10k-labels-idx1-ubyte", 1, 10, 2)));
        assertEquals("MNIST test: label 10 at index 1 is not a class index 0..9 (t10k-labels-idx1-ubyte)", e.getMessage());
    }

    @Test
    void headIsAViewOfTheFirstImages() throws IOException {
        LabeledImages all = ImageDataset.MNIST.decode(Split.TRAIN, images("i", 4, 28, 28), labels("l", 4, 5, 6, 7));
        LabeledImages head = all.head(2);
        assertEquals(2, head.size());
        assertArrayEquals(new int[] {4, 5}, head.labels());
        assertEquals(all.features().getRow(1), head.features().getRow(1));
        assertEquals(all, all.head(4));
        assertEquals("MNIST train has 4 images; cannot take the first 5",
                assertThrows(IllegalArgumentException.class, () -> all.head(5)).getMessage());
    }
}
