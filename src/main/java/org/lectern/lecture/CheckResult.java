package org.lectern.lecture;

/**
 * The outcome of a check, shown as one line: {@code PASS: ...}, or {@code FAIL: ... Hint: ...}.
 * A notebook only ever shows a passed one: a failed check throws {@link CheckFailed} instead.
 *
 * @param passed  whether the bar was met
 * @param message what was measured against what
 * @param hint    what to try when it fails; empty for none
 */
public record CheckResult(boolean passed, String message, String hint) {
    /** Checks that the message and hint are there (the hint may be empty). */
    public CheckResult {
        if (message == null || hint == null) {
            throw new IllegalArgumentException("a check result needs a message and a hint (empty for none)");
        }
    }

    /** Returns this result if it passed, and throws {@link CheckFailed} with it if it did not. */
    public CheckResult orFail() {
        if (!passed) {
            throw new CheckFailed(this);
        }
        return this;
    }

    @Override
    public String toString() {
        return passed ? "PASS: " + message
                : "FAIL: " + message + (hint.isEmpty() ? "" : ". Hint: " + hint);
    }
}
