package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellHistoryTest {
    private final CellHistory history = new CellHistory();

    CellHistoryTest() {
        history.add(1, "int a = 1;", "");
        history.add(2, "a + 1", "2");
        history.add(3, "System.out.println(a)", "");
        history.add(4, "a + 1", "2");
    }

    @Test
    void tailReturnsTheLastCellsOldestFirst() {
        assertEquals(List.of(3, 4), lines(history.tail(2)));
        assertEquals(List.of(1, 2, 3, 4), lines(history.tail(0)));
        assertEquals(List.of(1, 2, 3, 4), lines(history.tail(10)));
    }

    @Test
    void rangeIsHalfOpenAndKnowsOnlyThisSession() {
        assertEquals(List.of(2, 3), lines(history.range(CellHistory.SESSION, 2, 4)));
        assertEquals(List.of(2, 3), lines(history.range(0, 2, 4)));
        assertEquals(List.of(3, 4), lines(history.range(1, 3, 0)));
        assertEquals(List.of(3, 4), lines(history.range(1, -2, 0)));
        assertEquals(List.of(), lines(history.range(-1, 1, 5)));
    }

    @Test
    void searchMatchesTheWholeSourceLikeSqliteGlob() {
        assertEquals(List.of(2, 4), lines(history.search("a + ?", 0, false)));
        assertEquals(List.of(4), lines(history.search("a + ?", 0, true)));
        assertEquals(List.of(4), lines(history.search("*", 1, false)));
        assertEquals(List.of(1), lines(history.search("[i]nt*", 0, false)));
        assertEquals(List.of(2, 3, 4), lines(history.search("[^i]*", 0, false)));
        assertEquals(List.of(), lines(history.search("a", 0, false)), "a glob matches the whole source, not a part");
    }

    @Test
    void globMetacharactersOfRegexAreLiteral() {
        assertTrue(CellHistory.globToRegex("a.b(c)+").matcher("a.b(c)+").matches());
        assertFalse(CellHistory.globToRegex("a.b").matcher("axb").matches());
    }

    @Test
    void wireTuplesCarryOutputOnlyWhenAsked() {
        List<CellHistory.Entry> last = history.tail(1);
        assertEquals(List.of(List.of(1, 4, "a + 1")), CellHistory.toWire(last, false));
        assertEquals(List.of(List.of(1, 4, List.of("a + 1", "2"))), CellHistory.toWire(last, true));
    }

    private static List<Integer> lines(List<CellHistory.Entry> entries) {
        return entries.stream().map(CellHistory.Entry::line).toList();
    }
}
