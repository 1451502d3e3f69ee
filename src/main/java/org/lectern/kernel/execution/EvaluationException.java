package org.lectern.kernel.execution;

import java.util.List;

/**
 * The cell's code threw: {@link #errorName()} is the exception's class (e.g.
 * {@code java.lang.IllegalStateException}), {@link #errorValue()} its message, and the traceback
 * shows the frames of the user's code as cell lines, then each cause.
 */
public final class EvaluationException extends CellException {
    private static final long serialVersionUID = 1L;

    private final String exceptionClass;
    private final List<String> traceback;

    EvaluationException(String exceptionClass, String message, List<String> traceback, Throwable cause) {
        super(message == null ? "" : message, cause);
        this.exceptionClass = exceptionClass;
        this.traceback = List.copyOf(traceback);
    }

    /** Returns the fully qualified class name of the exception the cell threw. */
    public String exceptionClass() {
        return exceptionClass;
    }

    @Override
    public String errorName() {
        return exceptionClass;
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
