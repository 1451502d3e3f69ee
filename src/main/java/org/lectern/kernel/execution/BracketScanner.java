package org.lectern.kernel.execution;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the brackets that Java code leaves open, skipping string and character literals, text
 * blocks and comments. JShell's analysis says whether code is complete but not what is missing,
 * so this small scanner answers that for indentation and error messages.
 */
final class BracketScanner {
    private BracketScanner() {
    }

    /** Returns the unclosed opening brackets ({@code ( [ {}), innermost first. */
    static Deque<Character> unclosed(String code) {
        Deque<Character> open = new ArrayDeque<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = skipTo(code, i, "\n");
            } else if (code.startsWith("/*", i)) {
                i = skipTo(code, i + 2, "*/");
            } else if (code.startsWith("\"\"\"", i)) {
                i = skipTo(code, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = skipLiteral(code, i + 1, c);
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    open.push(c);
                } else if ((c == ')' || c == ']' || c == '}') && !open.isEmpty()) {
                    open.pop();
                }
                i++;
            }
        }
        return open;
    }

    /** Returns the closing bracket for an opening one. */
    static char closing(char opening) {
        return switch (opening) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }

    private static int skipTo(String code, int from, String end) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at + end.length();
    }

    private static int skipLiteral(String code, int from, char quote) {
        int i = from;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }
}
