package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Validation hold-outs: disjoint from the training part, together the whole split, the same for the same seed. */
class HoldOutTest {

    @Test
    void theTwoSidesPartitionTheIndicesAndDependOnlyOnTheSeed() {
        int[] validation = new HeldOutPart(10_000, 7, true).indices(60_000, "MNIST train");
        int[] training = new HeldOutPart(10_000, 7, false).indices(60_000, "MNIST train");
        assertEquals(10_000, validation.length);
        assertEquals(50_000, training.length);
        int[] all = IntStream.concat(Arrays.stream(validation), Arrays.stream(training)).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 60_000).toArray(), all, "not a partition of 0..59999");
        assertArrayEquals(validation, new HeldOutPart(10_000, 7, true).indices(60_000, "MNIST train"));
        assertFalse(Arrays.equals(validation, new HeldOutPart(10_000, 8, true).indices(60_000, "MNIST train")));
        // A random draw, not a block: the held-out images come from all over the file.
        assertTrue(validation[0] < 100 && validation[validation.length - 1] > 59_900, "not spread over the file");
        long firstHalf = Arrays.stream(validation).filter(i -> i < 30_000).count();
        assertTrue(Math.abs(firstHalf - 5_000) < 300, firstHalf + " of 10000 in the first half");
    }

    @Test
    void aCountThatDoesNotFitIsRefusedWithAHintForQuickMode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HeldOutPart(10_000, 7, true).indices(5_000, "MNIST train"));
        assertEquals("cannot hold out 10000 of the 5000 images of MNIST train; hold out between 1 and 4999 (in quick mode "
                + "fewer images are loaded: choose the count by mode, e.g. lecture.mode().choose(10_000, 1_000))", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mnist.train().holdOut(0, 7));
        HoldOut parts = Mnist.train().holdOut(10, 7);
        assertThrows(IllegalStateException.class, () -> parts.train().holdOut(5, 7));
    }

    @Test
    void thePartsKeepTheSplitsSettingsAndSayWhatTheyAre() {
        HoldOut parts = Mnist.train().batchSize(64).quick(true).holdOut(1_000, 7);
        assertEquals("MNIST train, training part (1000 held out, seed 7), batches of 64, shuffled with seed 42, quick mode",
                parts.train().toString());
        assertEquals("MNIST train, validation part (1000 held out, seed 7), batches of 64, file order, quick mode",
                parts.validation().toString());
        assertEquals(OptionalLong.empty(), parts.validation().seed());
        assertTrue(parts.validation().noShuffle().toString().contains("validation part"), "a setter dropped the part");
    }

    @Test
    void onRealMnistThePartsHoldEveryImageOnceWithItsLabel() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        DataSplit whole = Mnist.train().quick(true);
        HoldOut parts = whole.holdOut(1_000, 7);
        assertEquals(4_000, parts.train().size());
        assertEquals(1_000, parts.validation().size());
        Map<String, Integer> counts = new HashMap<>();
        count(counts, whole.images(), 1);
        count(counts, parts.train().images(), -1);
        count(counts, parts.validation().images(), -1);
        assertTrue(counts.values().stream().allMatch(c -> c == 0), "the parts are not the whole split, each image once");
        INDArray again = whole.holdOut(1_000, 7).validation().features();
        assertEquals(parts.validation().features(), again);
        assertArrayEquals(parts.validation().labels(), whole.holdOut(1_000, 7).validation().labels());
    }

    /** Adds {@code delta} per image to a count keyed by its label and pixels. */
    private static void count(Map<String, Integer> counts, LabeledImages images, int delta) {
        INDArray features = images.features();
        for (int i = 0; i < images.size(); i++) {
            String key = images.label(i) + ":" + Arrays.hashCode(features.getRow(i).toFloatVector());
            counts.merge(key, delta, Integer::sum);
        }
    }
}
