package org.lectern.kernel.execution;

import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java code into the snippets JShell evaluates one at a time, using JShell's own
 * {@link SourceCodeAnalysis#analyzeCompletion}, and remembers where each starts in its source.
 */
final class SnippetSplitter {
    /**
     * One snippet to evaluate.
     *
     * @param source the snippet, without leading whitespace (JShell's line numbers need that)
     * @param offset where it starts in its {@link SourceUnit}
     */
    record Planned(String source, int offset) {
    }

    private final SourceCodeAnalysis analysis;

    SnippetSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Returns the snippets of {@code unit.text()[start, end)}; code JShell cannot classify is
     * kept as one snippet, so that evaluating it reports the compiler's error.
     *
     * @throws IncompleteCellException the code ends inside a statement or block
     */
    List<Planned> split(SourceUnit unit, int start, int end, long currentCell) throws IncompleteCellException {
        List<Planned> snippets = new ArrayList<>();
        String rest = unit.text().substring(start, end);
        int position = start;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                return snippets;
            }
            if (!completeness.isComplete() && completeness != Completeness.UNKNOWN) {
                throw IncompleteCellException.at(unit, position + leadingWhitespace(rest), currentCell);
            }
            String source = info.source() == null ? rest : info.source();
            String remaining = info.source() == null ? "" : info.remaining();
            int lead = leadingWhitespace(source);
            snippets.add(new Planned(source.substring(lead), position + lead));
            int consumed = rest.length() - remaining.length();
            if (consumed <= 0) {
                return snippets;
            }
            position += consumed;
            rest = remaining;
        }
    }

    /** Tells whether Java code ends inside a statement or block, so that the next line belongs to it. */
    boolean isOpen(String code) {
        return lastSnippet(code) < 0;
    }

    /**
     * Tells whether {@code line} continues the Java {@code code} above it: the code is open, or
     * its last statement lacks its ';' and takes the line as its rest ({@code int r = a} then
     * {@code %b;} is a remainder).
     */
    boolean continuesInto(String code, String line) {
        int last = lastSnippet(code);
        if (last < 0) {
            return true;
        }
        CompletionInfo lastAlone = analysis.analyzeCompletion(code.substring(last));
        if (lastAlone.completeness() != Completeness.COMPLETE_WITH_SEMI) {
            return false;
        }
        CompletionInfo joined = analysis.analyzeCompletion(code.substring(last) + line);
        return joined.completeness().isComplete() && joined.remaining().isBlank()
                && analysis.sourceToSnippets(joined.source()).stream().noneMatch(s -> s.kind() == Snippet.Kind.ERRONEOUS);
    }

    /** Returns where the last complete snippet of {@code code} starts, or -1 if the code is open. */
    private int lastSnippet(String code) {
        String rest = code;
        int last = code.length();
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY || completeness == Completeness.UNKNOWN) {
                return last;
            }
            if (!completeness.isComplete()) {
                return -1;
            }
            last = code.length() - rest.length();
            rest = info.remaining();
        }
        return last;
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
