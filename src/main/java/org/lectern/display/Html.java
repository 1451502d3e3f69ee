package org.lectern.display;

/** Escapes text for HTML output, for renderers that write {@code text/html}. */
public final class Html {
    private Html() {
    }

    /**
     * Returns the text with {@code & < > " '} replaced by character references, safe inside
     * element content and quoted attribute values; null becomes an empty string.
     */
    // Written here because the display package stays JDK-only and the JDK has no HTML escaper.
    public static String escape(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
