package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Histories as tables and arrays, and two stages joined into one curve. */
class TrainingHistoryTest {
    private static final double NaN = Double.NaN;

    private static TrainingHistory autoencoder() {
        return TrainingHistory.of(List.of(
                new EpochRecord("single", 1, 0.19, NaN, NaN, NaN, 4.0, 0),
                new EpochRecord("single", 2, 0.067, NaN, NaN, NaN, 4.2, 0)));
    }

    private static TrainingHistory stacked() {
        return TrainingHistory.of(List.of(
                new EpochRecord("stacked", 1, 0.089, NaN, NaN, NaN, 5.0, 0),
                new EpochRecord("stacked", 2, 0.060, NaN, NaN, NaN, 5.1, 0)));
    }

    @Test
    void joiningStagesContinuesTheEpochNumbersAndKeepsTheStageNames() {
        TrainingHistory both = autoencoder().then(stacked());
        assertArrayEquals(new double[] {1, 2, 3, 4}, both.epochs());
        assertArrayEquals(new double[] {0.19, 0.067, 0.089, 0.060}, both.losses());
        assertEquals(List.of("single", "stacked"), both.stages());
        assertArrayEquals(new double[] {3, 4}, both.stage("stacked").epochs());
        assertArrayEquals(new double[] {0.089, 0.060}, both.stage("stacked").losses());
        assertEquals(both.stage("single"), autoencoder());
    }

    @Test
    void theTableHasAStageColumnAndOnlyTheMeasuredColumns() {
        Table table = autoencoder().then(stacked()).table();
        assertEquals(List.of("stage", "epoch", "loss", "seconds"), table.columnNames());
        assertEquals(4, table.rowCount());
        assertEquals("stacked", table.stringColumn("stage").get(2));
        assertEquals(3, table.intColumn("epoch").get(2));

        TrainingHistory classifier = TrainingHistory.of(List.of(new EpochRecord("clf", 1, 0.3, 0.28, 91.83, 92.1, 2.7,
                0.4)));
        assertEquals(List.of("stage", "epoch", "loss", "test loss", "train accuracy %", "test accuracy %", "seconds"),
                classifier.table().columnNames());
        assertEquals(92.1, classifier.table().doubleColumn("test accuracy %").get(0), 0.0);
    }

    @Test
    void anUnknownStageIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> autoencoder().then(stacked()).stage("classifier"));
        assertEquals("no stage named 'classifier'; the stages are [single, stacked]", e.getMessage());
        assertThrows(IllegalStateException.class, () -> TrainingHistory.empty().last());
    }

    @Test
    void aHistoryCanBeRenamedAsOneStage() {
        assertEquals(List.of("all"), autoencoder().then(stacked()).named("all").stages());
    }
}
