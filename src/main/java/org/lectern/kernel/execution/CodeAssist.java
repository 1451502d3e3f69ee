package org.lectern.kernel.execution;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

import org.lectern.kernel.magic.Magics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Completion and inspection from JShell's {@link SourceCodeAnalysis}, on cells that may contain
 * magic lines (masked out first so offsets stay valid); magic names complete too.
 */
final class CodeAssist {
    private final SourceCodeAnalysis analysis;
    private final CellParser parser;
    private final Magics magics;

    CodeAssist(SourceCodeAnalysis analysis, CellParser parser, Magics magics) {
        this.analysis = analysis;
        this.parser = parser;
        this.magics = magics;
    }

    Completion complete(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        Optional<Completion> magic = completeMagicName(code, at);
        if (magic.isPresent()) {
            return magic.get();
        }
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(parser.maskMagics(code), at, anchor);
        List<String> matches = suggestions.stream()
                .sorted(Comparator.comparing(s -> !s.matchesType()))
                .map(Suggestion::continuation)
                .distinct()
                .toList();
        return matches.isEmpty() ? Completion.none(at) : new Completion(matches, anchor[0], at);
    }

    /** Completes {@code %na} or {@code %%na} at the start of a line to magic names. */
    private Optional<Completion> completeMagicName(String code, int cursor) {
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        String before = code.substring(lineStart, cursor);
        String trimmed = before.stripLeading();
        if (!trimmed.matches("%%?([A-Za-z_][\\w-]*)?")) {
            return Optional.empty();
        }
        boolean cell = trimmed.startsWith("%%");
        String prefix = trimmed.substring(cell ? 2 : 1);
        List<String> matches = (cell ? magics.cellNames() : magics.lineNames()).stream()
                .filter(name -> name.startsWith(prefix))
                .map(name -> (cell ? "%%" : "%") + name)
                .toList();
        return Optional.of(new Completion(matches, cursor - trimmed.length(), cursor));
    }

    Optional<String> inspect(String code, int cursor, boolean detail) {
        String masked = parser.maskMagics(code);
        int at = Math.max(0, Math.min(cursor, masked.length()));
        List<Documentation> docs = analysis.documentation(masked, at, true);
        if (docs.isEmpty()) {
            // JShell documents a method only inside its call; try the name at the cursor as a call.
            int end = at;
            while (end < masked.length() && Character.isJavaIdentifierPart(masked.charAt(end))) {
                end++;
            }
            String probe = masked.substring(0, end) + "(";
            docs = analysis.documentation(probe, probe.length(), true);
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        boolean withJavadoc = false;
        for (Documentation doc : docs) {
            String javadoc = doc.javadoc() == null ? "" : JavadocText.plain(doc.javadoc());
            if (!detail && !javadoc.isEmpty()) {
                javadoc = javadoc.split("\\n\\s*\\n", 2)[0];
            }
            withJavadoc |= !javadoc.isEmpty();
            parts.add(javadoc.isEmpty() ? doc.signature() : doc.signature() + "\n" + javadoc);
        }
        // Bare signatures read best one per line; with Javadoc, a blank line between entries.
        return Optional.of(String.join(withJavadoc ? "\n\n" : "\n", parts));
    }
}
