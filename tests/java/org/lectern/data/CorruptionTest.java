package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Both corruptions are written out as settings and made again from them. */
class CorruptionTest {
    private static final INDArray CLEAN = Nd4j.rand(DataType.FLOAT, 20, 30);

    @Test
    void settingsMakeTheSameCorruptionAgain() {
        for (Corruption corruption : new Corruption[] {GaussianNoise.of(0.1, 0.2).seed(5), MaskingNoise.of(0.3).seed(6)}) {
            Corruption again = Corruption.fromSettings(corruption.settings());
            assertEquals(corruption.getClass(), again.getClass());
            assertEquals(corruption.toString(), again.toString());
            assertEquals(corruption.corrupt(CLEAN), again.corrupt(CLEAN), corruption + " draws the same sequence");
        }
        assertEquals(Map.of("kind", "gaussian", "mean", "0.1", "sigma", "0.2", "seed", "5"),
                GaussianNoise.of(0.1, 0.2).seed(5).settings());
        assertEquals(Map.of("kind", "masking", "fraction", "0.3", "seed", "6"), MaskingNoise.of(0.3).seed(6).settings());
    }

    @Test
    void settingsWithoutAKindAreGaussianAsInOlderModelFiles() {
        Corruption old = Corruption.fromSettings(Map.of("mean", "0.1", "sigma", "0.2", "seed", "42"));
        assertInstanceOf(GaussianNoise.class, old);
        assertEquals("Gaussian noise (mean 0.1, sigma 0.2, seed 42)", old.toString());
    }

    @Test
    void missingOrUnreadableSettingsAreNamed() {
        assertEquals("unknown corruption kind 'salt'; expected gaussian or masking", message(Map.of("kind", "salt")));
        assertEquals("the masking corruption's settings lack 'fraction'; got {kind=masking}",
                message(Map.of("kind", "masking")));
        assertEquals("the corruption's 'sigma' must be a number; got 'wide'",
                message(Map.of("kind", "gaussian", "mean", "0.1", "sigma", "wide", "seed", "1")));
        assertEquals("the corruption's 'seed' must be a whole number; got '1.5'",
                message(Map.of("kind", "masking", "fraction", "0.2", "seed", "1.5")));
        assertEquals("the masked fraction of pixels must be a number from 0 to 1; got 2.0",
                message(Map.of("kind", "masking", "fraction", "2", "seed", "1")));
    }

    private static String message(Map<String, String> settings) {
        return assertThrows(IllegalArgumentException.class, () -> Corruption.fromSettings(settings)).getMessage();
    }
}
