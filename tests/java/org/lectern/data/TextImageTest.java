package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextImageTest {
    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theSameSeedGivesTheSamePixels() {
        BufferedImage first = TextImage.builder().size(256).seed(42).render();
        BufferedImage second = TextImage.builder().seed(42).size(256).build().render();
        assertArrayEquals(pixels(first), pixels(second));
    }

    @Test
    void anotherSeedGivesAnotherImageAlmostEverywhere() {
        int[] a = pixels(TextImage.builder().size(256).seed(0).render());
        int[] b = pixels(TextImage.builder().size(256).seed(1).render());
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                differing++;
            }
        }
        assertTrue(differing > 0.5 * a.length, "only " + differing + " of " + a.length + " pixels differ");
    }

    @Test
    void theSizeAskedForIsTheSizeDrawn() {
        for (int size : new int[] {TextImage.MIN_SIZE, 100, 256, 512}) {
            BufferedImage image = TextImage.builder().size(size).render();
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
            assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        }
    }

    @Test
    void theDefaultsAreThePapersSizeAndSeedZero() {
        TextImage text = TextImage.builder().build();
        assertEquals(512, text.size());
        assertEquals(0, text.seed());
        assertArrayEquals(pixels(TextImage.builder().size(512).seed(0).render()), pixels(text.render()));
    }

    @Test
    void denseColouredTextHasManyColoursAndManyEdgesEverywhere() {
        for (long seed = 0; seed < 3; seed++) {
            BufferedImage image = TextImage.builder().size(512).seed(seed).render();
            Set<Integer> colours = new HashSet<>();
            for (int rgb : pixels(image)) {
                colours.add(rgb);
            }
            // Antialiased glyphs in many colours over several backgrounds: thousands of distinct colours.
            assertTrue(colours.size() > 10000, "seed " + seed + ": " + colours.size() + " colours");
            double edges = ImageStatistics.edgeFraction(image, 64);
            assertTrue(edges > 0.15, "seed " + seed + ": edge fraction " + edges);
            // Dense all over: every horizontal strip of 64 rows and every vertical one has text.
            for (int strip = 0; strip < 8; strip++) {
                assertTrue(ImageStatistics.edgeFraction(image.getSubimage(0, strip * 64, 512, 64), 64) > 0.08,
                        "seed " + seed + ": rows " + strip * 64 + ".." + (strip * 64 + 63) + " nearly empty");
                assertTrue(ImageStatistics.edgeFraction(image.getSubimage(strip * 64, 0, 64, 512), 64) > 0.08,
                        "seed " + seed + ": columns " + strip * 64 + ".." + (strip * 64 + 63) + " nearly empty");
            }
        }
    }

    @Test
    void aSizeThatIsNotPositiveOrTooSmallForTextIsAClearError() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> TextImage.builder().size(0));
        assertEquals("image size must be a positive number of pixels, got 0 (e.g. 512 as in the paper, 256 for a quick run)",
                zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> TextImage.builder().size(-3));
        assertTrue(negative.getMessage().startsWith("image size must be a positive number of pixels, got -3"));
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> TextImage.builder().size(31));
        assertEquals("a text image needs at least 32x32 pixels for readable glyphs, got 31 "
                + "(e.g. 512 as in the paper, 256 for a quick run)", small.getMessage());
    }
}
