package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Labelled subsets: exactly N per class, seeded, nested, drawn from the training split only. */
class LabelledSubsetTest {
    private static final List<String> DIGITS = Mnist.classNames();

    /** Returns labels of 10 classes, class c with 60 + 7c images, in a shuffled order. */
    private static int[] unbalancedLabels() {
        int[] labels = IntStream.range(0, 10).flatMap(c -> IntStream.generate(() -> c).limit(60 + 7L * c)).toArray();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = labels.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    @Test
    void theSubsetHoldsExactlyNOfEveryClassAtDistinctAscendingPositions() {
        int[] labels = unbalancedLabels();
        int[] picked = new LabelledPart(25, 7).indices(labels, DIGITS, "labels");
        assertEquals(250, picked.length);
        int[] perClass = new int[10];
        for (int i = 0; i < picked.length; i++) {
            perClass[labels[picked[i]]]++;
            if (i > 0) {
                assertTrue(picked[i] > picked[i - 1], "positions not strictly ascending at " + i);
            }
        }
        int[] expected = new int[10];
        Arrays.fill(expected, 25);
        assertArrayEquals(expected, perClass);
        assertTrue(picked[0] >= 0 && picked[picked.length - 1] < labels.length);
    }

    @Test
    void theSameSeedGivesTheSameSubsetAnotherSeedAnotherOne() {
        int[] labels = unbalancedLabels();
        int[] first = new LabelledPart(25, 7).indices(labels, DIGITS, "labels");
        assertArrayEquals(first, new LabelledPart(25, 7).indices(labels, DIGITS, "labels"));
        int[] other = new LabelledPart(25, 8).indices(labels, DIGITS, "labels");
        assertFalse(Arrays.equals(first, other));
        // Another draw, not a shifted copy: the two subsets overlap about as much as chance makes them (25/85 on average).
        long shared = Arrays.stream(other).filter(i -> Arrays.binarySearch(first, i) >= 0).count();
        assertTrue(shared < 150, shared + " of 250 positions shared between seeds 7 and 8");
    }

    @Test
    void forOneSeedASmallerSubsetIsPartOfEveryLargerOne() {
        int[] labels = unbalancedLabels();
        int[] ten = new LabelledPart(10, 5).indices(labels, DIGITS, "labels");
        int[] thirty = new LabelledPart(30, 5).indices(labels, DIGITS, "labels");
        int[] sixty = new LabelledPart(60, 5).indices(labels, DIGITS, "labels");
        assertTrue(Arrays.stream(ten).allMatch(i -> Arrays.binarySearch(thirty, i) >= 0), "10 per class not within 30");
        assertTrue(Arrays.stream(thirty).allMatch(i -> Arrays.binarySearch(sixty, i) >= 0), "30 per class not within 60");
    }

    @Test
    void everyImageOfAClassIsEquallyLikelyToBeDrawn() {
        // 10 classes of 100 images, 10 drawn per class: each image should be drawn in 10% of the seeds.
        int[] labels = IntStream.range(0, 1000).map(i -> i % 10).toArray();
        int[] times = new int[labels.length];
        int seeds = 2000;
        for (long seed = 0; seed < seeds; seed++) {
            for (int i : new LabelledPart(10, seed).indices(labels, DIGITS, "labels")) {
                times[i]++;
            }
        }
        int fewest = Arrays.stream(times).min().orElseThrow();
        int most = Arrays.stream(times).max().orElseThrow();
        // Expected 200 each with a standard deviation of about 13.4: a biased draw (e.g. favouring the first images) falls outside.
        assertTrue(fewest > 140 && most < 260, "drawn between " + fewest + " and " + most + " times of " + seeds);
    }

    @Test
    void askingForMoreThanTheSmallestClassHasSaysWhichClassAndHowManyFit() {
        int[] labels = unbalancedLabels();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LabelledPart(61, 7).indices(labels, DIGITS, "MNIST train"));
        assertEquals("cannot draw 61 labelled images per class from the 915 images of MNIST train: class \"0\" has only 60; "
                + "draw between 1 and 60 per class (in quick mode fewer images are loaded: choose the count by mode, "
                + "e.g. lecture.mode().choose(200, 20))", e.getMessage());
        int[] noNines = IntStream.range(0, 90).map(i -> i % 9).toArray();
        assertEquals("cannot draw labelled images of every class from the 90 images of MNIST train: class \"9\" has none",
                assertThrows(IllegalArgumentException.class,
                        () -> new LabelledPart(1, 7).indices(noNines, DIGITS, "MNIST train")).getMessage());
    }

