package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lectern.lecture.CheckTest.failure;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.train.EpochRecord;
import org.lectern.train.TrainingHistory;

class TrainingChecksTest {
    private static TrainingHistory history(double[] losses, double testAccuracy) {
        List<EpochRecord> records = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            records.add(new EpochRecord("train", i + 1, losses[i], Double.NaN, Double.NaN, testAccuracy, 1, 0));
        }
        return TrainingHistory.of(records);
    }

    @Test
    void aSteadilyFallingLossDecreases() {
        assertEquals("PASS: training loss decreases from 0.5 to 0.1 over 3 epochs, never more than 10% above its lowest so far",
                Check.loss("training loss", history(new double[] {0.5, 0.3, 0.1}, Double.NaN)).decreases().toString());
    }

    @Test
    void oneNoisyEpochWithinTheNoiseIsTolerated() {
        // 0.315 is 5 % above the lowest so far (0.3): noise at the default 10 %, not at 2 %.
        double[] noisy = {0.5, 0.3, 0.315, 0.2};
        Check.loss("training loss", noisy).decreases();
        assertEquals("FAIL: training loss rises to 0.315 at epoch 3, 5% above its lowest so far (0.3), not decreasing: "
                        + "at most 2% above its lowest so far is noise. Hint: lower the learning rate",
                failure(() -> Check.loss("training loss", noisy).noise(0.02).hint("lower the learning rate").decreases()));
    }

    @Test
    void aLossThatClimbsBackOrEndsWhereItStartedFails() {
        assertEquals("FAIL: loss rises to 0.4 at epoch 3, 33.33% above its lowest so far (0.3), not decreasing: "
                + "at most 10% above its lowest so far is noise", failure(() -> Check.loss("loss", 0.5, 0.3, 0.4).decreases()));
        // Each step within the noise, but it ends above where it began.
        assertEquals("FAIL: loss goes from 0.5 to 0.52 over 3 epochs, not decreasing: the last loss must be below the first",
                failure(() -> Check.loss("loss", 0.5, 0.54, 0.52).decreases()));
    }

    @Test
    void nanOrTooFewEpochsFailWithTheReason() {
        assertEquals("FAIL: loss is NaN at epoch 2, not a number that decreases",
                failure(() -> Check.loss("loss", 0.5, Double.NaN, 0.1).decreases()));
        assertEquals("FAIL: loss has 1 epoch, not the 2 or more a decrease needs", failure(() -> Check.loss("loss", 0.5).decreases()));
        assertEquals("FAIL: loss has 0 epochs, not the 2 or more a decrease needs",
                failure(() -> Check.loss("loss", (TrainingHistory) null).decreases()));
        assertThrows(IllegalArgumentException.class, () -> Check.loss("loss", 0.5, 0.1).noise(-0.1));
    }

    @Test
    void accuracyAboveABarUsesTheLastTestAccuracy() {
        TrainingHistory trained = history(new double[] {0.5, 0.3}, 91.25);
        assertEquals("PASS: test accuracy is 91.25%, above 90%", Check.accuracy("test accuracy", trained).isAbove(90).toString());
        assertEquals("FAIL: test accuracy is 91.25%, not above 95%. Hint: train longer",
                failure(() -> Check.accuracy("test accuracy", trained).hint("train longer").isAbove(95)));
        assertEquals("PASS: accuracy is 90%, at least 90%", Check.accuracy("accuracy", 90).isAtLeast(90).toString());
        failure(() -> Check.accuracy("accuracy", 90).isAbove(90));
    }

    @Test
    void anUnmeasuredOrFractionalAccuracyFailsWithTheReason() {
        assertEquals("FAIL: test accuracy was not measured: train with .evaluateOn(testData), so it is not above 90%",
                failure(() -> Check.accuracy("test accuracy", history(new double[] {0.5}, Double.NaN)).isAbove(90)));
        assertEquals("FAIL: test accuracy was not measured: the training history has no epochs, so it is not above 90%",
                failure(() -> Check.accuracy("test accuracy", TrainingHistory.empty()).isAbove(90)));
        assertEquals("FAIL: accuracy is 120, not a percentage from 0 to 100 (multiply a fraction by 100)",
                failure(() -> Check.accuracy("accuracy", 120).isAbove(90)));
        assertThrows(IllegalArgumentException.class, () -> Check.accuracy("accuracy", 50).isAbove(0.9 * 1000));
    }
}
