package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckTest {
    @Test
    void aValueBelowTheBarPasses() {
        Check.CheckResult result = Check.that("final loss", 0.0654).isBelow(0.07).hint("train longer");
        assertTrue(result.passed());
        assertEquals("PASS: final loss is 0.0654, below 0.07", result.toString());
    }

    @Test
    void aFailureSaysWhyAndGivesTheHint() {
        Check.CheckResult result = Check.that("test accuracy (%)", 88.5).isAbove(90).hint("train 5 more epochs");
        assertFalse(result.passed());
        assertEquals("FAIL: test accuracy (%) is 88.5, not above 90. Hint: train 5 more epochs", result.toString());
    }

    @Test
    void nanNeverPasses() {
        assertFalse(Check.that("loss", Double.NaN).isBelow(1).passed());
        assertFalse(Check.that("loss", Double.NaN).isBetween(0, 1).passed());
    }

    @Test
    void numbersKeepFourSignificantDigits() {
        assertEquals("0.06678", SignificantDigits.format(0.0667849));
        assertEquals("91.83", SignificantDigits.format(91.8333));
        assertEquals("1.5E-7", SignificantDigits.format(1.5e-7));
        assertEquals("0", SignificantDigits.format(0));
        assertEquals("NaN", SignificantDigits.format(Double.NaN));
    }

    @Test
    void betweenIncludesItsEnds() {
        assertTrue(Check.that("x", 1).isBetween(1, 2).passed());
        assertTrue(Check.that("x", 2).isBetween(1, 2).passed());
        assertFalse(Check.that("x", 2.5).isBetween(1, 2).passed());
    }
}
