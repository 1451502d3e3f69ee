package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The coordinate-MLP setting: what both workers are told, and what is refused. */
class ImageSpecTest {
    @Test
    void theArgumentsReadBackAsTheSameSpec() {
        for (ImageSpec spec : List.of(ImageSpec.NOTEBOOK, ImageSpec.QUICK, new ImageSpec(10, 3, 2.5, 7, 2, 3e-4, 1, 9))) {
            assertEquals(spec, ImageSpec.parse(spec.arguments()));
        }
        assertEquals(List.of("--size", "256", "--mapping-size", "256", "--sigma", "10", "--width", "256", "--depth", "4",
                "--lr", "0.001", "--steps", "20", "--seed", "42"), ImageSpec.NOTEBOOK.arguments());
        assertEquals(16384, ImageSpec.NOTEBOOK.trainingPixels());
    }

    @Test
    void badSettingsAreRefusedWithTheOptionNamed() {
        assertEquals("--size must be even and at least 2; got 255", assertThrows(IllegalArgumentException.class,
                () -> new ImageSpec(255, 256, 10, 256, 4, 1e-3, 20, 42)).getMessage());
        assertEquals("--mapping-size, --width and --steps must be at least 1 and --depth at least 2; got 256, 256, 20 "
                + "and 1", assertThrows(IllegalArgumentException.class,
                () -> new ImageSpec(256, 256, 10, 256, 1, 1e-3, 20, 42)).getMessage());
        assertEquals("--sigma and --lr must be above 0; got 0.0 and 0.001", assertThrows(IllegalArgumentException.class,
                () -> new ImageSpec(256, 256, 0, 256, 4, 1e-3, 20, 42)).getMessage());
    }
}
