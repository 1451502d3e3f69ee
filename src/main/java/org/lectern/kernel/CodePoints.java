package org.lectern.kernel;

/**
 * Converts cursor positions between Jupyter (which counts Unicode code points, protocol 5.2+) and
 * Java strings (which count UTF-16 chars); they differ after characters such as emoji.
 */
final class CodePoints {
    private CodePoints() {
    }

    /** Returns the char index of a code-point offset, clamped to the string. */
    static int toCharIndex(String text, int codePoints) {
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, total)));
    }

    /** Returns the code-point offset of a char index, clamped to the string. */
    static int fromCharIndex(String text, int charIndex) {
        return text.codePointCount(0, Math.max(0, Math.min(charIndex, text.length())));
    }
}
