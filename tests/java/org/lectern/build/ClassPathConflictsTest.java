package org.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Libraries that share a dependency at different versions: the build must pick one that works for
 * both. Tablesaw's selections and sorting break with the fastutil 6 that DL4J asks for.
 */
class ClassPathConflictsTest {
    private final Table table = Table.create("t",
            StringColumn.create("name", "a", "b", "c"), DoubleColumn.create("x", 2, 3, 1));

    @Test
    void tablesawFiltersCopiesAndSorts() {
        assertEquals(List.of("a", "b"), table.where(table.doubleColumn("x").isGreaterThan(1.5)).stringColumn("name").asList());
        assertEquals(3, table.copy().rowCount());
        assertEquals(List.of("b", "a", "c"), table.sortDescendingOn("x").stringColumn("name").asList());
    }
}
