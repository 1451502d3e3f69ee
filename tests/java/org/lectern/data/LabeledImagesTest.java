package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** Labelled images given other features, e.g. an encoder's codes, keep their labels and order. */
class LabeledImagesTest {
    private static final LabeledImages IMAGES = new LabeledImages("toy",
            Nd4j.createFromArray(new float[][] {{0f, 1f}, {1f, 0f}, {0.5f, 0.5f}}), new int[] {1, 0, 1},
            List.of("dark", "bright"), 1, 2);

    @Test
    void newFeaturesKeepTheLabelsClassNamesAndOrder() {
        var codes = Nd4j.createFromArray(new float[][] {{1f, 2f, 3f, 4f}, {5f, 6f, 7f, 8f}, {9f, 10f, 11f, 12f}});
        LabeledImages encoded = IMAGES.withFeatures("toy codes", codes, 2, 2);
        assertEquals("toy codes: 3 images of 2x2, 2 classes", encoded.toString());
        assertSame(codes, encoded.features());
        assertArrayEquals(new int[] {1, 0, 1}, encoded.labels());
        assertEquals(List.of("dark", "bright"), encoded.classNames());
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 1}, encoded.oneHotLabels().data().asFloat());
        assertEquals(2, encoded.head(2).size());
    }

    @Test
    void featuresOfTheWrongShapeAreRefusedWithTheShapeNeeded() {
        var twoRows = Nd4j.zeros(2, 4);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IMAGES.withFeatures("codes", twoRows, 2, 2));
        assertEquals("toy has 3 images, so the new features need shape [3, 4] for 2x2 values each; got [2, 4]",
                error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IMAGES.withFeatures("codes", Nd4j.zeros(3, 4), 3, 2));
        assertThrows(IllegalArgumentException.class, () -> IMAGES.withFeatures("codes", Nd4j.zeros(3, 4), 0, 4));
    }
}
