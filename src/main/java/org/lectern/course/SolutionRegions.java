package org.lectern.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The solution regions of an answer cell, each between a {@code // BEGIN SOLUTION} and a
 * {@code // END SOLUTION} line (nbgrader's delimiters, written as Java comments on lines of their
 * own), and the student's version of the cell.
 *
 * <p>The stub rule: each region, delimiters included, becomes
 * <ol>
 *   <li>for a region at the top level of the cell (its {@code // BEGIN SOLUTION} not indented): one
 *       line {@code Type name;} for every variable the region declares at that level (an unindented
 *       line that starts {@code Type name =} or {@code Type name;}; {@code final} is dropped), so
 *       that JShell declares it with its default value (null, 0 or false) and the later cells that
 *       use it still compile. The student may write {@code Type name = ...} again below it: JShell
 *       replaces the declaration;</li>
 *   <li>then {@code throw new UnsupportedOperationException("your code here");}, at the indentation
 *       of the {@code // BEGIN SOLUTION} line.</li>
 * </ol>
 * An indented region (inside a method or a loop) keeps no declaration: its variables are local and
 * no other cell can see them. Methods, classes and {@code var} declarations in a region are not
 * kept (a {@code var} needs its value); code outside the regions is kept as it is. The unsolved
 * answer cell therefore stops with UnsupportedOperationException, and its check cell fails (on a
 * null or zero value, or at the check's bar) until the student writes the code.
 */
public final class SolutionRegions {
    /** What a student sees in place of a solution: nbgrader's stub, in Java. */
    public static final String STUB = "throw new UnsupportedOperationException(\"your code here\");";
    /** The line that opens a region. */
    public static final String BEGIN = "// BEGIN SOLUTION";
    /** The line that closes a region. */
    public static final String END = "// END SOLUTION";

    private static final Pattern DECLARATION = Pattern.compile(
            "(?:final\\s+)?((?:[A-Za-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$]*(?:<[^;=()]*>)?(?:\\[])*)\\s+([A-Za-z_$][\\w$]*)\\s*(?:=|;).*");
    private static final Set<String> NOT_TYPES = Set.of("return", "throw", "new", "else", "yield", "case", "assert",
            "break", "continue", "do", "goto", "package", "import", "var");

    /**
     * One region, by line index from 0.
     *
     * @param begin  the line of {@code // BEGIN SOLUTION}
     * @param end    the line of {@code // END SOLUTION}
     * @param indent the whitespace before {@code // BEGIN SOLUTION}
     */
    public record Region(int begin, int end, String indent) {
    }

    private SolutionRegions() {
    }

    /** Returns whether the source has a line that is a solution delimiter (prose that names one does not count). */
    public static boolean hasDelimiterLines(String source) {
        return source.lines().map(String::strip).anyMatch(line -> line.equals(BEGIN) || line.equals(END));
    }

    /** Returns whether the source mentions a solution delimiter at all, well-formed or not. */
    public static boolean mentionsDelimiters(String source) {
        return source.contains("BEGIN SOLUTION") || source.contains("END SOLUTION");
    }

    /**
     * Returns the regions of a cell's source.
     *
     * @param where the notebook and cell, for messages
     * @throws NotebookFormatException for a BEGIN without END, an END without BEGIN, a region inside
     *                                 another, or a delimiter that is not alone on its line
     */
    public static List<Region> find(String source, String where) {
        String[] lines = source.split("\n", -1);
        List<Region> regions = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean begin = line.equals(BEGIN);
            boolean end = line.equals(END);
            if (!begin && !end && mentionsDelimiters(line)) {
                throw new NotebookFormatException(where + ", line " + (i + 1) + ": \"" + line + "\" mentions a solution "
                        + "delimiter; write it alone on its line, exactly " + BEGIN + " or " + END);
            }
            if (begin && open >= 0) {
                throw new NotebookFormatException(where + ", line " + (i + 1) + ": " + BEGIN + " inside the region opened on line "
                        + (open + 1) + "; regions cannot nest: close the first with " + END + " before opening another");
            }
            if (end && open < 0) {
                throw new NotebookFormatException(where + ", line " + (i + 1) + ": " + END + " without a " + BEGIN
                        + " before it");
            }
            if (begin) {
                open = i;
            } else if (end) {
                regions.add(new Region(open, i, leadingWhitespace(lines[open])));
                open = -1;
            }
        }
        if (open >= 0) {
            throw new NotebookFormatException(where + ", line " + (open + 1) + ": " + BEGIN + " is never closed; add "
                    + END + " after the solution");
        }
        return regions;
    }

    /** Returns the lines strictly inside the regions (the solution text), in order. */
    public static List<String> solutionLines(String source, String where) {
        String[] lines = source.split("\n", -1);
        List<String> inside = new ArrayList<>();
        for (Region region : find(source, where)) {
            for (int i = region.begin() + 1; i < region.end(); i++) {
                inside.add(lines[i]);
            }
        }
        return inside;
    }

    /** Returns the source with each region replaced as the stub rule above says. */
    public static String withStubs(String source, String where) {
        String[] lines = source.split("\n", -1);
        List<Region> regions = find(source, where);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (Region region : regions) {
            for (int i = next; i < region.begin(); i++) {
                out.add(lines[i]);
            }
            for (int i = region.begin() + 1; i < region.end() && region.indent().isEmpty(); i++) {
                declaration(lines[i]).ifPresent(out::add);
            }
            out.add(region.indent() + STUB);
            next = region.end() + 1;
        }
        for (int i = next; i < lines.length; i++) {
            out.add(lines[i]);
        }
        return String.join("\n", out);
    }

    /** Returns {@code "Type name;"} if the line declares a variable at the top level of the cell. */
    private static Optional<String> declaration(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return Optional.empty();
        }
        Matcher m = DECLARATION.matcher(line);
        if (!m.matches() || NOT_TYPES.contains(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + " " + m.group(2) + ";");
    }

    private static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.substring(0, i);
    }
}
