package org.lectern.kernel.execution;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers where each JShell snippet came from, so stack frames ({@code #12:3}, line 3 of
 * snippet 12) can be shown as lines of the cell or file the user wrote.
 */
final class SnippetOrigins {
    /** Where a snippet starts: its source and the offset of its first character. */
    record Origin(SourceUnit unit, int offset) {
        /** Returns the 1-based line of the unit for the snippet's 1-based {@code snippetLine}. */
        int unitLine(int snippetLine) {
            return unit.line(offset) + snippetLine - 1;
        }
    }

    private final Map<String, Origin> byId = new ConcurrentHashMap<>();

    void record(String snippetId, SourceUnit unit, int offset) {
        byId.put(snippetId, new Origin(unit, offset));
    }

    /** Returns the origin of a frame whose file name is JShell's {@code #id}. */
    Optional<Origin> ofFrameFile(String fileName) {
        if (fileName == null || !fileName.startsWith("#")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(fileName.substring(1)));
    }
}
