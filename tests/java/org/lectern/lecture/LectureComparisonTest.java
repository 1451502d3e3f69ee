package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LectureComparisonTest {
    private final LectureComparison comparison = LectureComparison.titled("Lecture 17: ours beside the lecture")
            .row("MNIST", "single autoencoder, final loss", 0.0661312, 0.066)
            .row("MNIST", "classifier, test accuracy (%)", 91.7)
            .row("Fashion-MNIST", "first stacked epoch below the single autoencoder's end", 3, 4);

    @Test
    void theTableHasOneRowPerMeasureWithRoundedNumbersAndADashForMissingOnes() {
        Table table = comparison.table();
        assertEquals("Lecture 17: ours beside the lecture", table.name());
        assertEquals(List.of("dataset", "measure", "ours", "lecture"), table.columnNames());
        assertEquals(List.of("0.06613", "91.7", "3"), table.stringColumn("ours").asList());
        assertEquals(List.of("0.066", "—", "4"), table.stringColumn("lecture").asList());
    }

    @Test
    void markdownListsTheSameRows() {
        assertEquals("""
                | dataset | measure | ours | lecture |
                |---|---|---|---|
                | MNIST | single autoencoder, final loss | 0.06613 | 0.066 |
                | MNIST | classifier, test accuracy (%) | 91.7 | — |
                | Fashion-MNIST | first stacked epoch below the single autoencoder's end | 3 | 4 |
                """, comparison.markdown());
    }

    @Test
    void theReferenceColumnCanNameAnotherSource() {
        LectureComparison paper = LectureComparison.titled("Positional encoding: ours beside the paper").reference("paper")
                .row("text", "gaussian, test PSNR (dB)", 27.123, 30.47);
        assertEquals(List.of("dataset", "measure", "ours", "paper"), paper.table().columnNames());
        assertEquals(List.of("30.47"), paper.table().stringColumn("paper").asList());
        assertEquals("| dataset | measure | ours | paper |\n|---|---|---|---|\n| text | gaussian, test PSNR (dB) | 27.12 | 30.47 |\n",
                paper.markdown());
    }

    @Test
    void aBlankReferenceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LectureComparison.titled("t").reference(" "));
        assertEquals("the reference column needs a heading such as \"paper\" (no '|', it is a Markdown column); got ' '", e.getMessage());
    }
}
