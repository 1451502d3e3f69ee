package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lectern.nn.InputMapping;
import tech.tablesaw.api.Table;

class ImageFitTest {
    private static ImageFit fit(String name, int steps, double train, double test, double secondsPerStep) {
        PsnrLog log = new PsnrLog();
        log.add(0, 8, 8);
        log.add(steps, train, test);
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.basic()).width(4).build();
        return new ImageFit(name, model, log, new TreeMap<>(), new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB),
                secondsPerStep);
    }

    @Test
    void theSummaryHasOneRowPerRunWithItsFinalPsnrsTheirGapAndItsSpeed() {
        Table summary = ImageFit.summary("Astronaut, 256x256", fit("none", 300, 18.5, 18.25, 0.31),
                fit("gaussian σ=10", 300, 30.25, 24.5, 0.5512));

        assertEquals("Astronaut, 256x256", summary.name());
        assertEquals(List.of("run", "steps", "train PSNR (dB)", "test PSNR (dB)", "train - test (dB)", "s per step"),
                summary.columnNames());
        assertEquals(List.of("none", "gaussian σ=10"), summary.stringColumn("run").asList());
        assertEquals(List.of(300, 300), summary.intColumn("steps").asList());
        assertEquals(List.of(18.25, 24.5), summary.doubleColumn("test PSNR (dB)").asList());
        assertEquals(List.of(0.25, 5.75), summary.doubleColumn("train - test (dB)").asList());
        assertEquals("5.75", summary.doubleColumn("train - test (dB)").getString(1), "PSNRs print with two decimals");
        assertEquals("0.551", summary.doubleColumn("s per step").getString(1));
    }

    @Test
    void anEmptySummaryIsRefused() {
        assertEquals("a summary needs at least one trained run",
                assertThrows(IllegalArgumentException.class, () -> ImageFit.summary("none", List.of())).getMessage());
    }
}
