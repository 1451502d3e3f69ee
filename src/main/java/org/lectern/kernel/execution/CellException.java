package org.lectern.kernel.execution;

import java.util.List;

/**
 * A cell that failed, already formatted for the notebook: {@link #errorName()} and
 * {@link #errorValue()} become the Jupyter error's {@code ename}/{@code evalue} and
 * {@link #traceback()} its lines (ANSI colours allowed). One subclass per kind of failure.
 */
public abstract class CellException extends Exception {
    private static final long serialVersionUID = 1L;

    protected CellException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Returns the short name shown as the error's title, e.g. {@code CompilationException}. */
    public abstract String errorName();

    /** Returns the one-line description shown after the name. */
    public String errorValue() {
        return getMessage();
    }

    /** Returns the lines the notebook shows for this failure, without newlines inside a line. */
    public abstract List<String> traceback();
}
