package org.lectern.kernel.execution;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Evaluates one snippet with JShell and turns the outcome into the snippet's value or a
 * {@link CellException}. Only expressions have a value to show: like IPython, declarations and
 * assignments show nothing.
 */
final class SnippetRunner {
    private static final Set<Snippet.SubKind> SHOWN = EnumSet.of(Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND,
            Snippet.SubKind.VAR_VALUE_SUBKIND, Snippet.SubKind.OTHER_EXPRESSION_SUBKIND);

    private final JShell shell;
    private final CellExecutionControl control;
    private final SnippetOrigins origins;
    private final TracebackFormatter traceback;
    private final BooleanSupplier interruptRequested;

    SnippetRunner(JShell shell, CellExecutionControl control, SnippetOrigins origins,
                  BooleanSupplier interruptRequested) {
        this.shell = shell;
        this.control = control;
        this.origins = origins;
        this.traceback = new TracebackFormatter(origins);
        this.interruptRequested = interruptRequested;
    }

    /** Evaluates the snippet and returns its value, or {@link CellEvaluator#NO_VALUE}. */
    Object run(SourceUnit unit, SnippetSplitter.Planned snippet, long currentCell) throws CellException {
        if (interruptRequested.getAsBoolean()) {
            throw new CellInterruptedException(List.of());
        }
        List<SnippetEvent> events = shell.eval(snippet.source());
        Object value = control.takeValue();
        List<SnippetEvent> fresh = events.stream().filter(e -> e.causeSnippet() == null).toList();
        for (SnippetEvent event : fresh) {
            if (event.status() != Snippet.Status.REJECTED) {
                origins.record(event.snippet().id(), unit, snippet.offset());
            }
        }
        Object result = CellEvaluator.NO_VALUE;
        for (SnippetEvent event : fresh) {
            Snippet declared = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw CompilationException.of(unit, snippet.offset(), errors(declared), currentCell);
            }
            if (event.exception() != null) {
                if (interruptRequested.getAsBoolean()) {
                    throw new CellInterruptedException(traceback.frames(event.exception().getStackTrace(), currentCell));
                }
                throw runtimeError(event.exception(), currentCell);
            }
            boolean recoverable = event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED;
            if (recoverable && declared instanceof DeclarationSnippet d) {
                System.err.println("Note: " + describe(d) + " cannot be used until " + unresolved(d) + " is declared");
            }
            result = SHOWN.contains(declared.subKind()) && value != CellExecutionControl.NOTHING
                    ? value : CellEvaluator.NO_VALUE;
        }
        if (interruptRequested.getAsBoolean()) {
            throw new CellInterruptedException(List.of());
        }
        return result;
    }

    private List<Diag> errors(Snippet snippet) {
        return shell.diagnostics(snippet).filter(Diag::isError).toList();
    }

    private CellException runtimeError(JShellException thrown, long currentCell) {
        if (thrown instanceof UnresolvedReferenceException unresolved) {
            DeclarationSnippet snippet = unresolved.getSnippet();
            String message = describe(snippet) + " cannot be invoked until " + unresolved(snippet) + " is declared";
            List<String> lines = new ArrayList<>();
            lines.add(Ansi.red("UnresolvedReferenceException") + ": " + message);
            lines.addAll(traceback.frames(thrown.getStackTrace(), currentCell));
            return new EvaluationException("UnresolvedReferenceException", message, lines, thrown);
        }
        if (ReportedFailureException.reports(thrown)) {
            return new ReportedFailureException(TracebackFormatter.className(thrown), thrown.getMessage(), thrown);
        }
        return new EvaluationException(TracebackFormatter.className(thrown), thrown.getMessage(),
                traceback.format(thrown, currentCell), thrown);
    }

    private String unresolved(DeclarationSnippet snippet) {
        return shell.unresolvedDependencies(snippet).collect(Collectors.joining(" and "));
    }

    private static String describe(DeclarationSnippet snippet) {
        return switch (snippet.kind()) {
            case METHOD -> "method " + snippet.name() + "(" + ((MethodSnippet) snippet).parameterTypes() + ")";
            case VAR -> "variable " + snippet.name();
            default -> "class " + snippet.name();
        };
    }
}
