package org.lectern.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import tech.tablesaw.api.Table;

/** The race runner: reaching minima, stopping divergent racers without throwing, and the results table. */
class RaceTest {

    @Test
    void adamReachesTheBowlsMinimumWithinTheTolerance() {
        RaceResult race = Race.on(Surfaces.bowl()).racer("Adam", new Adam(0.1)).steps(400).run();
        Trajectory adam = race.trajectory("Adam");
        assertEquals(StopReason.FINISHED, adam.stop());
        assertTrue(adam.last().distanceTo(Point.of(0, 0)) < Race.DEFAULT_TOLERANCE, adam.toString());
        assertTrue(race.stepsToMinimum("Adam").isPresent());
        assertEquals("global minimum (0, 0), f = 0", race.endedAt("Adam").orElseThrow().toString());
    }

    @Test
    void stepsToMinimumIsTheFirstStepFromWhichTheRacerStaysWithinTheTolerance() {
        // SGD with rate 0.25 on 0.1x² + 2y²: y = 0 after one step, x = -5 * 0.95^k, which is within
        // 0.01 of 0 from k = ceil(ln(0.002) / ln(0.95)) = 122 on.
        RaceResult race = Race.on(Surfaces.bowl()).racer("SGD", new Sgd(0.25)).steps(200).run();
        assertEquals(Optional.of(122), race.stepsToMinimum("SGD"));
        assertEquals(-5 * Math.pow(0.95, 200), race.trajectory("SGD").last().x(), 1e-12);
        assertEquals(Optional.empty(), Race.on(Surfaces.bowl()).racer("SGD", new Sgd(0.25)).steps(100).run()
                .stepsToMinimum("SGD"));
    }

    @Test
    void aRacerThatLeavesTheDomainIsStoppedAndReportedWhileTheOthersFinish() {
        // Rate 0.6 multiplies y by 1 - 0.6 * 4 = -1.4 every step.
        RaceResult race = Race.on(Surfaces.bowl()).racer("SGD", new Sgd(0.6)).racer("Adam", new Adam(0.1)).steps(50).run();
        Trajectory sgd = race.trajectory("SGD");
        assertEquals(StopReason.LEFT_DOMAIN, sgd.stop());
        assertTrue(sgd.diverged());
        assertFalse(race.surface().domain().contains(sgd.last()));
        assertTrue(race.surface().domain().contains(sgd.position(sgd.stepsTaken() - 1)));
        assertEquals(StopReason.FINISHED, race.trajectory("Adam").stop());
        Table table = race.table();
        assertEquals("yes", table.stringColumn("diverged").get(0));
        assertEquals("no", table.stringColumn("diverged").get(1));
        // |y| = 2 * 1.4^k passes 3 at k = 2.
        assertEquals("left the plot at step 2", table.stringColumn("stopped").get(0));
        assertTrue(table.intColumn("steps to minimum").isMissing(0));
    }

    @Test
    void withoutTheDomainStopADivergentRacerRunsIntoNanAndIsStoppedAtItsLastFinitePoint() {
        RaceResult race = Race.on(Surfaces.rosenbrock()).racer("SGD", new Sgd(0.01)).stopOutsideDomain(false)
                .steps(100).run();
        Trajectory sgd = race.trajectory("SGD");
        assertEquals(StopReason.NOT_FINITE, sgd.stop());
        assertTrue(sgd.last().isFinite());
        assertTrue(Double.isFinite(sgd.finalLoss()));
        assertEquals(sgd.stepsTaken() + 1, sgd.stoppedAt());
        assertTrue(race.table().stringColumn("stopped").get(0).startsWith("NaN/infinity at step "));
        // Huge and tiny numbers print in scientific notation with four significant digits.
        assertTrue(race.table().doubleColumn("final loss").getString(0).matches("\\d(\\.\\d{1,3})?e\\+\\d+"),
                race.table().doubleColumn("final loss").getString(0));
    }

    @Test
    void everyRacerStartsFromTheSameStartAndTheTableHasOneRowEach() {
        RaceResult race = Race.on(Surfaces.himmelblau()).start(0, 0).racer("SGD", new Sgd(0.01))
                .racer("Momentum", new Momentum(0.01, 0.9)).racer("Adam", new Adam(0.1)).steps(300).run();
        for (Trajectory t : race.trajectories()) {
            assertEquals(Point.of(0, 0), t.position(0));
            assertEquals(300, t.stepsTaken());
        }
        Table table = race.table();
        assertEquals(3, table.rowCount());
        assertEquals("lr 0.01, β 0.9", table.stringColumn("settings").get(1));
        assertEquals(race.trajectory("Adam").finalLoss(), table.doubleColumn("final loss").get(2));
    }

    @Test
    void badSettingsAreRefusedWithTheReason() {
        assertEquals("the race on \"bowl\" has no racers; add some with racer(\"SGD\", new Sgd(0.1))",
                assertThrows(IllegalStateException.class, () -> Race.on(Surfaces.bowl()).run()).getMessage());
        assertEquals("there is already a racer named \"SGD\"; give each its own name",
                assertThrows(IllegalArgumentException.class, () -> Race.on(Surfaces.bowl()).racer("SGD", new Sgd(0.1))
                        .racer("SGD", new Sgd(0.2))).getMessage());
        assertEquals("the start (9, 0) lies outside the domain of \"bowl\", x in [-6, 6], y in [-3, 3]; start inside it",
                assertThrows(IllegalArgumentException.class, () -> Race.on(Surfaces.bowl()).start(9, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1, 1.0));
    }
}
