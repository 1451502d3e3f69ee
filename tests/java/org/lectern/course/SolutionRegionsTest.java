package org.lectern.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionRegionsTest {
    private static final String WHERE = "01-x.ipynb, cell 5 (id abc)";

    @Test
    void aRegionBecomesItsDeclarationsAndTheStubAtItsIndentation() {
        String answer = """
                int limit = 3;
                // BEGIN SOLUTION
                TrainingHistory history = Trainer.on(model)
                        .epochs(2).fit();
                final double[] losses = history.losses();
                Map<String, Integer> counts = new HashMap<>();
                int n;
                for (int i = 0; i < limit; i++) {
                    double inner = i;
                }
                System.out.println(history);
                return;
                // END SOLUTION
                System.out.println(limit);""";
        assertEquals("""
                int limit = 3;
                TrainingHistory history;
                double[] losses;
                Map<String, Integer> counts;
                int n;
                throw new UnsupportedOperationException("your code here");
                System.out.println(limit);""", SolutionRegions.withStubs(answer, WHERE));
    }

    @Test
    void anIndentedRegionKeepsOnlyTheStubAtItsIndentationAndMethodsInARegionAreDropped() {
        String answer = """
                double mean(int[] values) {
                    // BEGIN SOLUTION
                    double sum = 0;
                    for (int v : values) sum += v;
                    return sum / values.length;
                    // END SOLUTION
                }
                // BEGIN SOLUTION
                double helper(int x) {
                    return x;
                }
                var fancy = helper(2);
                // END SOLUTION""";
        assertEquals("""
                double mean(int[] values) {
                    throw new UnsupportedOperationException("your code here");
                }
                throw new UnsupportedOperationException("your code here");""", SolutionRegions.withStubs(answer, WHERE));
        assertEquals(List.of(new SolutionRegions.Region(1, 5, "    "), new SolutionRegions.Region(7, 12, "")),
                SolutionRegions.find(answer, WHERE));
        assertEquals(List.of("    double sum = 0;", "    for (int v : values) sum += v;", "    return sum / values.length;",
                "double helper(int x) {", "    return x;", "}", "var fancy = helper(2);"), SolutionRegions.solutionLines(answer, WHERE));
    }

    @Test
    void anUnclosedBeginIsAnErrorNamingTheCellAndLine() {
        NotebookFormatException e = assertThrows(NotebookFormatException.class,
                () -> SolutionRegions.find("int a;\n// BEGIN SOLUTION\nint b = 1;", WHERE));
        assertEquals(WHERE + ", line 2: // BEGIN SOLUTION is never closed; add // END SOLUTION after the solution", e.getMessage());
    }

    @Test
    void anEndWithoutBeginIsAnError() {
        NotebookFormatException e = assertThrows(NotebookFormatException.class,
                () -> SolutionRegions.find("int b = 1;\n// END SOLUTION", WHERE));
        assertEquals(WHERE + ", line 2: // END SOLUTION without a // BEGIN SOLUTION before it", e.getMessage());
    }

    @Test
    void nestedRegionsAreAnError() {
        NotebookFormatException e = assertThrows(NotebookFormatException.class, () -> SolutionRegions.find(
                "// BEGIN SOLUTION\nint a = 1;\n    // BEGIN SOLUTION\nint b;\n// END SOLUTION\n// END SOLUTION", WHERE));
        assertEquals(WHERE + ", line 3: // BEGIN SOLUTION inside the region opened on line 1; regions cannot nest: close "
                + "the first with // END SOLUTION before opening another", e.getMessage());
    }

    @Test
    void aDelimiterThatIsNotAloneOnItsLineIsAnError() {
        NotebookFormatException e = assertThrows(NotebookFormatException.class,
                () -> SolutionRegions.find("int a = 1; // BEGIN SOLUTION\n// END SOLUTION", WHERE));
        assertEquals(WHERE + ", line 1: \"int a = 1; // BEGIN SOLUTION\" mentions a solution delimiter; write it alone on its "
                + "line, exactly // BEGIN SOLUTION or // END SOLUTION", e.getMessage());
        assertThrows(NotebookFormatException.class, () -> SolutionRegions.find("### BEGIN SOLUTION\n### END SOLUTION", WHERE));
    }

    @Test
    void aSourceWithoutRegionsIsUnchanged() {
        assertEquals(List.of(), SolutionRegions.find("int a = 1;", WHERE));
        assertEquals("int a = 1;\n", SolutionRegions.withStubs("int a = 1;\n", WHERE));
    }
}
