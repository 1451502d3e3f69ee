package org.lectern.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
    @Test
    void inlineTagsReadAsTheirText() {
        assertEquals("Returns the greater of two int values. That is, the\nresult is the argument closer to the value of\nInteger.MAX_VALUE.",
                JavadocText.plain("Returns the greater of two {@code int} values. That is, the\n result is the argument closer to the value of\n {@link Integer#MAX_VALUE}."));
    }

    @Test
    void linksWithALabelShowTheLabelAndMemberLinksDropTheHash() {
        assertEquals("see the list and add(Object)",
                JavadocText.plain("see {@linkplain java.util.List the list} and {@link #add(Object)}"));
    }

    @Test
    void paragraphsListsAndEntitiesBecomePlainText() {
        assertEquals("First.\n\nSecond &lt; with <b>\n  - one\n  - two",
                JavadocText.plain("First.<p>Second &amp;lt; with &lt;b&gt;<ul><li>one<li>two</ul>"));
    }
}
