package org.lectern.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The first three steps of every updater on the quadratic f = (3x² + y²)/2 from (2, -3), against
 * the textbook update rule written out here by hand, so the race drives ND4J's updaters the way
 * the lecture describes them.
 */
class UpdaterRulesTest {
    private static final Surface QUADRATIC = Surface.of("quadratic", (x, y) -> (3 * x * x + y * y) / 2,
            (x, y) -> new double[] {3 * x, y}).domain(-10, 10, -10, 10).start(2, -3).minimum(0, 0);

    private interface Rule {
        /** Returns the step to subtract, given the gradient of one coordinate and that coordinate's state. */
        double step(double g, double[] state, int t);
    }

    @Test
    void sgdStepsAgainstTheGradientTimesTheRate() {
        assertFirstThreeSteps(new Sgd(0.1), 1, (g, s, t) -> 0.1 * g);
    }

    @Test
    void momentumKeepsRollingWithBetaTimesTheLastStep() {
        assertFirstThreeSteps(new Momentum(0.1, 0.9), 1, (g, s, t) -> {
            s[0] = 0.9 * s[0] + g;
            return 0.1 * s[0];
        });
    }

    @Test
    void nesterovLooksAheadAlongTheVelocity() {
        // cs231n's form: v' = mu v - lr g; x += -mu v + (1 + mu) v'.
        assertFirstThreeSteps(new Nesterovs(0.1, 0.9), 1, (g, s, t) -> {
            double previous = s[0];
            s[0] = 0.9 * s[0] - 0.1 * g;
            return 0.9 * previous - 1.9 * s[0];
        });
    }

    @Test
    void adaGradDividesBySquareRootOfTheSumOfSquaredGradients() {
        assertFirstThreeSteps(new AdaGrad(0.5, 1e-6), 1, (g, s, t) -> {
            s[0] += g * g;
            return 0.5 * g / (Math.sqrt(s[0]) + 1e-6);
        });
    }

    @Test
    void rmsPropDividesByTheRootOfADecayingAverageOfSquaredGradients() {
        assertFirstThreeSteps(new RmsProp(0.1, 0.99, 1e-8), 1, (g, s, t) -> {
            s[0] = 0.99 * s[0] + 0.01 * g * g;
            return 0.1 * g / (Math.sqrt(s[0]) + 1e-8);
        });
    }

    @Test
    void adamCombinesMomentumWithRmsPropNormalisationAndBiasCorrection() {
        assertFirstThreeSteps(new Adam(0.1, 0.9, 0.999, 1e-8), 2, (g, s, t) -> {
            s[0] = 0.9 * s[0] + 0.1 * g;
            s[1] = 0.999 * s[1] + 0.001 * g * g;
            double mHat = s[0] / (1 - Math.pow(0.9, t));
            double vHat = s[1] / (1 - Math.pow(0.999, t));
            return 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        });
    }

    private static void assertFirstThreeSteps(IUpdater updater, int stateSize, Rule rule) {
        Trajectory raced = Race.on(QUADRATIC).racer("r", updater).steps(3).run().trajectory("r");
        double x = 2;
        double y = -3;
        double[] sx = new double[stateSize];
        double[] sy = new double[stateSize];
        for (int t = 1; t <= 3; t++) {
            double gx = 3 * x;
            double gy = y;
            x -= rule.step(gx, sx, t);
            y -= rule.step(gy, sy, t);
            assertEquals(x, raced.xs()[t], 1e-7, updater + " x after step " + t);
            assertEquals(y, raced.ys()[t], 1e-7, updater + " y after step " + t);
            assertEquals((3 * x * x + y * y) / 2, raced.losses()[t], 1e-6, "loss after step " + t);
        }
    }
}
