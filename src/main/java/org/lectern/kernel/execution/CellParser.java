package org.lectern.kernel.execution;

import java.util.ArrayList;
import java.util.List;
import org.lectern.kernel.magic.Magics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into Java code and magics. A cell whose first non-blank line is
 * {@code %%name args} is one cell magic; otherwise a line {@code %name args} is a line magic,
 * unless the Java code above it is still open, or the name is no known magic and the line
 * completes a statement written without its ';' (then {@code %} is Java's remainder operator).
 */
final class CellParser {
    private static final Pattern LINE_MAGIC = Pattern.compile("[ \\t]*%([A-Za-z_][\\w-]*)(.*)");
    private static final Pattern CELL_MAGIC = Pattern.compile("[ \\t]*%%([A-Za-z_][\\w-]*)(.*)");

    /** One piece of a cell, in order. */
    sealed interface Part permits JavaPart, LineMagicPart, CellMagicPart {
    }

    /** Java code between {@code start} and {@code end} of the source. */
    record JavaPart(int start, int end) implements Part {
    }

    /** {@code %name args} on the line {@code [lineStart, lineEnd)}; the arguments start at {@code argsOffset}. */
    record LineMagicPart(String name, String args, int argsOffset, int lineStart, int lineEnd) implements Part {
    }

    /** {@code %%name args} on the line {@code [lineStart, lineEnd)}, and the body below from {@code bodyOffset}. */
    record CellMagicPart(String name, String args, int argsOffset, int lineStart, int lineEnd,
                         String body, int bodyOffset) implements Part {
    }

    private final SnippetSplitter java;
    private final Magics magics;

    CellParser(SnippetSplitter java, Magics magics) {
        this.java = java;
        this.magics = magics;
    }

    /**
     * Returns the parts of {@code text[from, to)}.
     *
     * @throws MisplacedCellMagicException a {@code %%} line below the first line
     */
    List<Part> parse(String text, int from, int to) throws MisplacedCellMagicException {
        int first = skipBlankLines(text, from, to);
        int firstEnd = lineEnd(text, first, to);
        Matcher cell = CELL_MAGIC.matcher(text.substring(first, firstEnd));
        if (first < to && cell.matches()) {
            int bodyOffset = Math.min(firstEnd + 1, to);
            return List.of(new CellMagicPart(cell.group(1), cell.group(2).trim(),
                    first + argsStart(cell), first, firstEnd, text.substring(bodyOffset, to), bodyOffset));
        }
        List<Part> parts = new ArrayList<>();
        int javaStart = from;
        for (int lineStart = from; lineStart < to; lineStart = lineEnd(text, lineStart, to) + 1) {
            int lineEnd = lineEnd(text, lineStart, to);
            String line = text.substring(lineStart, lineEnd);
            Matcher magic = LINE_MAGIC.matcher(line);
            boolean misplaced = CELL_MAGIC.matcher(line).matches();
            if ((magic.matches() || misplaced) && !belongsToJava(text.substring(javaStart, lineStart), line,
                    misplaced || magics.line(magic.group(1)).isPresent())) {
                if (misplaced) {
                    Matcher m = CELL_MAGIC.matcher(line);
                    m.matches();
                    throw new MisplacedCellMagicException(m.group(1));
                }
                if (javaStart < lineStart) {
                    parts.add(new JavaPart(javaStart, lineStart));
                }
                parts.add(new LineMagicPart(magic.group(1), magic.group(2).trim(),
                        lineStart + argsStart(magic), lineStart, lineEnd));
                javaStart = Math.min(lineEnd + 1, to);
            }
        }
        if (javaStart < to) {
            parts.add(new JavaPart(javaStart, to));
        }
        return parts;
    }

    private boolean belongsToJava(String javaAbove, String line, boolean knownMagic) {
        return knownMagic ? java.isOpen(javaAbove) : java.continuesInto(javaAbove, line);
    }

    /** Returns {@code text} with every magic line replaced by spaces, so offsets stay valid. */
    String maskMagics(String text) {
        List<Part> parts;
        try {
            parts = parse(text, 0, text.length());
        } catch (MisplacedCellMagicException e) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        for (Part part : parts) {
            if (part instanceof LineMagicPart m) {
                blank(masked, m.lineStart(), m.lineEnd());
            } else if (part instanceof CellMagicPart m) {
                blank(masked, m.lineStart(), m.lineEnd());
            }
        }
        return masked.toString();
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static int argsStart(Matcher m) {
        int start = m.start(2);
        String args = m.group(2);
        int lead = 0;
        while (lead < args.length() && Character.isWhitespace(args.charAt(lead))) {
            lead++;
        }
        return start + lead;
    }

    private static int skipBlankLines(String text, int from, int to) {
        int lineStart = from;
        while (lineStart < to) {
            int end = lineEnd(text, lineStart, to);
            if (!text.substring(lineStart, end).isBlank()) {
                return lineStart;
            }
            lineStart = end + 1;
        }
        return to;
    }

    private static int lineEnd(String text, int lineStart, int to) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 || end > to ? to : end;
    }

    /** A {@code %%name} line that is not the first line of its cell. */
    static final class MisplacedCellMagicException extends Exception {
        private static final long serialVersionUID = 1L;

        MisplacedCellMagicException(String name) {
            super("Cell magic %%" + name + " must be on the first line of the cell");
        }
    }
}
