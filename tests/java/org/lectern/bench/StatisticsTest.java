package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void theMedianIsTheMiddleOfTheSortedValues() {
        assertEquals(2.0, Statistics.median(3.0, 1.0, 2.0));
        assertEquals(2.5, Statistics.median(4.0, 1.0, 3.0, 2.0));
        assertEquals(7.0, Statistics.median(7.0));
        assertEquals(1.0, Statistics.median(1.0, 100.0, 1.0));
    }

    @Test
    void theMedianDoesNotReorderItsInput() {
        double[] values = {3, 1, 2};
        Statistics.median(values);
        assertEquals(3.0, values[0]);
    }

    @Test
    void theMedianOfNothingOrOfNanIsRefused() {
        assertEquals("the median of no values is undefined",
                assertThrows(IllegalArgumentException.class, Statistics::median).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Statistics.median(1.0, Double.NaN));
    }

    @Test
    void aRatioNeedsAPositiveDenominator() {
        assertEquals(2.5, Statistics.ratio(5, 2));
        assertTrue(Double.isNaN(Statistics.ratio(5, 0)));
        assertTrue(Double.isNaN(Statistics.ratio(Double.NaN, 2)));
    }
}
