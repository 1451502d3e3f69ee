package org.lectern.plot;

/** Checks of builder arguments shared by the figure builders, each failing with a message that names the argument. */
final class Arguments {
    private Arguments() {
    }

    /** Returns {@code text} if it has something besides white space; throws otherwise. */
    static String text(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is " + (text == null ? "null" : "blank")
                    + "; every figure part needs readable text");
        }
        return text;
    }

    /** Returns {@code value} if it is at least 1; throws otherwise. */
    static int positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("the " + what + " must be at least 1, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is zero or more; throws otherwise. */
    static int notNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("the " + what + " must be 0 or more, got " + value);
        }
        return value;
    }
}
