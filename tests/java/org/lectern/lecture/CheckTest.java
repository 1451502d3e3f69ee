package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CheckTest {
    /** Runs a check that must fail and returns its one-line text. */
    static String failure(Executable check) {
        CheckFailed failed = assertThrows(CheckFailed.class, check);
        assertEquals(0, failed.getStackTrace().length, "a failed check carries no stack trace");
        assertEquals(failed.result().toString(), failed.getMessage());
        return failed.getMessage();
    }

    @Test
    void aValueBelowTheBarPassesWithTheTextTheNotebooksShow() {
        CheckResult result = Check.that("final loss", 0.0654).hint("train longer").isBelow(0.07);
        assertTrue(result.passed());
        assertEquals("PASS: final loss is 0.0654, below 0.07", result.toString());
        assertEquals("PASS: x is 2, above 1", Check.that("x", 2).isAbove(1).toString());
        assertEquals("PASS: x is 1.5, between 1 and 2", Check.that("x", 1.5).isBetween(1, 2).toString());
    }

    @Test
    void aFailureThrowsWithTheMeasuredValueTheBarAndTheHint() {
        assertEquals("FAIL: test accuracy (%) is 88.5, not above 90. Hint: train 5 more epochs",
                failure(() -> Check.that("test accuracy (%)", 88.5).hint("train 5 more epochs").isAbove(90)));
        assertEquals("FAIL: loss is 0.2, not below 0.1", failure(() -> Check.that("loss", 0.2).isBelow(0.1)));
    }

    @Test
    void nanNeverPasses() {
        assertEquals("FAIL: loss is NaN, not below 1", failure(() -> Check.that("loss", Double.NaN).isBelow(1)));
        failure(() -> Check.that("loss", Double.NaN).isBetween(0, 1));
        failure(() -> Check.that("loss", Double.NaN).isCloseTo(0, 1));
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
        assertEquals("FAIL: x is 2.5, not between 1 and 2", failure(() -> Check.that("x", 2.5).isBetween(1, 2)));
    }

    @Test
    void closeToUsesTheLargerOfTheAbsoluteAndRelativeTolerance() {
        assertEquals("PASS: mean is 0.5009, within ± 0.001 of 0.5", Check.that("mean", 0.5009).isCloseTo(0.5, 0.001).toString());
        assertEquals("FAIL: mean is 0.5011, not within ± 0.001 of 0.5",
                failure(() -> Check.that("mean", 0.5011).isCloseTo(0.5, 0.001)));
        assertEquals("PASS: sum is 101, within ± 1% of 100",
                Check.that("sum", 101).isCloseTo(100, Tolerance.relative(0.01)).toString());
        failure(() -> Check.that("sum", 98.9).isCloseTo(100, Tolerance.relative(0.01)));
        // Near zero the relative part allows almost nothing; the absolute part still allows 1e-6.
        assertEquals("PASS: bias is 5E-7, within ± 1% (at least ± 0.000001) of 0",
                Check.that("bias", 5e-7).isCloseTo(0, Tolerance.of(1e-6, 0.01)).toString());
        failure(() -> Check.that("bias", 2e-6).isCloseTo(0, Tolerance.of(1e-6, 0.01)));
    }

    @Test
    void aToleranceMustBeAFiniteNonNegativeNumberAndNotZero() {
        assertEquals("a tolerance is a finite number, 0 or more; got absolute -1.0, relative 0.0",
                assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tolerance.relative(Double.NaN));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(0)).getMessage().contains("isBetween(x, x)"));
    }

    @Test
    void aCheckNeedsANameAndAPassedResultIsNoFailure() {
        assertThrows(NullPointerException.class, () -> Check.that(null, 1));
        assertThrows(IllegalArgumentException.class, () -> new CheckFailed(new CheckResult(true, "fine", "")));
    }
}
