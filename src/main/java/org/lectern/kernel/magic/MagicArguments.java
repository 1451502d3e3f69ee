package org.lectern.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/** Splits a magic's argument text into words, the way a shell would for simple cases. */
public final class MagicArguments {
    private MagicArguments() {
    }

    /**
     * Splits {@code text} at whitespace; single or double quotes group words that contain
     * spaces ({@code "my lib/a.jar"}) and are removed.
     *
     * @throws MagicException a quote is not closed
     */
    public static List<String> split(String text) throws MagicException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new MagicException("Unclosed " + quote + " in the arguments: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
