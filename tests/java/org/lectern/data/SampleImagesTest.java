package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The astronaut loader: errors on directories the test builds (a fake PNG stands for a corrupt
 * file), then the real image where {@code ./lectern setup} has installed it.
 */
class SampleImagesTest {
    private static final String SHA256 = "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5";

    @TempDir
    Path root;

    private DataFiles files() {
        return new DataFiles(DataEnvironment.of(Map.of(), root.resolve("home"), root.resolve("sysroot")));
    }

    private Path inUserDir() {
        return root.resolve("home/.local/share/lectern/data/skimage/astronaut.png");
    }

    private Path inSystemDir() {
        return root.resolve("sysroot/usr/lib/python3/dist-packages/skimage/data/astronaut.png");
    }

    @Test
    void theRegistryEntryNamesTheDebianPackageAndItsDataDirectory() {
        assertEquals("skimage/astronaut.png", DataFile.ASTRONAUT.relativePath());
        assertEquals(SHA256, DataFile.ASTRONAUT.sha256());
        assertEquals("Debian package python3-skimage", DataFile.ASTRONAUT.origin());
        assertEquals("/usr/lib/python3/dist-packages/skimage/data", DataFile.ASTRONAUT.systemDirectory().orElseThrow());
    }

    @Test
    void aMissingImageNamesBothPlacesLookedAndTheFix() {
        DataFileMissingException e = assertThrows(DataFileMissingException.class, () -> SampleImages.astronaut(files()));
        assertEquals("Data file skimage/astronaut.png is missing (it comes from the Debian package python3-skimage). Looked in:\n"
                + "  " + inUserDir() + " (user data dir)\n"
                + "  " + inSystemDir() + " (system path)\n"
                + "Fix: ./lectern setup", e.getMessage());
    }

    @Test
    void aValidPngWithTheWrongBytesIsRejectedAsCorruptNamingTheFileBothDigestsAndTheFix() throws IOException {
        Files.createDirectories(inUserDir().getParent());
        ImageIO.write(new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB), "png", inUserDir().toFile());
        String actual = DigestCache.compute(inUserDir());

        DataFileCorruptException e = assertThrows(DataFileCorruptException.class, () -> SampleImages.astronaut(files()));

        assertEquals("Data file skimage/astronaut.png is corrupt: " + inUserDir() + " (user data dir)\n"
                + "  expected SHA-256 " + SHA256 + "\n"
                + "  actual SHA-256   " + actual + "\n"
                + "Fix: ./lectern setup", e.getMessage());
    }

    @Test
    void aSizeThatIsNotPositiveIsRejectedBeforeTheFileIsLookedFor() {
        for (int size : new int[] {0, -256}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleImages.astronaut(size));
            assertEquals("image size must be a positive number of pixels, got " + size
                    + " (e.g. 512 as in the paper, 256 for a quick run)", e.getMessage());
        }
    }

    @Test
    void theInstalledImageIs512SquareRgbWithThePixelsOfTheFile() throws IOException {
        InstalledData.assumeInstalled(DataFile.ASTRONAUT);
        BufferedImage image = SampleImages.astronaut();
        assertEquals(SampleImages.ASTRONAUT_SIZE, image.getWidth());
        assertEquals(SampleImages.ASTRONAUT_SIZE, image.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        // The PNG decodes to 3-byte BGR; the RGB copy must have the same colours (no channel swapped).
        BufferedImage decoded = ImageIO.read(DataFiles.standard().resolve(DataFile.ASTRONAUT).toFile());
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, decoded.getType());
        for (int y = 0; y < 512; y += 7) {
            for (int x = 0; x < 512; x += 5) {
                assertEquals(decoded.getRGB(x, y), image.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void theInstalledImageResizedKeepsItsMeanColour() {
        InstalledData.assumeInstalled(DataFile.ASTRONAUT);
        BufferedImage full = SampleImages.astronaut();
        for (int size : new int[] {256, 200}) {
            BufferedImage small = SampleImages.astronaut(size);
            assertEquals(size, small.getWidth());
            assertEquals(size, small.getHeight());
            double[] expected = ImageStatistics.meanRgb(full);
            double[] actual = ImageStatistics.meanRgb(small);
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[c], actual[c], 0.75, "channel " + c + " at " + size);
            }
        }
    }

    @Test
    void aCopyUnderTheSystemPathIsFoundWhenTheUserDirHasNone() throws IOException {
        InstalledData.assumeInstalled(DataFile.ASTRONAUT);
        Files.createDirectories(inSystemDir().getParent());
        Files.copy(DataFiles.standard().resolve(DataFile.ASTRONAUT), inSystemDir());
        assertEquals(inSystemDir(), files().resolve(DataFile.ASTRONAUT));
        assertTrue(SampleImages.astronaut(files()).getRGB(256, 256) != 0);
    }
}
