package org.lectern.kernel.execution;

import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Answers Jupyter's {@code is_complete_request} from JShell's analysis: code that ends inside a
 * statement or block is incomplete (with an indent of four spaces per open bracket), code that
 * cannot parse is invalid, and a cell that starts with a magic is complete.
 */
final class CompletenessCheck {
    private static final String INDENT = "    ";

    private final SourceCodeAnalysis analysis;
    private final CellParser parser;

    CompletenessCheck(SourceCodeAnalysis analysis, CellParser parser) {
        this.analysis = analysis;
        this.parser = parser;
    }

    Completeness check(String code) {
        String firstLine = code.strip().lines().findFirst().orElse("");
        if (firstLine.isEmpty() || firstLine.startsWith("%")) {
            return Completeness.of(Completeness.Status.COMPLETE);
        }
        String rest = parser.maskMagics(code);
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return Completeness.of(Completeness.Status.COMPLETE);
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                    if (isSyntaxError(info.source())) {
                        return Completeness.of(Completeness.Status.INVALID);
                    }
                    rest = info.remaining();
                    break;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return new Completeness(Completeness.Status.INCOMPLETE, indent(rest));
                default:
                    return Completeness.of(Completeness.Status.INVALID);
            }
        }
    }

    /** Tells whether JShell cannot even parse the snippet (a misspelt name still parses). */
    private boolean isSyntaxError(String snippet) {
        return analysis.sourceToSnippets(snippet).stream().anyMatch(s -> s.kind() == Snippet.Kind.ERRONEOUS);
    }

    private static String indent(String incomplete) {
        return INDENT.repeat(BracketScanner.unclosed(incomplete).size());
    }
}
