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
        return fit(name, steps, train, test, secondsPerStep, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
    }

    private static ImageFit fit(String name, int steps, double train, double test, double secondsPerStep, BufferedImage image) {
        PsnrLog log = new PsnrLog();
        log.add(0, 8, 8);
        log.add(steps, train, test);
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.basic()).width(4).build();
        return new ImageFit(name, model, log, new TreeMap<>(), image, secondsPerStep);
    }

    /** Returns a 4x4 checkerboard whose neighbouring pixels differ by {@code step} grey levels. */
    private static BufferedImage zigzag(int step) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                image.setRGB(x, y, ((x + y) % 2 == 0 ? 0 : step) * 0x010101);
            }
        }
        return image;
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

    @Test
    void givenTheTaskTheSummaryAddsTheHeldOutPsnrAndEachPicturesSharpnessOverTheImages() {
        BufferedImage original = zigzag(200);
        ImageTask task = ImageTask.of(original);
        ImageFit blurry = fit("blurry", 10, 20, 19, 0.1, zigzag(50));
        Table summary = ImageFit.summary("Zigzag", task, List.of(blurry, fit("exact", 10, 40, 40, 0.1, zigzag(200))));

        assertEquals(List.of("run", "steps", "train PSNR (dB)", "test PSNR (dB)", ImageFit.HELD_OUT_PSNR, "train - test (dB)",
                "s per step", ImageFit.SHARPNESS), summary.columnNames());
        assertEquals(task.heldOutPsnr(blurry.model()), summary.doubleColumn(ImageFit.HELD_OUT_PSNR).get(0), 0.0);
        assertEquals(0.25, summary.doubleColumn(ImageFit.SHARPNESS).get(0), 1e-12);
        assertEquals(1, summary.doubleColumn(ImageFit.SHARPNESS).get(1), 1e-12);
        assertEquals("0.25", summary.doubleColumn(ImageFit.SHARPNESS).getString(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFit.summary("wrong",
                ImageTask.of(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB)), List.of(fit("exact", 1, 1, 1, 1, zigzag(9)))));
        assertEquals("run exact drew a 4x4 picture, the task's image is 3x3: give the task the runs learned", e.getMessage());
    }
}
