package org.lectern.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeCsvTest {
    @Test
    void oneRowPerStudentAndCheckWithWholePointsPlainAndFieldsWithCommasOrQuotesQuoted() {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        graded.put(new SubmissionRun("ann", "hw1/01.ipynb", Path.of("x"), null, null), List.of(
                CheckOutcome.passed("ann", "hw1/01.ipynb", "01-ex1-check", 2),
                CheckOutcome.failed("ann", "hw1/01.ipynb", "01-ex2-check", 0.5,
                        "AssertionError: expected \"[1, 4]\", got [1, 2]")));

        assertEquals("student,notebook,grade_id,points,max_points,status,reason\r\n"
                        + "ann,hw1/01.ipynb,01-ex1-check,2,2,passed,\r\n"
                        + "ann,hw1/01.ipynb,01-ex2-check,0,0.5,failed,\"AssertionError: expected \"\"[1, 4]\"\", got [1, 2]\"\r\n",
                GradeCsv.of(GradeBook.of(graded)));
    }
}
