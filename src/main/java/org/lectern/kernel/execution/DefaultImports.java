package org.lectern.kernel.execution;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs an evaluator's default imports, written as import targets such as {@code static a.B.*}. */
final class DefaultImports {
    private DefaultImports() {
    }

    /** Imports each target into the shell; returns a warning for each that failed. */
    static List<String> run(JShell shell, List<String> targets) {
        List<String> warnings = new ArrayList<>();
        for (String target : targets) {
            String statement = statement(target);
            for (SnippetEvent event : shell.eval(statement)) {
                if (event.status() == Snippet.Status.REJECTED) {
                    String reason = shell.diagnostics(event.snippet()).filter(Diag::isError)
                            .map(d -> d.getMessage(Locale.getDefault())).findFirst().orElse("rejected");
                    warnings.add("Warning: the default import '" + statement + "' failed: " + reason);
                }
            }
        }
        return warnings;
    }

    /** Returns {@code import <target>;}, accepting targets with or without {@code import} and {@code ;}. */
    static String statement(String target) {
        String body = target.strip();
        if (body.startsWith("import ")) {
            body = body.substring("import ".length()).strip();
        }
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        return "import " + body + ";";
    }
}
