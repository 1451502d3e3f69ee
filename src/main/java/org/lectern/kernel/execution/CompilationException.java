package org.lectern.kernel.execution;

import jdk.jshell.Diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A snippet of the cell did not compile. Each of its errors is shown with its line and column
 * in the cell (not in the snippet), the offending source line and carets under the span.
 */
public final class CompilationException extends CellException {
    private static final long serialVersionUID = 1L;

    private final List<String> traceback;

    private CompilationException(String summary, List<String> traceback) {
        super(summary, null);
        this.traceback = List.copyOf(traceback);
    }

    /**
     * Formats the errors of a snippet that starts at {@code snippetOffset} in {@code unit}.
     *
     * @param errors the snippet's error diagnostics (positions relative to the snippet)
     */
    static CompilationException of(SourceUnit unit, int snippetOffset, List<Diag> errors, long currentCell) {
        List<String> lines = new ArrayList<>();
        String summary = null;
        for (Diag diag : errors) {
            int start = snippetOffset + Math.max(0, position(diag));
            int end = diag.getEndPosition() < 0 ? start : snippetOffset + (int) diag.getEndPosition();
            start = Math.min(start, unit.text().length());
            int line = unit.line(start);
            String[] message = diag.getMessage(Locale.getDefault()).split("\n");
            String place = unit.where(line, currentCell) + ", column " + unit.column(start);
            if (summary == null) {
                summary = place + ": " + message[0];
            }
            lines.add(Ansi.red("Compilation error at " + place + ": " + message[0]));
            for (int i = 1; i < message.length; i++) {
                if (!message[i].strip().equals("location: class")) {
                    lines.add(message[i]);
                }
            }
            lines.addAll(excerpt(unit, line, start, Math.max(end, start + 1)));
        }
        if (summary == null) {
            summary = "the snippet at " + unit.where(unit.line(snippetOffset), currentCell) + " was rejected";
            lines.add(Ansi.red("Compilation error: " + summary));
        } else if (errors.size() > 1) {
            summary += " (and " + (errors.size() - 1) + " more)";
        }
        return new CompilationException(summary, lines);
    }

    private static int position(Diag diag) {
        return (int) (diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition());
    }

    /** Returns the source line with a gutter and a line of carets under {@code [start, end)}. */
    private static List<String> excerpt(SourceUnit unit, int line, int start, int end) {
        String text = unit.lineText(line);
        String gutter = String.valueOf(line);
        int from = unit.column(start) - 1;
        int to = Math.max(from + 1, Math.min(text.length(), end - unit.lineStart(start)));
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < from; i++) {
            marks.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        marks.append("^".repeat(to - from));
        return List.of("    " + gutter + " | " + text,
                "    " + " ".repeat(gutter.length()) + " | " + Ansi.red(marks.toString()));
    }

    @Override
    public String errorName() {
        return "CompilationException";
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
