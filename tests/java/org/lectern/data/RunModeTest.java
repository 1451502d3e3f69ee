package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunModeTest {
    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "TRUE", "yes", "Yes", " 1 "})
    void quickValuesSelectQuickMode(String value) {
        assertEquals(RunMode.QUICK, RunMode.fromEnvironment(Map.of("LECTERN_QUICK", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "false", "no", "NO"})
    void offValuesSelectFullMode(String value) {
        assertEquals(RunMode.FULL, RunMode.fromEnvironment(Map.of("LECTERN_QUICK", value)));
    }

    @Test
    void unsetMeansFullMode() {
        assertEquals(RunMode.FULL, RunMode.fromEnvironment(Map.of("OTHER", "1")));
    }

    @Test
    void anUnknownValueIsAnErrorThatSaysWhatToUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunMode.fromEnvironment(Map.of("LECTERN_QUICK", "maybe")));
        assertEquals("LECTERN_QUICK=maybe is not understood: use LECTERN_QUICK=1 (or true/yes) for quick mode, "
                + "LECTERN_QUICK=0 (or false/no, or unset) for full mode", e.getMessage());
    }

    @Test
    void chooseAndExampleCountsFollowTheMode() {
        assertEquals(30, RunMode.FULL.choose(30, 2));
        assertEquals(2, RunMode.QUICK.choose(30, 2));
        assertEquals("full", RunMode.FULL.choose("full", "quick"));
        assertEquals("quick", RunMode.QUICK.choose("full", "quick"));
        assertTrue(RunMode.QUICK.isQuick());
        assertFalse(RunMode.FULL.isQuick());

        assertEquals(60000, RunMode.FULL.trainExamples(60000));
        assertEquals(10000, RunMode.FULL.testExamples(10000));
        assertEquals(5000, RunMode.QUICK.trainExamples(60000));
        assertEquals(1000, RunMode.QUICK.testExamples(10000));
        assertEquals(300, RunMode.QUICK.trainExamples(300));
    }

    @Test
    void epochsFollowsTheProcessEnvironment() {
        int expected = RunMode.current().isQuick() ? 2 : 30;
        assertEquals(expected, RunMode.epochs(30, 2));
    }
}
