package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The iterator on 25 tiny "images" of 1x2 pixels whose first pixel is the image's index, so
 * every batch row can be traced back to the image it came from.
 */
class ImageBatchIteratorTest {
    private static final int SIZE = 25;
    private static final List<String> CLASSES = List.of("a", "b", "c");

    private static LabeledImages toyImages() {
        float[] values = new float[SIZE * 2];
        int[] labels = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[2 * i] = i;
            values[2 * i + 1] = 0.5f;
            labels[i] = (i * 7) % 3;
        }
        INDArray features = Nd4j.create(values, new long[] {SIZE, 2}, DataType.FLOAT);
        return new LabeledImages("toy", features, labels, CLASSES, 1, 2);
    }

    private final LabeledImages images = toyImages();

    /** Returns the image indices of one epoch in the order the iterator gave them, checking every batch. */
    private List<Integer> epoch(ImageBatchIterator iterator) {
        List<Integer> visited = new ArrayList<>();
        while (iterator.hasNext()) {
            DataSet batch = iterator.next();
            INDArray features = batch.getFeatures();
            INDArray labels = batch.getLabels();
            for (int r = 0; r < features.rows(); r++) {
                int index = (int) features.getFloat(r, 0);
                visited.add(index);
                assertEquals(1f, labels.getRow(r).sumNumber().floatValue(), "one-hot row sums to 1");
                assertEquals(images.label(index), labels.getRow(r).argMax().getInt(0), "label of image " + index);
            }
        }
        return visited;
    }

    private List<List<Integer>> epochs(ImageBatchIterator iterator, int count) {
        List<List<Integer>> epochs = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            if (e > 0) {
                iterator.reset();
            }
            epochs.add(epoch(iterator));
        }
        return epochs;
    }

    private static List<Integer> sorted(List<Integer> indices) {
        return indices.stream().sorted().toList();
    }

    private static final List<Integer> ALL = IntStream.range(0, SIZE).boxed().toList();

    @Test
    void batchesHaveTheRightShapesAndTheLastOneIsPartial() {
        ImageBatchIterator iterator = new ImageBatchIterator(images, 10, OptionalLong.empty());
        List<long[]> featureShapes = new ArrayList<>();
        List<long[]> labelShapes = new ArrayList<>();
        while (iterator.hasNext()) {
            DataSet batch = iterator.next();
            featureShapes.add(batch.getFeatures().shape());
            labelShapes.add(batch.getLabels().shape());
            assertEquals(DataType.FLOAT, batch.getFeatures().dataType());
            assertEquals(DataType.FLOAT, batch.getLabels().dataType());
        }
        assertArrayEquals(new long[][] {{10, 2}, {10, 2}, {5, 2}}, featureShapes.toArray(long[][]::new));
        assertArrayEquals(new long[][] {{10, 3}, {10, 3}, {5, 3}}, labelShapes.toArray(long[][]::new));
    }

    @Test
    void withoutASeedBatchesFollowFileOrder() {
        assertEquals(ALL, epoch(new ImageBatchIterator(images, 7, OptionalLong.empty())));
    }

    @Test
    void describesItselfToDl4j() {
        ImageBatchIterator iterator = new ImageBatchIterator(images, 7, OptionalLong.of(1));
        assertEquals(2, iterator.inputColumns());
        assertEquals(3, iterator.totalOutcomes());
        assertEquals(7, iterator.batch());
        assertEquals(CLASSES, iterator.getLabels());
        assertTrue(iterator.resetSupported());
    }

    @Test
    void aSeedShufflesEachEpochIntoAPermutation() {
        List<List<Integer>> epochs = epochs(new ImageBatchIterator(images, 4, OptionalLong.of(42)), 3);
        for (List<Integer> epoch : epochs) {
            assertEquals(ALL, sorted(epoch), "every image exactly once");
            assertNotEquals(ALL, epoch, "shuffled");
        }
        assertNotEquals(epochs.get(0), epochs.get(1), "each epoch has its own order");
        assertNotEquals(epochs.get(1), epochs.get(2), "each epoch has its own order");
    }

    @Test
    void theSameSeedGivesTheSameOrderEpochAfterEpoch() {
        List<List<Integer>> first = epochs(new ImageBatchIterator(images, 4, OptionalLong.of(42)), 3);
        List<List<Integer>> second = epochs(new ImageBatchIterator(images, 9, OptionalLong.of(42)), 3);
        assertEquals(first, second, "same seed, same orders, whatever the batch size");
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        List<Integer> a = epoch(new ImageBatchIterator(images, 5, OptionalLong.of(1)));
        List<Integer> b = epoch(new ImageBatchIterator(images, 5, OptionalLong.of(2)));
        assertNotEquals(a, b);
    }

    @Test
    void theEndOfAnEpochSaysToResetAndResetStartsTheNextOne() {
        ImageBatchIterator iterator = new ImageBatchIterator(images, 10, OptionalLong.empty());
        assertEquals(0, iterator.epoch());
        epoch(iterator);
        assertFalse(iterator.hasNext());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, iterator::next);
        assertEquals("epoch 0 of toy has no more batches; call reset() to start the next epoch", e.getMessage());

        iterator.reset();
        assertEquals(1, iterator.epoch());
        assertEquals(ALL, epoch(iterator));
    }

    @Test
    void aResetInTheMiddleOfAnEpochStartsAFullEpoch() {
        ImageBatchIterator iterator = new ImageBatchIterator(images, 10, OptionalLong.of(3));
        iterator.next();
        iterator.reset();
        assertEquals(ALL, sorted(epoch(iterator)));
    }

    @Test
    void nextWithACountOverridesTheBatchSize() {
        ImageBatchIterator iterator = new ImageBatchIterator(images, 10, OptionalLong.empty());
        assertEquals(3, iterator.next(3).numExamples());
        assertEquals(10, iterator.next().numExamples());
        assertEquals(12, iterator.next(100).numExamples());
        assertFalse(iterator.hasNext());
    }

    @Test
    void changingABatchLeavesTheDatasetAlone() {
        INDArray before = images.features().dup();
        for (OptionalLong seed : List.of(OptionalLong.empty(), OptionalLong.of(5))) {
            ImageBatchIterator iterator = new ImageBatchIterator(images, 10, seed);
            while (iterator.hasNext()) {
                iterator.next().getFeatures().assign(-1);
            }
        }
        assertEquals(before, images.features());
    }

    @Test
    void thePreProcessorSeesEveryBatch() {
        ImageBatchIterator iterator = new ImageBatchIterator(images, 10, OptionalLong.empty());
        iterator.setPreProcessor(batch -> batch.getFeatures().muli(2));
        DataSet first = iterator.next();
        assertEquals(2f * 3, first.getFeatures().getFloat(3, 0));
        assertTrue(iterator.getPreProcessor() != null);
    }

    @Test
    void aBatchSizeBelowOneIsRejected() {
        assertEquals("batch size must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new ImageBatchIterator(images, 0, OptionalLong.empty())).getMessage());
    }

    @Test
    void aHeadViewIteratesOnlyItsImages() {
        List<Integer> visited = epoch(new ImageBatchIterator(images.head(12), 5, OptionalLong.of(9)));
        assertEquals(ALL.subList(0, 12), sorted(visited));
        assertEquals(Arrays.asList(0, 1, 2), epoch(new ImageBatchIterator(images.head(3), 2, OptionalLong.empty())));
    }

    @Test
    void gatherCopiesExactlyTheRowsPullRowsWouldInTheirOrder() {
        INDArray source = Nd4j.rand(DataType.FLOAT, 50, 7);
        int[] rows = {49, 0, 3, 3, 17, 48};
        assertEquals(Nd4j.pullRows(source, 1, rows), ImageBatchIterator.gather(source, rows));
        INDArray fortran = source.dup('f');
        assertEquals(Nd4j.pullRows(source, 1, rows), ImageBatchIterator.gather(fortran, rows), "other layouts too");
        INDArray view = source.get(NDArrayIndex.interval(10, 20), NDArrayIndex.all());
        assertEquals(Nd4j.pullRows(view, 1, new int[] {9, 0}), ImageBatchIterator.gather(view, new int[] {9, 0}),
                "a view that does not start at row 0");
    }

    @Test
    void aReusingIteratorGivesTheSameBatchesInTheSameArrays() {
        for (OptionalLong seed : List.of(OptionalLong.empty(), OptionalLong.of(4))) {
            for (LabeledImages source : List.of(images, images.head(17), withOffset())) {
                ImageBatchIterator fresh = new ImageBatchIterator(source, 7, seed);
                ImageBatchIterator reusing = ImageBatchIterator.reusing(source, 7, seed);
                assertTrue(reusing.reusesArrays());
                assertFalse(fresh.reusesArrays());
                List<INDArray> arrays = new ArrayList<>();
                for (int epoch = 0; epoch < 3; epoch++) {
                    while (fresh.hasNext()) {
                        DataSet expected = fresh.next();
                        DataSet actual = reusing.next();
                        assertEquals(expected.getFeatures(), actual.getFeatures(), "features, " + source + " " + seed);
                        assertEquals(expected.getLabels(), actual.getLabels(), "labels, " + source + " " + seed);
                        arrays.add(actual.getFeatures());
                    }
                    assertFalse(reusing.hasNext());
                    fresh.reset();
                    reusing.reset();
                }
                // One array for full batches and one for the partial last batch, whatever the epoch.
                assertEquals(2, arrays.stream().map(System::identityHashCode).distinct().count(), source.toString());
            }
        }
    }

    @Test
    void aReusingIteratorsBatchesAreStillCopies() {
        INDArray before = images.features().dup();
        ImageBatchIterator iterator = ImageBatchIterator.reusing(images, 10, OptionalLong.of(2));
        while (iterator.hasNext()) {
            iterator.next().getFeatures().assign(-1);
        }
        assertEquals(before, images.features());
        iterator.reset();
        assertEquals(ALL, sorted(epoch(iterator)), "the next epoch is not disturbed by the changes");
    }

    /** The toy images as a view that starts at row 3 of a larger matrix, so it cannot be copied in bulk. */
    private LabeledImages withOffset() {
        INDArray padded = Nd4j.vstack(Nd4j.zeros(DataType.FLOAT, 3, 2), images.features());
        INDArray view = padded.get(NDArrayIndex.interval(3, 3 + SIZE), NDArrayIndex.all());
        int[] labels = IntStream.range(0, SIZE).map(images::label).toArray();
        return new LabeledImages("offset toy", view, labels, CLASSES, 1, 2);
    }
}
