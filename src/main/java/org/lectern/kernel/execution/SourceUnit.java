package org.lectern.kernel.execution;

/**
 * A piece of source that snippets come from: a cell, or a file run by {@code %load}. Turns
 * character offsets into the 1-based line and column numbers shown in errors.
 *
 * @param name       {@code cell} or the file's name
 * @param text       the whole source
 * @param cellNumber the evaluator's count of the {@code eval} call that ran it
 * @param isCell     whether it is a cell (errors then say "cell line N")
 */
record SourceUnit(String name, String text, long cellNumber, boolean isCell) {

    static SourceUnit cell(String text, long cellNumber) {
        return new SourceUnit("cell", text, cellNumber, true);
    }

    static SourceUnit file(String name, String text, long cellNumber) {
        return new SourceUnit(name, text, cellNumber, false);
    }

    /** Returns the 1-based line holding {@code offset}. */
    int line(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Returns the 1-based column of {@code offset} within its line. */
    int column(int offset) {
        int clamped = Math.min(offset, text.length());
        return clamped - lineStart(clamped) + 1;
    }

    /** Returns the offset where the line holding {@code offset} begins. */
    int lineStart(int offset) {
        return text.lastIndexOf('\n', Math.min(offset, text.length()) - 1) + 1;
    }

    /** Returns the text of the 1-based line, without its line break; empty past the end. */
    String lineText(int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return "";
            }
        }
        int end = text.indexOf('\n', start);
        String lineText = end < 0 ? text.substring(start) : text.substring(start, end);
        return lineText.endsWith("\r") ? lineText.substring(0, lineText.length() - 1) : lineText;
    }

    /** Returns where a line is, for a reader of an error raised while running cell {@code currentCell}. */
    String where(int line, long currentCell) {
        if (!isCell) {
            return name + " line " + line;
        }
        return (cellNumber == currentCell ? "cell line " : "earlier cell, line ") + line;
    }
}
