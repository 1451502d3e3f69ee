package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LectureClaimsTest {
    private final LectureClaims claims = LectureClaims.titled("Claims, checked")
            .claim("fine-tuning beats scratch", "90.3 % vs 85.7 %", true)
            .claim("the gain stays with many labels", "+0.2 points at 2000 labels", false);

    @Test
    void theTableHasOneRowPerClaimWithItsVerdict() {
        Table table = claims.table();
        assertEquals("Claims, checked", table.name());
        assertEquals(List.of("claim", "our evidence", "supported here"), table.columnNames());
        assertEquals(List.of("yes", "no"), table.stringColumn("supported here").asList());
        assertEquals("+0.2 points at 2000 labels", table.stringColumn("our evidence").get(1));
        assertEquals(1, claims.supported());
        assertEquals(2, claims.size());
    }

    @Test
    void markdownListsTheSameRows() {
        assertEquals("""
                | claim | our evidence | supported here |
                |---|---|---|
                | fine-tuning beats scratch | 90.3 % vs 85.7 % | yes |
                | the gain stays with many labels | +0.2 points at 2000 labels | no |
                """, claims.markdown());
    }

    @Test
    void emptyTextIsRefused() {
        assertEquals("the evidence is empty; write it out",
                assertThrows(IllegalArgumentException.class, () -> claims.claim("a claim", " ", true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LectureClaims.titled(""));
    }
}
