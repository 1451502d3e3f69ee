package org.lectern.kernel.execution;

import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/** The cell ends in the middle of a statement or block; nothing of it was run. */
public final class IncompleteCellException extends CellException {
    private static final long serialVersionUID = 1L;

    private final List<String> traceback;

    private IncompleteCellException(String message, List<String> traceback) {
        super(message, null);
        this.traceback = List.copyOf(traceback);
    }

    /** Describes the unfinished code that starts at {@code offset} in {@code unit}. */
    static IncompleteCellException at(SourceUnit unit, int offset, long currentCell) {
        int line = unit.line(offset);
        Deque<Character> unclosed = BracketScanner.unclosed(unit.text().substring(offset));
        String missing = unclosed.isEmpty()
                ? "finish the statement (a ';' or an operand may be missing)"
                : "close it with " + unclosed.stream()
                        .map(c -> "'" + BracketScanner.closing(c) + "'")
                        .collect(Collectors.joining(" then "));
        String message = "Incomplete cell: the code from " + unit.where(line, currentCell)
                + " ends in the middle of a statement; " + missing;
        return new IncompleteCellException(message, List.of(
                Ansi.red("Incomplete cell") + ": the code from " + unit.where(line, currentCell)
                        + " ends in the middle of a statement",
                "    " + line + " | " + unit.lineText(line),
                "To run it, " + missing + "."));
    }

    @Override
    public String errorName() {
        return "IncompleteCell";
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