    @Test
    void onlyTheWholeTrainingSplitGivesALabelledSubset() {
        assertEquals("a labelled subset is drawn from the training split, so that the test images stay unseen; call "
                + "labelled(...) on the training split, e.g. Mnist.train().labelled(50, 7)",
                assertThrows(IllegalStateException.class, () -> Mnist.test().labelled(50, 7)).getMessage());
        assertEquals("a labelled subset needs at least 1 image per class; got 0",
                assertThrows(IllegalArgumentException.class, () -> Mnist.train().labelled(0, 7)).getMessage());
        DataSplit labelled = Mnist.train().labelled(50, 7);
        assertEquals("this split is already the 50 labelled per class (seed 7); draw the labelled subset from the whole "
                + "training split instead",
                assertThrows(IllegalStateException.class, () -> labelled.labelled(10, 7)).getMessage());
        assertThrows(IllegalStateException.class, () -> labelled.holdOut(100, 7));
        assertThrows(IllegalStateException.class, () -> Mnist.train().holdOut(100, 7).train().labelled(10, 7));
    }

    @Test
    void theSubsetKeepsTheSplitsSettingsAndSaysWhatItIs() {
        DataSplit labelled = Mnist.train().batchSize(50).shuffle(3).labelled(50, 7).quick(true);
        assertEquals("MNIST train, 50 labelled per class (seed 7), batches of 50, shuffled with seed 3, quick mode",
                labelled.toString());
        assertEquals(Split.TRAIN, labelled.split());
        assertTrue(labelled.noShuffle().batchSize(10).toString().contains("50 labelled per class (seed 7)"),
                "a setter dropped the subset");
    }

    @Test
    void onRealMnistTheSubsetIsFiftyTrainingImagesPerClassAndNoTestImage() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        DataSplit whole = Mnist.train().quick(false);
        DataSplit labelled = whole.labelled(50, 7);
        LabeledImages subset = labelled.images();
        assertEquals(500, subset.size());
        int[] fifty = new int[10];
        Arrays.fill(fifty, 50);
        assertArrayEquals(fifty, subset.classCounts());

        // Provenance: every image is the training file's image at its index, with that image's label.
        int[] indices = labelled.indices();
        assertEquals(500, indices.length);
        assertTrue(Arrays.stream(indices).allMatch(i -> i >= 0 && i < 60_000), "an index outside the training file");
        LabeledImages train = whole.images();
        for (int k = 0; k < indices.length; k++) {
            assertEquals(train.features().getRow(indices[k]), subset.features().getRow(k), "pixels of image " + k);
            assertEquals(train.label(indices[k]), subset.label(k), "label of image " + k);
        }
        assertArrayEquals(indices, Mnist.train().quick(false).labelled(50, 7).indices(), "not the same for the same seed");
        assertFalse(Arrays.equals(indices, whole.labelled(50, 8).indices()), "the same for another seed");

        // No image of the subset is a test image, pixel for pixel.
        Map<Integer, List<float[]>> testByHash = new HashMap<>();
        INDArray testFeatures = Mnist.test().quick(false).features();
        for (int i = 0; i < testFeatures.rows(); i++) {
            float[] pixels = testFeatures.getRow(i).toFloatVector();
            testByHash.computeIfAbsent(Arrays.hashCode(pixels), h -> new java.util.ArrayList<>()).add(pixels);
        }
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < subset.size(); k++) {
            float[] pixels = subset.features().getRow(k).toFloatVector();
            for (float[] test : testByHash.getOrDefault(Arrays.hashCode(pixels), List.of())) {
                assertFalse(Arrays.equals(pixels, test), "subset image " + k + " (training index " + indices[k]
                        + ") is also a test image");
            }
            seen.add(Arrays.hashCode(pixels));
        }
        assertEquals(500, seen.size(), "the subset holds the same image twice");
    }

    @Test
    void inQuickModeTheDrawIsAmongTheQuickImages() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        DataSplit labelled = Mnist.train().quick(true).labelled(20, 7);
        int[] indices = labelled.indices();
        assertEquals(200, indices.length);
        assertTrue(indices[indices.length - 1] < RunMode.QUICK_TRAIN_EXAMPLES, "drawn beyond the quick subset");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mnist.train().quick(true).labelled(1_000, 7).images());
        assertTrue(e.getMessage().startsWith("cannot draw 1000 labelled images per class from the 5000 images of MNIST train"),
                e.getMessage());
    }
}
