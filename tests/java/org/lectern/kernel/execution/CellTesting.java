package org.lectern.kernel.execution;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Helpers for tests that run cells; public so cell code can reach {@link #started}. */
public final class CellTesting {
    /** Counted down by cell code to tell a test that it is running. */
    public static volatile CountDownLatch started = new CountDownLatch(1);

    /** An evaluator that cell code may call back into. */
    public static volatile CellEvaluator evaluator;

    private CellTesting() {
    }

    /** Returns the traceback as plain text, one line per line, without ANSI colours. */
    public static String plain(CellException e) {
        return String.join("\n", e.traceback()).replaceAll("\u001b\\[[;\\d]*m", "");
    }

    /** Evaluates a cell that must fail with {@code type} and returns the failure. */
    public static <T extends CellException> T failure(Class<T> type, CellEvaluator evaluator, String cell) {
        return assertThrows(type, () -> evaluator.eval(cell), () -> "cell should fail with " + type.getSimpleName() + ": " + cell);
    }

    /** What a call printed to System.out, and what it returned. */
    public record Printed<T>(String out, T value) {
    }

    /** Runs {@code action} with System.out captured. */
    public static <T> Printed<T> printed(Callable<T> action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            T value = action.call();
            System.out.flush();
            return new Printed<>(bytes.toString(StandardCharsets.UTF_8), value);
        } finally {
            System.setOut(original);
        }
    }
}
