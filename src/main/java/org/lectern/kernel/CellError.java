package org.lectern.kernel;

import java.util.ArrayList;
import java.util.List;
import org.lectern.kernel.execution.CellException;

/**
 * A failed cell as Jupyter shows it: {@code ename}, {@code evalue} and the traceback lines.
 *
 * @param name      the error's title
 * @param value     the one-line description
 * @param traceback the lines shown, without newlines inside a line
 */
public record CellError(String name, String value, List<String> traceback) {
    private static final String RED = "\u001b[0;31m";
    private static final String RESET = "\u001b[0m";

    /** Copies the traceback. */
    public CellError {
        traceback = List.copyOf(traceback);
    }

    /** Returns the error exactly as the evaluator formatted it. */
    public static CellError of(CellException e) {
        String value = e.errorValue();
        return new CellError(e.errorName(), value == null ? "" : value, e.traceback());
    }

    /**
     * Returns an error for something the evaluator did not expect (a kernel bug, or the JVM running
     * out of memory): the kernel stays alive and shows the stack trace, which is then useful.
     */
    public static CellError unexpected(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        List<String> lines = new ArrayList<>();
        lines.add(RED + t.getClass().getName() + (message.isEmpty() ? "" : ": " + message) + RESET);
        if (t instanceof OutOfMemoryError) {
            lines.add("Java ran out of memory (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB of heap). Drop big values (x = null), or reinstall the kernel with a larger heap: "
                    + "LECTERN_XMX=8g ./lectern setup");
        } else {
            lines.add("The cell failed inside the Lectern kernel, which is still running. Please report this stack trace:");
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            lines.add("    at " + frame);
        }
        return new CellError(t.getClass().getSimpleName(), message, lines);
    }
}
