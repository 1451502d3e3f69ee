package org.lectern.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressFormatTest {
    @Test
    void durationsUseMinutesAndSecondsThenHours() {
        assertEquals("0:00", ProgressFormat.duration(0.4));
        assertEquals("0:59", ProgressFormat.duration(59.4));
        assertEquals("1:01", ProgressFormat.duration(61));
        assertEquals("59:59", ProgressFormat.duration(3599));
        assertEquals("1:00:00", ProgressFormat.duration(3600));
        assertEquals("26:03:04", ProgressFormat.duration(26 * 3600 + 3 * 60 + 4));
    }

    @Test
    void ratesKeepAboutThreeDigitsAndSwitchToSecondsPerStepWhenSlow() {
        assertEquals("1235 steps/s", ProgressFormat.rate(1234.6));
        assertEquals("12.3 steps/s", ProgressFormat.rate(12.34));
        assertEquals("1.00 steps/s", ProgressFormat.rate(1));
        assertEquals("4.00 s/step", ProgressFormat.rate(0.25));
        assertEquals("120 s/step", ProgressFormat.rate(1 / 120.0));
    }

    @Test
    void metricValuesAreWholeOrFourSignificantDigits() {
        assertEquals("3", ProgressFormat.number(3.0));
        assertEquals("-2", ProgressFormat.number(-2.0));
        assertEquals("0.1235", ProgressFormat.number(0.123456));
        assertEquals("1.000e-05", ProgressFormat.number(1e-5));
        assertEquals("NaN", ProgressFormat.number(Double.NaN));
        assertEquals("Infinity", ProgressFormat.number(Double.POSITIVE_INFINITY));
    }
}
