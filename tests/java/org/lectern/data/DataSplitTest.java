package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The fluent settings of a split; none of these tests loads data. */
class DataSplitTest {
    @Test
    void trainingSplitsShuffleWithTheDefaultSeedAndTestSplitsDoNot() {
        assertEquals(OptionalLong.of(42), Mnist.train().seed());
        assertEquals(OptionalLong.empty(), Mnist.test().seed());
        assertEquals(100, FashionMnist.train().batchSize());
        assertEquals(RunMode.current(), FashionMnist.test().runMode());
    }

    @Test
    void settersReturnNewObjectsAndLeaveTheOriginalAlone() {
        DataSplit original = Mnist.train();
        DataSplit changed = original.batchSize(32).shuffle(7).quick(true);
        assertEquals("MNIST train, batches of 32, shuffled with seed 7, quick mode", changed.toString());
        assertEquals(100, original.batchSize());
        assertEquals(OptionalLong.of(42), original.seed());
        assertEquals("Fashion-MNIST test, batches of 100, file order, full mode",
                FashionMnist.test().quick(false).toString());
        assertEquals(OptionalLong.empty(), changed.noShuffle().seed());
    }

    @Test
    void aBatchSizeBelowOneIsRejected() {
        assertEquals("batch size must be at least 1, got -5",
                assertThrows(IllegalArgumentException.class, () -> Mnist.train().batchSize(-5)).getMessage());
    }

    @Test
    void classNamesAreThePublishedOnes() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), Mnist.classNames());
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
                "Bag", "Ankle boot"), FashionMnist.classNames());
        assertEquals(FashionMnist.classNames(), FashionMnist.test().classNames());
    }
}
