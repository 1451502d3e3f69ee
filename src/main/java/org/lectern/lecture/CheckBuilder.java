package org.lectern.lecture;

import java.util.Objects;

/**
 * What every check has: the name of what is measured and an optional hint. The hint is given
 * before the bar, because the method that sets the bar ends the check, and throws
 * {@link CheckFailed} when the bar is not met:
 *
 * <pre>{@code
 * Check.that("final loss", loss).hint("train longer").isBelow(0.07);
 * }</pre>
 *
 * @param <C> the concrete check, returned by {@link #hint(String)} so calls chain
 */
public abstract class CheckBuilder<C extends CheckBuilder<C>> {
    private final String what;
    private String hint = "";

    CheckBuilder(String what) {
        Objects.requireNonNull(what, "what a check measures needs a name, e.g. \"final loss\"");
        this.what = what;
    }

    /** Sets the hint shown when the check fails: what to try next. */
    public C hint(String text) {
        hint = Objects.requireNonNull(text, "hint");
        return self();
    }

    /** Returns the name of what is measured. */
    String what() {
        return what;
    }

    /** Returns the passed result, or throws {@link CheckFailed} with the message and the hint. */
    CheckResult verdict(boolean passed, String message) {
        return new CheckResult(passed, message, hint).orFail();
    }

    /** Throws {@link CheckFailed} for a measurement that could not be made, e.g. arrays of different shapes. */
    CheckResult unmeasurable(String reason) {
        return verdict(false, reason);
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }
}
