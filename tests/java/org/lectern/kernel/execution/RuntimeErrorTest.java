package org.lectern.kernel.execution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.kernel.execution.CellTesting.failure;
import static org.lectern.kernel.execution.CellTesting.plain;

class RuntimeErrorTest extends SharedEvaluatorTestCase {

    @Test
    void tracebackShowsTheUsersMethodAndCellLinesButNoJShellPlumbing() {
        EvaluationException e = failure(EvaluationException.class, evaluator, """
                void checkPositive(int n) {
                    if (n <= 0)
                        throw new IllegalArgumentException("not positive: " + n);
                }

                checkPositive(-2);""");
        assertEquals("java.lang.IllegalArgumentException", e.errorName());
        assertEquals("not positive: -2", e.errorValue());
        assertEquals("""
                java.lang.IllegalArgumentException: not positive: -2
                    at checkPositive (cell line 3)
                        throw new IllegalArgumentException("not positive: " + n);
                    at cell line 6
                        checkPositive(-2);""", plain(e));
        assertFalse(plain(e).contains("jdk.jshell") || plain(e).contains("reflect"), plain(e));
    }

    @Test
    void framesFromEarlierCellsAndCellClassesAreNamed() throws Exception {
        evaluator.eval("class Account {\n    int balance;\n    void withdraw(int amount) {\n"
                + "        if (amount > balance) throw new IllegalStateException(\"overdrawn\");\n    }\n}");
        EvaluationException e = failure(EvaluationException.class, evaluator, "new Account().withdraw(5)");
        String text = plain(e);
        assertTrue(text.contains("    at Account.withdraw (earlier cell, line 4)\n"
                + "        if (amount > balance) throw new IllegalStateException(\"overdrawn\");"), text);
        assertTrue(text.contains("    at cell line 1\n        new Account().withdraw(5)"), text);
    }

    @Test
    void causesAreShownTheSameWay() {
        EvaluationException e = failure(EvaluationException.class, evaluator, """
                void load() {
                    try {
                        Integer.parseInt("x1");
                    } catch (NumberFormatException cause) {
                        throw new RuntimeException("could not load", cause);
                    }
                }
                load();""");
        String text = plain(e);
        assertTrue(text.startsWith("java.lang.RuntimeException: could not load\n    at load (cell line 5)"), text);
        assertTrue(text.contains("Caused by: java.lang.NumberFormatException: For input string: \"x1\""), text);
        assertTrue(text.contains("    at java.base/java.lang.Integer.parseInt("), "library frames stay: " + text);
        int cause = text.indexOf("Caused by");
        assertTrue(text.indexOf("    at load (cell line 3)", cause) > cause, text);
    }

    @Test
    void deepRecursionIsFoldedIntoOneRepeatedFrame() {
        EvaluationException e = failure(EvaluationException.class, evaluator,
                "int down(int n) { return down(n + 1) + 1; }\ndown(0)");
        assertEquals("java.lang.StackOverflowError", e.errorName());
        String text = plain(e);
        assertTrue(text.matches("(?s)java.lang.StackOverflowError\n    at down \\(cell line 1\\)\n.*"
                + "    \\[previous frame repeated \\d+ more times]"), text);
        assertTrue(e.traceback().size() < 10, text);
    }

    @Test
    void callingAMethodWithAnUndeclaredDependencyIsExplained() throws Exception {
        evaluator.eval("void greet() { sayHello(); }");
        EvaluationException e = failure(EvaluationException.class, evaluator, "greet()");
        assertEquals("UnresolvedReferenceException", e.errorName());
        assertEquals("method greet() cannot be invoked until method sayHello() is declared", e.errorValue());
        evaluator.eval("void sayHello() { }");
        evaluator.eval("greet()");
    }
}
