package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.lectern.data.InstalledData.assumeInstalled;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The real MNIST and Fashion-MNIST files as installed by {@code ./lectern setup}, checked against
 * the published sizes and class counts. Skipped, with the reason shown, where a file is not
 * installed; a corrupt file fails.
 */
class InstalledDatasetsTest {

    private static int[] classCounts(int[] labels) {
        int[] counts = new int[10];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    private static void assertImages(DataSplit split, int expectedSize) {
        LabeledImages images = split.images();
        INDArray features = images.features();
        assertArrayEquals(new long[] {expectedSize, 784}, features.shape(), split.toString());
        assertEquals(DataType.FLOAT, features.dataType());
        assertEquals(28, images.rows());
        assertEquals(28, images.columns());
        assertEquals(0.0, features.minNumber().doubleValue(), 0.0, "darkest pixel");
        assertEquals(1.0, features.maxNumber().doubleValue(), 0.0, "brightest pixel");
        assertEquals(expectedSize, split.labels().length);
        assertEquals(0, Arrays.stream(split.labels()).min().orElseThrow());
        assertEquals(9, Arrays.stream(split.labels()).max().orElseThrow());
    }

    @Test
    void mnistTrainingSetHasThePublishedShapeAndClassCounts() {
        assumeInstalled(ImageDataset.MNIST);
        DataSplit train = Mnist.train().quick(false);
        assertImages(train, 60000);
        assertEquals(5, train.labels()[0], "the first MNIST training image is a 5");
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                classCounts(train.labels()));
    }

    @Test
    void mnistTestSetHasThePublishedShapeAndClassCounts() {
        assumeInstalled(ImageDataset.MNIST);
        DataSplit test = Mnist.test().quick(false);
        assertImages(test, 10000);
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
                classCounts(test.labels()));
    }

    @Test
    void fashionMnistHasThePublishedShapeAndBalancedClasses() {
        assumeInstalled(ImageDataset.FASHION_MNIST);
        DataSplit train = FashionMnist.train().quick(false);
        DataSplit test = FashionMnist.test().quick(false);
        assertImages(train, 60000);
        assertImages(test, 10000);
        int[] sixThousandEach = new int[10];
        Arrays.fill(sixThousandEach, 6000);
        int[] oneThousandEach = new int[10];
        Arrays.fill(oneThousandEach, 1000);
        assertArrayEquals(sixThousandEach, classCounts(train.labels()));
        assertArrayEquals(oneThousandEach, classCounts(test.labels()));
        assertEquals("Ankle boot", train.classNames().get(9));
    }

    @Test
    void quickModeKeepsTheFirst5000TrainingAnd1000TestImages() {
        assumeInstalled(ImageDataset.MNIST);
        DataSplit quickTrain = Mnist.train().quick(true);
        DataSplit quickTest = Mnist.test().quick(true);
        assertEquals(5000, quickTrain.size());
        assertEquals(1000, quickTest.size());
        assertArrayEquals(Arrays.copyOf(Mnist.train().quick(false).labels(), 5000), quickTrain.labels(), "a prefix in file order");
        assertEquals(Mnist.test().quick(false).features().getRow(999), quickTest.features().getRow(999));

        var iterator = quickTrain.batchSize(128).iterator();
        int examples = 0;
        int batches = 0;
        while (iterator.hasNext()) {
            examples += iterator.next().numExamples();
            batches++;
        }
        assertEquals(5000, examples);
        assertEquals(40, batches, "39 batches of 128 and one of 8");
    }

    @Test
    void iteratorsOfTheSameSplitAndSeedAgree() {
        assumeInstalled(ImageDataset.MNIST);
        DataSplit split = Mnist.test().quick(true).shuffle(7).batchSize(250);
        var a = split.iterator();
        var b = split.iterator();
        assertEquals(a.next().getLabels(), b.next().getLabels());
        assertEquals(a.next().getFeatures(), b.next().getFeatures());
    }

    @Test
    void theLoadedFeaturesAreSharedNotReloaded() {
        assumeInstalled(ImageDataset.MNIST);
        assertSame(Mnist.test().quick(false).features(), Mnist.test().noShuffle().quick(false).features());
    }

    @Test
    void verifyDataExitsZeroWhenEveryFileIsInstalled() {
        assumeInstalled(ImageDataset.MNIST);
        assumeInstalled(ImageDataset.FASHION_MNIST);
        assumeInstalled(DataFile.ASTRONAUT);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        assertEquals(0, VerifyData.run(DataFiles.standard(), new PrintStream(text, true)));
        assertEquals(DataFile.values().length, text.toString().lines().filter(l -> l.startsWith("VERIFIED  ")).count(), text.toString());
    }
}
