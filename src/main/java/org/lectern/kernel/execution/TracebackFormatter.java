package org.lectern.kernel.execution;

import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Formats an exception thrown by cell code as notebook traceback lines: the exception, the frames
 * of the user's code as "cell line N" with the source line under them, library frames as they
 * are, and each cause the same way. Reflection and JShell plumbing are left out, and runs of one
 * repeated frame (deep recursion) are folded into one line.
 */
final class TracebackFormatter {
    private static final int MAX_FRAMES = 40;
    private static final List<String> HIDDEN_PACKAGES = List.of("jdk.internal.reflect.", "java.lang.reflect.",
            "jdk.jshell.", "sun.reflect.", "java.lang.invoke.", "org.lectern.kernel.execution.");

    private final SnippetOrigins origins;

    TracebackFormatter(SnippetOrigins origins) {
        this.origins = origins;
    }

    /** Returns the class name the exception had in the cell, e.g. {@code java.lang.IllegalStateException}. */
    static String className(Throwable e) {
        return e instanceof EvalException eval ? eval.getExceptionClassName() : e.getClass().getName();
    }

    /** Returns the lines for {@code e} and its causes, raised while running cell number {@code currentCell}. */
    List<String> format(JShellException e, long currentCell) {
        List<String> lines = new ArrayList<>();
        String prefix = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            lines.add(prefix + Ansi.red(className(t)) + (message == null ? "" : ": " + message));
            lines.addAll(frames(t.getStackTrace(), currentCell));
            prefix = "Caused by: ";
        }
        return lines;
    }

    /** Returns the lines for a stack trace, innermost frame first. */
    List<String> frames(StackTraceElement[] trace, long currentCell) {
        List<String> lines = new ArrayList<>();
        List<String> previous = null;
        int repeats = 0;
        int shown = 0;
        int omitted = 0;
        for (StackTraceElement frame : trace) {
            List<String> rendered = render(frame, currentCell);
            if (rendered.isEmpty()) {
                continue;
            }
            if (rendered.equals(previous)) {
                repeats++;
                continue;
            }
            repeats = flushRepeats(lines, repeats);
            if (shown == MAX_FRAMES) {
                omitted++;
                continue;
            }
            lines.addAll(rendered);
            previous = rendered;
            shown++;
        }
        flushRepeats(lines, repeats);
        if (omitted > 0) {
            lines.add("    ... " + omitted + " more frames");
        }
        return lines;
    }

    private static int flushRepeats(List<String> lines, int repeats) {
        if (repeats > 0) {
            lines.add("    [previous frame repeated " + repeats + " more time" + (repeats == 1 ? "" : "s") + "]");
        }
        return 0;
    }

    /** Returns one frame as one line, two for cell code (the frame, then its source line), none if hidden. */
    private List<String> render(StackTraceElement frame, long currentCell) {
        String file = frame.getFileName();
        if (file != null && file.startsWith("#")) {
            String name = displayName(frame);
            String at = name.isEmpty() ? "    at " : "    at " + name + " ";
            Optional<SnippetOrigins.Origin> origin = origins.ofFrameFile(file);
            if (origin.isEmpty()) {
                return List.of(at + "(snippet " + file + ", line " + frame.getLineNumber() + ")");
            }
            int line = origin.get().unitLine(frame.getLineNumber());
            String where = Ansi.green(origin.get().unit().where(line, currentCell));
            return List.of(at + (name.isEmpty() ? where : "(" + where + ")"),
                    "        " + Ansi.cyan(origin.get().unit().lineText(line).strip()));
        }
        String className = frame.getClassName();
        if (HIDDEN_PACKAGES.stream().anyMatch(className::startsWith)) {
            return List.of();
        }
        return List.of("    at " + frame);
    }

    /** Returns {@code Foo.bar} for a method of a cell class, {@code bar} for a cell method, "" for top-level code. */
    private static String displayName(StackTraceElement frame) {
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            method = (parts.length > 1 && !parts[1].isEmpty() && !parts[1].equals("do_it") ? parts[1] + " " : "")
                    + "(lambda)";
        } else if (method.equals("<init>")) {
            method = "new";
        }
        String owner = frame.getClassName();
        if (owner.isEmpty()) {
            return method;
        }
        return method.equals("new") ? "new " + owner : owner + "." + method;
    }
}
