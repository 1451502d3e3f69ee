package org.lectern.kernel.execution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.kernel.execution.CellTesting.failure;

/** Cells that would kill a naive kernel: out of memory, stack overflow, System.exit. */
class SurvivalTest extends SharedEvaluatorTestCase {
    @Override
    List<String> firstCells() {
        return List.of("String kept = \"still here\";");
    }

    private void assertAlive() throws Exception {
        assertEquals("still here", evaluator.eval("kept"));
    }

    @Test
    void anArrayBeyondTheVmLimitIsAnOutOfMemoryError() throws Exception {
        EvaluationException e = failure(EvaluationException.class, evaluator, "new long[Integer.MAX_VALUE - 8]");
        assertEquals("java.lang.OutOfMemoryError", e.errorName());
        assertAlive();
    }

    @Test
    void anArrayLargerThanTheHeapIsAnOutOfMemoryError() throws Exception {
        EvaluationException e = failure(EvaluationException.class, evaluator, "new long[400_000_000]");
        assertEquals("java.lang.OutOfMemoryError", e.errorName());
        assertEquals("Java heap space", e.errorValue());
        assertAlive();
    }

    @Test
    void exhaustingTheHeapStepByStepIsSurvivedAndTheMemoryComesBack() throws Exception {
        EvaluationException e = failure(EvaluationException.class, evaluator,
                "{\n    var hog = new ArrayList<long[]>();\n    while (true) hog.add(new long[10_000_000]);\n}");
        assertEquals("java.lang.OutOfMemoryError", e.errorName());
        assertTrue(CellTesting.plain(e).contains("at cell line 3"), CellTesting.plain(e));
        assertAlive();
        assertEquals(50_000_000, evaluator.eval("new long[50_000_000].length"), "the hog's memory was released");
    }

    @Test
    void infiniteRecursionIsAStackOverflowError() throws Exception {
        EvaluationException e = failure(EvaluationException.class, evaluator,
                "long forever(long n) { return forever(n + 1) + 1; }\nforever(0)");
        assertEquals("java.lang.StackOverflowError", e.errorName());
        assertAlive();
    }

    @Test
    void systemExitIsRefusedWithAMessage() throws Exception {
        EvaluationException e = failure(EvaluationException.class, evaluator, "System.exit(0);");
        assertEquals("java.lang.SecurityException", e.errorName());
        assertEquals("System.exit is disabled in the notebook: restart the kernel from the Kernel menu instead",
                e.errorValue());
        assertEquals("java.lang.SecurityException", failure(EvaluationException.class, evaluator,
                "Runtime.getRuntime().halt(3)").errorName());
        failure(EvaluationException.class, evaluator,
                "Thread t = new Thread(() -> System.exit(1));\nt.start();\nt.join();\nthrow new RuntimeException(\"after\");");
        assertAlive();
    }

    @Test
    void exitChecksOutsideCellsAreAllowed() {
        SecurityManager guard = assertInstanceOf(ExitGuard.class, System.getSecurityManager());
        assertDoesNotThrow(() -> guard.checkExit(0), "kernel code (no cell on the stack) may exit");
        assertDoesNotThrow(() -> guard.checkPermission(new RuntimePermission("setIO")));
    }
}
