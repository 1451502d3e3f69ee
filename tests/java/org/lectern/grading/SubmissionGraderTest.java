package org.lectern.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionGraderTest {
    private static final Path EXECUTED = Path.of("executed/ann/01.ipynb");

    private static SubmissionRun ranToTheEnd() {
        return new SubmissionRun("ann", "01.ipynb", EXECUTED, null, null);
    }

    @Test
    void aCheckWithoutAnErrorOutputEarnsItsPointsAndOneWithAnErrorEarnsNothingWithTheErrorAsReason() {
        JsonObject notebook = Notebooks.builder().markdown("intro").code(1).answer("01-ex1-answer", 2)
                .check("01-ex1-check", 2, 3, Notebooks.PRINTED)
                .check("01-ex2-check", 1.5, 4, Notebooks.error("CheckFailed", "FAIL: loss 0.9 is above 0.5. Hint: more epochs"))
                .build();

        assertEquals(List.of(
                CheckOutcome.passed("ann", "01.ipynb", "01-ex1-check", 2),
                CheckOutcome.failed("ann", "01.ipynb", "01-ex2-check", 1.5, "CheckFailed: FAIL: loss 0.9 is above 0.5. Hint: more epochs")),
                SubmissionGrader.grade(ranToTheEnd(), notebook));
    }

    @Test
    void aCheckThatNeverRanIsNotReachedAndAnErrorWithoutValueGivesItsName() {
        JsonObject notebook = Notebooks.builder()
                .check("01-ex1-check", 1, null, "[]")
                .check("01-ex2-check", 1, 2, Notebooks.error("CompilationException", ""))
                .build();

        List<CheckOutcome> outcomes = SubmissionGrader.grade(ranToTheEnd(), notebook);

        assertEquals(SubmissionGrader.NOT_REACHED, outcomes.get(0).reason());
        assertEquals("CompilationException", outcomes.get(1).reason());
    }

    @Test
    void aMultiLineErrorValueBecomesOneLine() {
        JsonObject notebook = Notebooks.builder()
                .check("01-ex1-check", 1, 1, Notebooks.error("AssertionError", "first line\\n  second line"))
                .build();

        assertEquals("AssertionError: first line second line", SubmissionGrader.grade(ranToTheEnd(), notebook).get(0).reason());
    }

    @Test
    void everyCheckFromTheCellWhereTheRunStoppedOnFailsWithTheStopsReasonAndEarlierOnesKeepTheirResult() {
        // Cells: 0 check (ran), 1 answer, 2 check (the cell that looped), 3 check.
        JsonObject notebook = Notebooks.builder()
                .check("01-ex1-check", 1, 1, Notebooks.PRINTED).answer("01-ex2-answer", 2)
                .check("01-ex2-check", 1, null, "[]").check("01-ex3-check", 3, null, "[]").build();
        SubmissionRun stopped = new SubmissionRun("ann", "01.ipynb", EXECUTED, 2, "time limit of 10 s reached");

        assertEquals(List.of(
                CheckOutcome.passed("ann", "01.ipynb", "01-ex1-check", 1),
                CheckOutcome.failed("ann", "01.ipynb", "01-ex2-check", 1, "time limit of 10 s reached"),
                CheckOutcome.failed("ann", "01.ipynb", "01-ex3-check", 3, "time limit of 10 s reached")),
                SubmissionGrader.grade(stopped, notebook));
    }

    @Test
    void aStopInTheCheckCellItselfFailsItEvenThoughItHasNoErrorOutput() {
        JsonObject notebook = Notebooks.builder().check("01-ex1-check", 1, 1, "[]").build();
        SubmissionRun died = new SubmissionRun("ann", "01.ipynb", EXECUTED, 0, "kernel died: out of memory");

        assertEquals("kernel died: out of memory", SubmissionGrader.grade(died, notebook).get(0).reason());
    }

    @Test
    void manuallyGradedAnswersAnswerCellsAndPlainCellsAreNoChecks() {
        JsonObject notebook = Notebooks.builder().manual("01-essay").answer("01-ex1-answer", 1).code(2).markdown("m").build();

        assertTrue(SubmissionGrader.grade(ranToTheEnd(), notebook).isEmpty());
    }

    @Test
    void aCheckCellWithoutGradeIdOrPointsIsNamedByItsIndexAndWorthNothing() {
        JsonObject notebook = Notebooks.builder().code(1).build();
        notebook.getAsJsonArray("cells").add(com.google.gson.JsonParser.parseString(
                "{\"cell_type\": \"code\", \"metadata\": {\"nbgrader\": {\"grade\": true, \"solution\": false}}, "
                        + "\"execution_count\": 2, \"outputs\": []}"));

        assertEquals(List.of(CheckOutcome.passed("ann", "01.ipynb", "cell-1", 0)),
                SubmissionGrader.grade(ranToTheEnd(), notebook));
    }

    @Test
    void aRunThatStoppedMustSayWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SubmissionRun("ann", "01.ipynb", EXECUTED, 3, null));
        assertEquals("the run of ann/01.ipynb stopped without a reason", e.getMessage());
    }
}
