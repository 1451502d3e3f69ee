package org.lectern.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeBookTest {
    private static SubmissionRun ran(String student) {
        return new SubmissionRun(student, "01.ipynb", Path.of(student + ".ipynb"), null, null);
    }

    @Test
    void aCheckMissingFromOneSubmissionFailsThereAndAnUnreadableSubmissionFailsEveryKnownCheckWithItsReason() {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        graded.put(ran("ann"), List.of(CheckOutcome.passed("ann", "01.ipynb", "ex1", 2),
                CheckOutcome.passed("ann", "01.ipynb", "ex2", 1)));
        graded.put(ran("ben"), List.of(CheckOutcome.passed("ben", "01.ipynb", "ex1", 2)));
        graded.put(new SubmissionRun("cat", "01.ipynb", null, null, "not a readable notebook: bad JSON"), List.of());

        assertEquals(List.of(
                CheckOutcome.passed("ann", "01.ipynb", "ex1", 2),
                CheckOutcome.passed("ann", "01.ipynb", "ex2", 1),
                CheckOutcome.passed("ben", "01.ipynb", "ex1", 2),
                CheckOutcome.failed("ben", "01.ipynb", "ex2", 1, GradeBook.MISSING),
                CheckOutcome.failed("cat", "01.ipynb", "ex1", 2, "not a readable notebook: bad JSON"),
                CheckOutcome.failed("cat", "01.ipynb", "ex2", 1, "not a readable notebook: bad JSON")),
                GradeBook.of(graded).outcomes());
    }

    @Test
    void theInstructorsChecksComeFirstInTheirOrderWithTheirPointsAndEveryStudentIsGradedOnThem() {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        graded.put(ran("ann"), List.of(CheckOutcome.passed("ann", "01.ipynb", "ex2", 1),
                CheckOutcome.passed("ann", "01.ipynb", "extra", 3)));
        Map<String, Map<String, Double>> expected = Map.of("01.ipynb", new LinkedHashMap<>(Map.of("ex1", 2.0)));
        expected.get("01.ipynb").put("ex2", 1.0);

        assertEquals(List.of(
                CheckOutcome.failed("ann", "01.ipynb", "ex1", 2, GradeBook.MISSING),
                CheckOutcome.passed("ann", "01.ipynb", "ex2", 1),
                CheckOutcome.passed("ann", "01.ipynb", "extra", 3)),
                GradeBook.of(graded, expected).outcomes());
    }

    @Test
    void anUnreadableSubmissionOfANotebookNobodyElseHandedInStillGetsARow() {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        graded.put(new SubmissionRun("cat", "02.ipynb", null, null, "not a readable notebook: empty file"), List.of());

        assertEquals(List.of(CheckOutcome.failed("cat", "02.ipynb", "", 0, "not a readable notebook: empty file")),
                GradeBook.of(graded).outcomes());
    }

    @Test
    void totalsAddEachStudentsPointsAndRatesCountPassesPerCheck() {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        graded.put(ran("ann"), List.of(CheckOutcome.passed("ann", "01.ipynb", "ex1", 2),
                CheckOutcome.failed("ann", "01.ipynb", "ex2", 0.5, "AssertionError")));
        graded.put(ran("ben"), List.of(CheckOutcome.passed("ben", "01.ipynb", "ex1", 2),
                CheckOutcome.passed("ben", "01.ipynb", "ex2", 0.5)));
        GradeBook book = GradeBook.of(graded);

        assertEquals(List.of(new GradeBook.StudentTotal("ann", 2, 2.5), new GradeBook.StudentTotal("ben", 2.5, 2.5)),
                book.studentTotals());
        assertEquals(List.of(new GradeBook.ExerciseRate("01.ipynb", "ex1", 2, 2, 2),
                new GradeBook.ExerciseRate("01.ipynb", "ex2", 0.5, 1, 2)), book.exerciseRates());
        assertEquals(0.5, book.exerciseRates().get(1).rate());
    }
}
