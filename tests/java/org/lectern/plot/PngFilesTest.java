package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class PngFilesTest {
    @TempDir
    Path dir;

    private static XYChart chart() {
        return EpochCurves.loss().title("Loss").size(300, 200).series("train", new double[] {0.5, 0.3}).build();
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " does not decode as an image");
        }
        return image;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void aChartIsSavedAtTwiceItsSizeWithNoTemporaryFileLeft() throws IOException {
        Path file = PngFiles.save(chart(), dir.resolve("loss.png"));

        BufferedImage image = read(file);
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(List.of("loss.png"), files());
    }

    @Test
    void anImageIsSavedAtItsOwnSizeIntoNewDirectories() throws IOException {
        BufferedImage grid = ImageGrid.builder().images(ImageGridTest.ramps(3)).build();
        Path file = Plots.save(grid, dir.resolve("figures/lecture17/digits.png"));

        assertEquals(dir.resolve("figures/lecture17/digits.png"), file);
        BufferedImage image = read(file);
        assertEquals(grid.getWidth(), image.getWidth());
        assertEquals(grid.getHeight(), image.getHeight());
        assertEquals(grid.getRGB(grid.getWidth() / 2, grid.getHeight() / 2), image.getRGB(grid.getWidth() / 2, grid.getHeight() / 2));
        assertEquals(List.of("figures/lecture17/digits.png"), files());
    }

    @Test
    void savingAgainReplacesTheFile() throws IOException {
        Path file = dir.resolve("figure.png");
        Plots.save(chart(), file);
        Plots.save(ImageGrid.builder().images(ImageGridTest.ramps(1)).build(), file);

        assertEquals(ImageGrid.builder().images(ImageGridTest.ramps(1)).build().getWidth(), read(file).getWidth());
        assertEquals(List.of("figure.png"), files());
    }

    @Test
    void theBuildersSaveWhatTheyReturn() throws IOException {
        XYChart chart = EpochCurves.loss().size(320, 240).series("a", new double[] {1, 2}).save(dir.resolve("a.png"));
        BufferedImage grid = ImageGrid.builder().images(ImageGridTest.ramps(2)).save(dir.resolve("b.png"));
        ConfusionChart.of(new int[][] {{1, 0}, {0, 1}}, List.of("x", "y")).size(400, 300).save(dir.resolve("c.png"));
        HistogramChart.builder().size(500, 250).series("v", new double[] {1, 2, 3}).save(dir.resolve("d.png"));

        assertEquals(2 * chart.getWidth(), read(dir.resolve("a.png")).getWidth());
        assertEquals(grid.getHeight(), read(dir.resolve("b.png")).getHeight());
        assertEquals(600, read(dir.resolve("c.png")).getHeight());
        assertEquals(1000, read(dir.resolve("d.png")).getWidth());
        assertEquals(List.of("a.png", "b.png", "c.png", "d.png"), files());
    }

    @Test
    void aFailedSaveLeavesNothingBehind() throws IOException {
        XYChart broken = EpochCurves.loss().series("a", new double[] {1, 2}).build();
        broken.getStyler().setYAxisLogarithmic(true);
        broken.addSeries("negative", new double[] {1, 2}, new double[] {-1, -2});

        assertThrows(RuntimeException.class, () -> Plots.save(broken, dir.resolve("broken.png")));
        assertEquals(List.of(), files());
    }

    @Test
    void aWriteThatFailsHalfwayRemovesItsTemporaryFileAndKeepsTheOldFigure() throws IOException {
        Path file = Plots.save(chart(), dir.resolve("loss.png"));
        byte[] before = Files.readAllBytes(file);

        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> PngFiles.writeAtomically(file, temp -> {
                    Files.write(temp, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                    throw new IOException("disk full");
                }));

        assertEquals("could not write the PNG " + file + ": disk full", e.getMessage());
        assertEquals(List.of("loss.png"), files());
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(file)));
    }

    @Test
    void theTemporaryFileIsBesideTheTargetAndEndsInPng() {
        List<Path> seen = new java.util.ArrayList<>();
        PngFiles.writeAtomically(dir.resolve("x.png"), temp -> {
            seen.add(temp);
            Files.write(temp, new byte[] {1});
        });
        assertEquals(dir, seen.get(0).getParent());
        assertTrue(seen.get(0).getFileName().toString().startsWith(".x.png-"));
        assertTrue(seen.get(0).toString().endsWith(".png"), "XChart appends .png to other names");
    }

    @Test
    void whatCannotBeSavedIsRefusedWithTheReason() {
        assertEquals("cannot save a java.lang.String as PNG: pass an XChart chart or a BufferedImage, such as a figure"
                + " from Plots", assertThrows(IllegalArgumentException.class, () -> Plots.save("chart", dir.resolve("x.png")))
                .getMessage());
        assertEquals(dir + " is a directory; give a file name such as " + dir.resolve("figure.png"),
                assertThrows(IllegalArgumentException.class, () -> Plots.save(chart(), dir)).getMessage());
    }
}
