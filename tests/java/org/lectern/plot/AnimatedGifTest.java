package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Animated GIFs: they decode to the frames given, at their size, with their delays, looping. */
class AnimatedGifTest {

    /** A growing red bar on white with a blue square that moves: frames that differ in small areas. */
    private static List<BufferedImage> frames(int count, int width, int height) {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.RED);
            g.fillRect(5, 5, 10 + 7 * i, 8);
            g.setColor(Color.BLUE);
            g.fillRect(20 + 5 * i, 40, 6, 6);
            g.dispose();
            frames.add(image);
        }
        return frames;
    }

    @Test
    void decodesToTheSameNumberOfFramesOfTheSameSizeAndPixels() throws IOException {
        List<BufferedImage> frames = frames(12, 160, 90);
        AnimatedGif gif = AnimatedGif.of(frames, 80, 2000);
        assertEquals(12, gif.frames());
        assertEquals(160, gif.width());
        assertEquals(90, gif.height());
        GifFrames decoded = new GifFrames(gif.bytes());
        assertEquals(12, decoded.frames.size());
        assertEquals(160, decoded.width);
        assertEquals(90, decoded.height);
        for (int i = 0; i < 12; i++) {
            // Exact colours: the palette holds every colour of these frames.
            assertArrayEquals(pixels(frames.get(i)), pixels(decoded.frames.get(i)), "frame " + i);
        }
        List<Integer> expectedDelays = new ArrayList<>(java.util.Collections.nCopies(11, 8));
        expectedDelays.add(200);
        assertEquals(expectedDelays, decoded.delays);
        String bytes = new String(gif.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.startsWith("GIF89a"), "not a GIF89a file");
        assertTrue(bytes.contains("NETSCAPE2.0"), "no looping extension");
    }

    @Test
    void laterFramesStoreOnlyWhatChanged() {
        List<BufferedImage> frames = frames(30, 400, 300);
        AnimatedGif gif = AnimatedGif.of(frames, 100, 100);
        AnimatedGif first = AnimatedGif.of(frames.subList(0, 1), 100, 100);
        // 29 more frames cost far less than 29 more full frames would.
        assertTrue(gif.bytes().length < 4 * first.bytes().length, gif + " vs one frame " + first);
    }

    @Test
    void savesTheBytesAndRefusesFramesOfDifferentSizes(@TempDir Path dir) throws IOException {
        AnimatedGif gif = AnimatedGif.of(frames(3, 50, 40), 100, 100);
        Path file = gif.save(dir.resolve("race.gif"));
        assertArrayEquals(gif.bytes(), Files.readAllBytes(file));
        List<BufferedImage> mixed = new ArrayList<>(frames(2, 50, 40));
        mixed.add(new BufferedImage(51, 40, BufferedImage.TYPE_INT_RGB));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnimatedGif.of(mixed, 100, 100));
        assertEquals("frame 2 is 51x40 but the first is 50x40; every frame must have the same size", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.of(List.of(), 100, 100));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
