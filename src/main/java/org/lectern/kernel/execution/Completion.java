package org.lectern.kernel.execution;

import java.util.List;

/**
 * Completion candidates that replace {@code code.substring(start, end)}.
 *
 * @param matches candidate texts, best first
 * @param start   first character offset replaced
 * @param end     offset after the last character replaced
 */
public record Completion(List<String> matches, int start, int end) {
    /** Copies the match list. */
    public Completion {
        matches = List.copyOf(matches);
    }

    /** Returns a completion with no candidates at the cursor. */
    public static Completion none(int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }
}
