package org.lectern.grading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeHtmlTest {
    private static String page() {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        graded.put(new SubmissionRun("ann", "01.ipynb", Path.of("x"), null, null), List.of(
                CheckOutcome.passed("ann", "01.ipynb", "01-ex1-check", 2),
                CheckOutcome.failed("ann", "01.ipynb", "01-ex2-check", 1, "AssertionError: <script>alert(1)</script> & more")));
        graded.put(new SubmissionRun("ben", "01.ipynb", Path.of("y"), null, null), List.of(
                CheckOutcome.passed("ben", "01.ipynb", "01-ex1-check", 2),
                CheckOutcome.passed("ben", "01.ipynb", "01-ex2-check", 1)));
        return GradeHtml.of(GradeBook.of(graded), "quick mode, 60 s, 2g");
    }

    @Test
    void showsEachStudentsTotalAndEachChecksPassRate() {
        String html = page();
        assertTrue(html.contains("<tr><td>ann</td><td class=\"number\">2</td><td class=\"number\">3</td>"
                + "<td class=\"number\">67 %</td></tr>"), html);
        assertTrue(html.contains("<tr><td>ben</td><td class=\"number\">3</td><td class=\"number\">3</td>"
                + "<td class=\"number\">100 %</td></tr>"), html);
        assertTrue(html.contains("<td>01-ex2-check</td><td class=\"number\">1</td><td class=\"number\">1 of 2</td>"
                + "<td><span class=\"bar\" style=\"width:5.0em\"></span>50 %</td>"), html);
        assertTrue(html.contains("<p>quick mode, 60 s, 2g</p>"), html);
    }

    @Test
    void escapesWhatStudentsCodePrintedAndNeedsNothingFromOutside() {
        String html = page();
        assertTrue(html.contains("AssertionError: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), html);
        assertFalse(html.contains("<script"), "no script, not even the student's");
        assertFalse(html.contains("http"), "no link to fetch anything");
        assertFalse(html.contains(" src="), "no external resource");
    }
}
