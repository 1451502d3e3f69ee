package org.lectern.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;t&#39;&gt;A &amp; B&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='t'>A & B</a>"));
    }

    @Test
    void leavesOtherTextAloneAndTurnsNullIntoEmpty() {
        assertEquals("Grüße, 1 ≤ 2", Html.escape("Grüße, 1 ≤ 2"));
        assertEquals("", Html.escape(null));
    }
}
