package org.lectern.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.lectern.plot.AnimatedGif;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/** The race figures: one loss series per racer with diverged racers named, and an animation of the right shape. */
class RaceFiguresTest {
    private static final RaceResult RACE = Race.on(Surfaces.bowl()).racer("SGD", new Sgd(0.6))
            .racer("Adam", new Adam(0.1)).steps(40).run();

    @Test
    void theLossChartHasOneSeriesPerRacerAboveTheMinimumOnALogAxis() {
        XYChart chart = RaceFigures.losses(RACE);
        assertEquals(List.of("SGD (diverged)", "Adam"), chart.getSeriesMap().values().stream()
                .filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList());
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        XYSeries adam = chart.getSeriesMap().get("Adam");
        assertEquals(41, adam.getXData().length);
        assertEquals(RACE.trajectory("Adam").losses()[10], adam.getYData()[10], 1e-12);
    }

    @Test
    void aRacerBlownUpToTheTopOfTheDoubleRangeIsPlottedAsLogarithmsOnALinearAxis() {
        RaceResult blown = Race.on(Surfaces.bowl()).racer("SGD", new Sgd(0.6)).stopOutsideDomain(false).steps(1100).run();
        XYChart chart = RaceFigures.losses(blown);
        assertFalse(chart.getStyler().isYAxisLogarithmic());
        assertEquals("log10(f - f_min)", chart.getYAxisTitle());
        double[] y = chart.getSeriesMap().get("SGD (diverged)").getYData();
        assertEquals(Math.log10(blown.trajectory("SGD").finalLoss()), y[y.length - 1], 1e-9);
        assertTrue(y[y.length - 1] > 300, "the last finite loss is near the top of the double range");
    }

    @Test
    void stepLengthsAreTheDistancesBetweenSuccessivePositions() {
        XYSeries adam = RaceFigures.stepLengths(RACE).getSeriesMap().get("Adam");
        Trajectory t = RACE.trajectory("Adam");
        assertEquals(40, adam.getYData().length);
        assertEquals(1, adam.getXData()[0]);
        assertEquals(t.position(5).distanceTo(t.position(4)), adam.getYData()[4], 1e-15);
    }

    @Test
    void theAnimationHasAFramePerStepShownAtTheFiguresSize() {
        AnimatedGif gif = RaceFigures.animation(RACE, 20);
        assertEquals(21, gif.frames());
        assertEquals(RaceFigures.paths(RACE).getWidth(), gif.width());
        assertEquals(RaceFigures.paths(RACE).getHeight(), gif.height());
    }
}
