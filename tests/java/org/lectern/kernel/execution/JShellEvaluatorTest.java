package org.lectern.kernel.execution;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.kernel.execution.CellEvaluator.NO_VALUE;
import static org.lectern.kernel.execution.CellTesting.failure;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JShellEvaluatorTest {
    private JShellEvaluator evaluator;

    @BeforeAll
    void start() {
        evaluator = JShellEvaluator.builder().imports("java.time.*").build();
    }

    @AfterAll
    void stop() {
        evaluator.close();
    }

    @Test
    void variablesLiveAcrossCells() throws Exception {
        assertSame(NO_VALUE, evaluator.eval("int twenty = 20;"));
        assertEquals(21, evaluator.eval("twenty + 1"));
    }

    @Test
    void lastExpressionIsTheLiveObjectNotItsString() throws Exception {
        evaluator.eval("var builder = new StringBuilder(\"a\");");
        Object shown = evaluator.eval("builder");
        StringBuilder live = assertInstanceOf(StringBuilder.class, shown);
        evaluator.eval("builder.append(\"b\");");
        assertEquals("ab", live.toString(), "the returned object is the one the cells keep using");
    }

    @Test
    void declarationsAssignmentsAndStatementsShowNothing() throws Exception {
        assertSame(NO_VALUE, evaluator.eval("int three = 3;"));
        assertSame(NO_VALUE, evaluator.eval("three = 4"));
        assertSame(NO_VALUE, evaluator.eval("void nothing() { }"));
        assertSame(NO_VALUE, evaluator.eval("class Point { int x; }"));
        assertSame(NO_VALUE, evaluator.eval("import java.util.concurrent.atomic.*;"));
        assertSame(NO_VALUE, evaluator.eval("if (three > 0) { three++; }"));
        assertSame(NO_VALUE, evaluator.eval("nothing()"));
        assertEquals(5, evaluator.eval("three"));
    }

    @Test
    void anExpressionThatIsNullReturnsNull() throws Exception {
        assertNull(evaluator.eval("String missing = null;\nmissing"));
    }

    @Test
    void aCellOfSeveralSnippetsReturnsTheLastValueOnly() throws Exception {
        assertEquals(6, evaluator.eval("int two = 2;\nint six = two * 3;\n\nsix"));
        assertSame(NO_VALUE, evaluator.eval("six * 2;\nint seven = 7;"));
        assertEquals("x", evaluator.eval("// a comment\n  \"x\"  // trailing\n"));
    }

    @Test
    void aFailingSnippetStopsTheCellAndEarlierStateSurvives() throws Exception {
        failure(EvaluationException.class, evaluator,
                "int progress = 1;\nif (true) throw new IllegalStateException(\"stop\");\nprogress = 2;");
        assertEquals(1, evaluator.eval("progress"));
        failure(CompilationException.class, evaluator, "progress = 3;\nint broken = nope;\nprogress = 4;");
        assertEquals(3, evaluator.eval("progress"));
    }

    @Test
    void percentAtTheStartOfAContinuedExpressionIsModuloNotAMagic() throws Exception {
        assertEquals(1, evaluator.eval("int three = 3;\nint rest = 10\n%three;\nrest"));
        assertEquals(2, evaluator.eval("int open = (11\n%three);\nopen"));
        assertEquals(2, evaluator.eval("int byLine = 11\n  %three\n;\nbyLine"));
    }

    @Test
    void aMagicLineAfterAStatementWithoutSemicolonIsStillAMagicAndABadOneRunsNothing() throws Exception {
        MagicFailedException e = failure(MagicFailedException.class, evaluator, "int seen = 1\n%nosuch magic");
        assertTrue(e.errorValue().startsWith("Unknown line magic %nosuch."), e.errorValue());
        failure(CompilationException.class, evaluator, "seen");
        failure(MagicFailedException.class, evaluator, "int seen = 1;\n%%time");
        failure(CompilationException.class, evaluator, "seen");
        evaluator.eval("int seen = 2\n%lsmagic");
        assertEquals(2, evaluator.eval("seen"), "the Java before a known magic runs");
    }

    @Test
    void defaultAndConfiguredImportsAreThere() throws Exception {
        assertInstanceOf(List.class, evaluator.eval("new ArrayList<String>()"));
        assertEquals(LocalDate.of(2020, 1, 2), evaluator.eval("LocalDate.of(2020, 1, 2)"));
    }

    @Test
    void cellCodeRunsWithTheCellClassLoaderAsContextLoader() throws Exception {
        assertSame(evaluator.classLoader(), evaluator.eval("Thread.currentThread().getContextClassLoader()"));
        assertSame(evaluator.classLoader(), evaluator.eval("class Probe { }\nProbe.class.getClassLoader()"));
    }

    @Test
    void aBadDefaultImportIsReportedOnStandardErrorAtTheFirstCell() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (JShellEvaluator withBadImport = JShellEvaluator.builder().noImports().imports("no.such.pkg.*").build()) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, withBadImport.eval("1 + 1"));
            assertInstanceOf(CompilationException.class,
                    assertThrows(CellException.class, () -> withBadImport.eval("new ArrayList<String>()")),
                    "noImports() drops JShell's default imports");
        } finally {
            System.setErr(original);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8)
                        .contains("the default import 'import no.such.pkg.*;' failed: package no.such.pkg does not exist"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cellCodeMayEvaluateMoreCodeAndAddToTheClassPath() throws Exception {
        CellTesting.evaluator = evaluator;
        assertEquals(42, evaluator.eval("int inner = (Integer) org.lectern.kernel.execution.CellTesting.evaluator"
                + ".eval(\"int made = 40;\\nmade + 2\");\ninner"));
        assertEquals(40, evaluator.eval("made"), "the nested cell's declarations stay");
        EvaluationException e = failure(EvaluationException.class, evaluator,
                "org.lectern.kernel.execution.CellTesting.evaluator.eval(\"int broken = nope;\")");
        assertEquals("org.lectern.kernel.execution.CompilationException", e.errorName());
    }

    @Test
    void buildingIsQuickBecauseJShellWarmsUpInTheBackground() throws Exception {
        long start = System.nanoTime();
        JShellEvaluator fresh = JShellEvaluator.builder().build();
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (fresh) {
            assertTrue(millis < 500, "build() took " + millis + " ms; JShell's first compile alone takes longer");
            assertEquals(3, fresh.eval("1 + 2"), "the first cell waits for the warm-up instead of racing it");
        }
    }

    @Test
    void anEmptyCellHasNoValue() throws Exception {
        assertSame(NO_VALUE, evaluator.eval(""));
        assertSame(NO_VALUE, evaluator.eval("  \n// only a comment\n"));
    }

    @Test
    void aClosedEvaluatorRefusesWork() {
        JShellEvaluator closed = JShellEvaluator.builder().build();
        closed.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> closed.eval("1"));
        assertTrue(e.getMessage().contains("closed"));
    }
}
