package org.lectern.kernel.execution;

import java.util.List;

/**
 * The cell's code threw an exception of a class outside the JDK that has a message but no stack
 * trace and no cause: a failure reported to the reader, not a bug (for example a failed exercise
 * check, which builds its exception with {@code writableStackTrace = false}). It is shown as its
 * simple class name (e.g. {@code CheckFailed}) with the message as the error value and as the whole
 * traceback, so the reader sees that one line and no Java frames. JDK exceptions never count: the
 * JVM throws some without a stack trace (a preallocated OutOfMemoryError, a hot NullPointerException).
 */
public final class ReportedFailureException extends CellException {
    private static final long serialVersionUID = 1L;
    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final String name;

    ReportedFailureException(String exceptionClass, String message, Throwable cause) {
        super(message, cause);
        this.name = exceptionClass.substring(Math.max(exceptionClass.lastIndexOf('.'), exceptionClass.lastIndexOf('$')) + 1);
    }

    /** Returns whether {@code thrown} is such a failure: not from the JDK, a message, no stack trace and no cause. */
    static boolean reports(Throwable thrown) {
        String message = thrown.getMessage();
        String type = TracebackFormatter.className(thrown);
        return message != null && !message.isBlank() && thrown.getStackTrace().length == 0 && thrown.getCause() == null
                && JDK_PACKAGES.stream().noneMatch(type::startsWith);
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
