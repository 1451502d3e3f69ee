package org.lectern.kernel.execution;

import java.util.List;

/**
 * The cell's code threw an exception that has a message but no stack trace: a failure reported to
 * the reader, not a bug (for example a failed exercise check, which builds its exception with
 * {@code writableStackTrace = false}). It is shown as its simple class name (e.g.
 * {@code CheckFailed}) with the message as the error value and as the whole traceback, so the
 * reader sees that one line and no Java frames.
 */
public final class ReportedFailureException extends CellException {
    private static final long serialVersionUID = 1L;

    private final String name;

    ReportedFailureException(String exceptionClass, String message, Throwable cause) {
        super(message, cause);
        this.name = exceptionClass.substring(Math.max(exceptionClass.lastIndexOf('.'), exceptionClass.lastIndexOf('$')) + 1);
    }

    /** Returns whether {@code thrown} is such a failure: a message, no stack trace and no cause. */
    static boolean reports(Throwable thrown) {
        String message = thrown.getMessage();
        return message != null && !message.isBlank() && thrown.getStackTrace().length == 0 && thrown.getCause() == null;
    }

    @Override
    public String errorName() {
        return name;
    }

    @Override
    public List<String> traceback() {
        return List.of(getMessage().split("\\R"));
    }
}
