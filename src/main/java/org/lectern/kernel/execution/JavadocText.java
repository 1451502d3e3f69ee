package org.lectern.kernel.execution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw Javadoc (inline tags, HTML) into plain text for the Shift-Tab tooltip. Written here
 * because JShell's own formatter lives in a package {@code jdk.jshell} does not export.
 */
final class JavadocText {
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|linkplain|link|value)\\s+([^}]*)}");
    private static final Pattern PARAGRAPH = Pattern.compile("\\s*<(p|P)\\s*/?>\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*<(li|LI)>\\s*");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private JavadocText() {
    }

    /** Returns the Javadoc comment text with tags resolved to what a reader sees. */
    static String plain(String javadoc) {
        String source = javadoc.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        Matcher tags = INLINE_TAG.matcher(source);
        StringBuilder out = new StringBuilder();
        while (tags.find()) {
            tags.appendReplacement(out, Matcher.quoteReplacement(inlineTag(tags.group(1), tags.group(2).strip())));
        }
        tags.appendTail(out);
        String text = PARAGRAPH.matcher(out).replaceAll("\n\n");
        text = LIST_ITEM.matcher(text).replaceAll("\n  - ");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    // {@link Integer#MAX_VALUE} reads as Integer.MAX_VALUE; {@link List#add(Object) add} as its label.
    private static String inlineTag(String kind, String body) {
        if (!kind.startsWith("link")) {
            return body;
        }
        int space = body.indexOf(' ');
        if (space > 0 && !body.substring(0, space).contains("(")) {
            return body.substring(space + 1).strip();
        }
        String target = body.startsWith("#") ? body.substring(1) : body.replace('#', '.');
        return target;
    }
}
