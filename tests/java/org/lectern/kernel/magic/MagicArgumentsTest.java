package org.lectern.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MagicArgumentsTest {

    @Test
    void splitsAtWhitespaceAndKeepsQuotedWordsTogether() throws Exception {
        assertEquals(List.of("a.jar", "my lib/b.jar", "it's"), MagicArguments.split("  a.jar \"my lib/b.jar\"\tit\"'\"s "));
        assertEquals(List.of(), MagicArguments.split("   "));
        assertEquals(List.of(""), MagicArguments.split("''"));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        MagicException e = assertThrows(MagicException.class, () -> MagicArguments.split("a 'b c"));
        assertEquals("Unclosed ' in the arguments: a 'b c", e.getMessage());
    }
}
