package org.lectern.kernel.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InterruptTest extends SharedEvaluatorTestCase {
    private static final String STARTED = "org.lectern.kernel.execution.CellTesting.started.countDown();\n";

    @Override
    List<String> firstCells() {
        return List.of("int kept = 42;");
    }

    /** Runs the cell on another thread, interrupts it once it runs, and returns how it failed and how fast. */
    private CellException interruptRunning(String cell) throws Exception {
        return interruptRunning(cell, false);
    }

    /** True once some thread sleeps in a JShell snippet (whose classes live in package REPL). */
    private static boolean aSnippetSleeps() {
        return Thread.getAllStackTraces().values().stream().anyMatch(frames -> frames.length > 1
                && frames[0].getMethodName().equals("sleep")
                && java.util.Arrays.stream(frames).anyMatch(f -> f.getClassName().startsWith("REPL.")));
    }

    private CellException interruptRunning(String cell, boolean whenSleeping) throws Exception {
        CellTesting.started = new CountDownLatch(1);
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
            try {
                return evaluator.eval(STARTED + cell);
            } catch (CellException e) {
                return e;
            }
        });
        assertTrue(CellTesting.started.await(20, TimeUnit.SECONDS), "the cell never started");
        Thread.sleep(100);
        // JShell compiles each statement as it reaches it, which on a loaded machine can take longer than that.
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); whenSleeping && !aSnippetSleeps()
                && System.nanoTime() < until; ) {
            Thread.sleep(20);
        }
        long interruptedAt = System.nanoTime();
        evaluator.interrupt();
        Object outcome = running.get(10, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAt);
        assertTrue(millis < 2000, "the cell took " + millis + " ms to stop");
        return assertInstanceOf(CellException.class, outcome);
    }

    @Test
    void aBusyLoopStopsWithinTwoSecondsAndTheNextCellSeesEarlierState() throws Exception {
        CellException e = interruptRunning("while (true) { }");
        CellInterruptedException interrupted = assertInstanceOf(CellInterruptedException.class, e);
        assertEquals("Cell interrupted", interrupted.errorValue());
        assertTrue(CellTesting.plain(interrupted).startsWith("Cell interrupted: the kernel stopped this cell"));
        assertEquals(43, evaluator.eval("kept + 1"));
    }

    @Test
    void aSleepingCellStopsAndSaysWhereItWas() throws Exception {
        CellException e = interruptRunning("int slept = 1;\nThread.sleep(60_000);\nslept = 2;", true);
        assertInstanceOf(CellInterruptedException.class, e);
        assertTrue(CellTesting.plain(e).contains("Stopped at:\n    at java.base/java.lang.Thread.sleep(Native Method)\n"
                + "    at cell line 3\n        Thread.sleep(60_000);"), CellTesting.plain(e));
        assertEquals(1, evaluator.eval("slept"), "the snippet after the interrupted one must not run");
    }

    @Test
    void aLoopThatSwallowsInterruptsIsStoppedAnyway() throws Exception {
        CellException e = interruptRunning(
                "while (true) { try { Thread.sleep(5); } catch (InterruptedException ignored) { } }");
        assertInstanceOf(CellInterruptedException.class, e);
        assertEquals(42, evaluator.eval("kept"));
    }

    @Test
    void anInterruptWhileIdleDoesNotSpoilTheNextCell() throws Exception {
        evaluator.interrupt();
        assertEquals(2, evaluator.eval("1 + 1"));
    }

    @Test
    void interruptingTwiceWorks() throws Exception {
        for (int i = 0; i < 2; i++) {
            try {
                interruptRunning("long spins = 0;\nwhile (spins >= 0) { spins++; }");
            } catch (AssertionError error) {
                fail("round " + i + ": " + error.getMessage());
            }
        }
        assertEquals(42, evaluator.eval("kept"));
    }
}
