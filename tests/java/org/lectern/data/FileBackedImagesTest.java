package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Images read from a file keep the file's bytes and turn them into floats when asked: every way of
 * reading them (the whole matrix, a range, batches in file or shuffled order, a head, a subset) gives
 * exactly the floats of the old eager decoding, pixel / 255.
 */
class FileBackedImagesTest {
    private static final int COUNT = 7;
    private static final int ROWS = 28;
    private static final int COLUMNS = 28;

    @TempDir
    Path dir;
    private LabeledImages images;
    private float[][] expected;

    @BeforeEach
    void writeFiles() throws IOException {
        byte[] pixels = IdxBytes.patternPixels(COUNT, ROWS, COLUMNS);
        IdxImages file = IdxReader.readImages(Files.write(dir.resolve("images"), IdxBytes.images(COUNT, ROWS, COLUMNS, pixels)));
        IdxLabels labels = IdxReader.readLabels(Files.write(dir.resolve("labels"), IdxBytes.labels(3, 1, 4, 1, 5, 9, 2)));
        images = ImageDataset.MNIST.decode(Split.TRAIN, file, labels);
        expected = new float[COUNT][ROWS * COLUMNS];
        for (int i = 0; i < COUNT; i++) {
            for (int p = 0; p < ROWS * COLUMNS; p++) {
                expected[i][p] = (pixels[i * ROWS * COLUMNS + p] & 0xff) / 255f;
            }
        }
    }

    @Test
    void theWholeMatrixIsThePixelsOver255AndSharedWhileHeld() {
        INDArray features = images.features();
        assertEquals(DataType.FLOAT, features.dataType());
        assertArrayEquals(expected, features.toFloatMatrix());
        assertSame(features, images.features(), "a second caller gets the same array while the first holds it");
    }

    @Test
    void aRangeIsANewMatrixOfThoseImages() {
        INDArray part = images.features(2, 5);
        assertArrayEquals(new float[][] {expected[2], expected[3], expected[4]}, part.toFloatMatrix());
        assertNotSame(part, images.features(2, 5));
        part.assign(0);
        assertArrayEquals(expected[2], images.features(2, 3).toFloatVector(), "a range is the caller's to change");
        assertArrayEquals(expected, images.features().toFloatMatrix());
        assertThrows(IndexOutOfBoundsException.class, () -> images.features(5, 8));
        assertThrows(IndexOutOfBoundsException.class, () -> images.features(3, 3));
    }

    @Test
    void shuffledBatchesMatchTheSameBatchesOfTheDecodedMatrix() {
        LabeledImages eager = new LabeledImages("eager", images.features().dup(), images.labels(), images.classNames(),
                ROWS, COLUMNS);
        for (boolean reuse : new boolean[] {false, true}) {
            List<float[][]> fromBytes = batches(images, reuse);
            List<float[][]> fromFloats = batches(eager, reuse);
            assertEquals(fromFloats.size(), fromBytes.size());
            for (int b = 0; b < fromBytes.size(); b++) {
                assertArrayEquals(fromFloats.get(b), fromBytes.get(b), "batch " + b + (reuse ? ", reusing" : ""));
            }
        }
    }

    @Test
    void headAndSubsetsReadTheRightImagesWithTheirLabels() {
        LabeledImages head = images.head(3);
        assertArrayEquals(new float[][] {expected[0], expected[1], expected[2]}, head.features().toFloatMatrix());
        LabeledImages picked = images.rows("picked", new int[] {6, 0, 3});
        assertArrayEquals(new int[] {2, 3, 1}, picked.labels());
        assertArrayEquals(new float[][] {expected[6], expected[0], expected[3]}, picked.features().toFloatMatrix());
        LabeledImages pickedTwice = picked.rows("picked again", new int[] {2, 0});
        assertArrayEquals(new float[][] {expected[3], expected[6]}, pickedTwice.features().toFloatMatrix());
        assertArrayEquals(new float[][] {expected[0]}, picked.features(1, 2).toFloatMatrix());
    }

    @Test
    void decodingIntoAMatrixOfTheWrongLayoutIsRefused() {
        INDArray doubles = Nd4j.create(DataType.DOUBLE, 2, ROWS * COLUMNS);
        assertThrows(IllegalArgumentException.class, () -> images.copyRowsInto(null, 0, doubles));
    }

    private static List<float[][]> batches(LabeledImages source, boolean reuse) {
        ImageBatchIterator iterator = reuse ? ImageBatchIterator.reusing(source, 3, OptionalLong.of(5))
                : new ImageBatchIterator(source, 3, OptionalLong.of(5));
        List<float[][]> batches = new ArrayList<>();
        for (int epoch = 0; epoch < 2; epoch++) {
            while (iterator.hasNext()) {
                DataSet batch = iterator.next();
                batches.add(batch.getFeatures().toFloatMatrix());
            }
            iterator.reset();
        }
        return batches;
    }
}
