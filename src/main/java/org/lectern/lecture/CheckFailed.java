package org.lectern.lecture;

/**
 * Thrown by a check whose bar was not met. Its message is the one-line {@code FAIL: ... Hint: ...}
 * text. It carries no stack trace on purpose: it reports the student's result, not a bug, and
 * the Lectern kernel shows an exception without a stack trace as a Jupyter error named by its
 * simple class name ({@code CheckFailed}) whose traceback is the message alone, which is what
 * nbgrader counts as a failed test cell.
 */
public final class CheckFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CheckResult result;

    /** Wraps a failed result. */
    public CheckFailed(CheckResult result) {
        super(result.toString(), null, false, false);
        if (result.passed()) {
            throw new IllegalArgumentException("a passed check is not a failure: " + result);
        }
        this.result = result;
    }

    /** Returns the failed result. */
    public CheckResult result() {
        return result;
    }
}
