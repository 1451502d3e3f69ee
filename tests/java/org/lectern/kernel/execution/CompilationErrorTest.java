package org.lectern.kernel.execution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.kernel.execution.CellTesting.failure;
import static org.lectern.kernel.execution.CellTesting.plain;

class CompilationErrorTest extends SharedEvaluatorTestCase {

    @Test
    void errorIsPlacedByLineAndColumnOfTheCellWithTheSourceLineAndCarets() {
        CompilationException e = failure(CompilationException.class, evaluator,
                "int first = 1;\nint second = 2;\nint third = first + missing;");
        assertEquals("CompilationException", e.errorName());
        assertEquals("cell line 3, column 21: cannot find symbol", e.errorValue());
        assertEquals("""
                Compilation error at cell line 3, column 21: cannot find symbol
                  symbol:   variable missing
                    3 | int third = first + missing;
                      |                     ^^^^^^^""", plain(e));
    }

    @Test
    void everyErrorOfTheFailingSnippetIsShown() {
        CompilationException e = failure(CompilationException.class, evaluator, "\n  int sum = foo + bar;");
        String text = plain(e);
        assertTrue(text.contains("cell line 2, column 13: cannot find symbol"), text);
        assertTrue(text.contains("cell line 2, column 19: cannot find symbol"), text);
        assertTrue(text.contains("symbol:   variable foo") && text.contains("symbol:   variable bar"), text);
        assertEquals("cell line 2, column 13: cannot find symbol (and 1 more)", e.errorValue());
    }

    @Test
    void anErrorInsideAMethodBodyIsPlacedInTheCell() {
        CompilationException e = failure(CompilationException.class, evaluator,
                "// helpers\nint twice(int n) {\n    String s = n * 2;\n    return n * 2;\n}");
        String text = plain(e);
        assertTrue(text.startsWith("Compilation error at cell line 3, column 16: incompatible types"), text);
        assertTrue(text.contains("    3 |     String s = n * 2;\n      |                ^^^^^"), text);
    }

    @Test
    void aSyntaxErrorIsACompilationError() {
        CompilationException e = failure(CompilationException.class, evaluator, "int ok = 1;\n1 +* 2");
        assertEquals("cell line 2, column 4: illegal start of expression", e.errorValue());
    }

    @Test
    void anIncompleteCellSaysWhatIsMissingAndRunsNothing() throws Exception {
        IncompleteCellException e = failure(IncompleteCellException.class, evaluator,
                "int before = 1;\nfor (int i = 0; i < 3; i++) {\n  System.out.println(i);");
        assertEquals("IncompleteCell", e.errorName());
        assertEquals("Incomplete cell: the code from cell line 2 ends in the middle of a statement;"
                + " close it with '}'", e.errorValue());
        assertTrue(plain(e).contains("    2 | for (int i = 0; i < 3; i++) {"), plain(e));
        CompilationException notRun = failure(CompilationException.class, evaluator, "before");
        assertTrue(notRun.errorValue().contains("cannot find symbol"), "the first snippet must not have run");
    }

    @Test
    void anUnfinishedExpressionAsksToFinishTheStatement() {
        IncompleteCellException e = failure(IncompleteCellException.class, evaluator, "int total = 1 +");
        assertTrue(e.errorValue().endsWith("finish the statement (a ';' or an operand may be missing)"),
                e.errorValue());
    }
}
