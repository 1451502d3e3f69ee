package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

/** Sparsity statistics of a hand-made code whose every number is worked out by hand. */
class CodeSparsityTest {
    // Example 0: |h| = 0.5, 0.005, 0, 0.2; example 1: |h| = 0, 0, 0.9, 0.009. Unit 1 is never above 0.01.
    private static final INDArray CODES = Nd4j.createFromArray(new float[][] {
            {0.5f, -0.005f, 0f, 0.2f}, {0f, 0f, -0.9f, 0.009f}});

    @Test
    void meanMagnitudeAndSilentFractionPerExampleAndOverAll() {
        CodeSparsity sparsity = CodeSparsity.of(CODES);
        assertEquals(0.01, sparsity.threshold());
        assertEquals(2, sparsity.examples());
        assertEquals(4, sparsity.units());
        assertArrayEquals(new double[] {0.705 / 4, 0.909 / 4}, sparsity.meanAbsPerExample(), 1e-7);
        assertEquals(1.614 / 8, sparsity.meanAbs(), 1e-7);
        assertArrayEquals(new double[] {0.5, 0.75}, sparsity.fractionSilentPerExample(), 0.0);
        assertEquals(5 / 8.0, sparsity.fractionSilent(), 0.0);
    }

    @Test
    void aLargerThresholdCountsMoreUnitsAsSilent() {
        CodeSparsity coarse = CodeSparsity.of(CODES).threshold(0.3);
        assertArrayEquals(new double[] {0.75, 0.75}, coarse.fractionSilentPerExample(), 0.0);
        assertEquals(2, coarse.unitsAlwaysSilent(), "units 1 and 3 stay below 0.3 for both examples");
    }

    @Test
    void perUnitActivityAndUnitsThatAreAlwaysSilent() {
        CodeSparsity sparsity = CodeSparsity.of(CODES);
        assertArrayEquals(new double[] {0.25, 0.0025, 0.45, 0.1045}, sparsity.unitActivity(), 1e-7);
        assertEquals(1, sparsity.unitsAlwaysSilent());
    }

    @Test
    void mostActiveUnitsComeLargestMagnitudeFirstWithTiesInUnitOrder() {
        CodeSparsity sparsity = CodeSparsity.of(CODES);
        assertArrayEquals(new int[] {0, 3}, sparsity.mostActiveUnits(0, 2));
        assertArrayEquals(new int[] {2, 3, 0, 1}, sparsity.mostActiveUnits(1, 4));
        assertArrayEquals(new double[] {0, 0, 0.9, 0.009}, sparsity.magnitudes(1), 1e-7);
    }

    @Test
    void theTableHasOneRowPerCodeInMapOrder() {
        Map<String, CodeSparsity> codes = new LinkedHashMap<>();
        codes.put("hand-made", CodeSparsity.of(CODES));
        codes.put("coarse", CodeSparsity.of(CODES).threshold(0.3));
        Table table = CodeSparsity.table(codes);
        assertEquals("hand-made", table.stringColumn("code").get(0));
        assertEquals("coarse", table.stringColumn("code").get(1));
        assertEquals(62.5, table.doubleColumn("% below threshold").get(0), 1e-9);
        assertEquals(75.0, table.doubleColumn("% below threshold").get(1), 1e-9);
        assertEquals(62.5, table.doubleColumn("median % below per example").get(0), 1e-9);
        assertEquals(1, table.intColumn("units always below").get(0));
        assertEquals(0.3, table.doubleColumn("threshold").get(1));
        String text = CodeSparsity.of(CODES).toString();
        assertTrue(text.startsWith("2 codes of 4 units: mean |h| 0.201") && text.endsWith(", 62.5% below 0.01"), text);
    }

    @Test
    void badInputIsRefusedWithWhatToDo() {
        IllegalArgumentException vector = assertThrows(IllegalArgumentException.class,
                () -> CodeSparsity.of(Nd4j.createFromArray(1f, 2f)));
        assertEquals("codes must be a matrix [examples, units] with at least one of each, e.g. "
                + "autoencoder.encode(images); got shape [2]", vector.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> CodeSparsity.of(Nd4j.createFromArray(new float[][] {{0f, Float.NaN}})));
        assertEquals("the codes hold NaN or infinite values; the network that made them has diverged "
                + "(retrain it with a smaller learning rate)", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodeSparsity.of(CODES).threshold(0));
        IllegalArgumentException example = assertThrows(IllegalArgumentException.class,
                () -> CodeSparsity.of(CODES).mostActiveUnits(2, 1));
        assertEquals("example 2 does not exist; there are 2 (0 to 1)", example.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodeSparsity.of(CODES).mostActiveUnits(0, 5));
        assertThrows(IllegalArgumentException.class, () -> CodeSparsity.table(Map.of()));
    }
}
