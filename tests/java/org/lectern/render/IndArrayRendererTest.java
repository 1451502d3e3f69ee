package org.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;
import org.lectern.display.Renderers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class IndArrayRendererTest {
    private final Renderers renderers = PluginRenderers.create();

    @Test
    void aSmallArrayShowsShapeTypeOrderStatisticsAndAllValues() {
        INDArray array = Nd4j.create(new double[][] {{1, 2, 3}, {4, 5, 6}});
        MimeBundle bundle = renderers.render(array);

        assertEquals(Set.of(MimeType.TEXT), bundle.data().keySet());
        String text = bundle.plainText();
        assertTrue(text.startsWith("INDArray shape=[2, 3] dtype=DOUBLE order=c length=6\nmin=1 max=6 mean=3.500\n"), text);
        for (String value : new String[] {"1.0000", "2.0000", "3.0000", "4.0000", "5.0000", "6.0000"}) {
            assertTrue(text.contains(value), value + " missing from " + text);
        }
    }

    @Test
    void aBigArrayIsSummarisedNotPrintedInFull() {
        INDArray array = Nd4j.arange(0, 100_000).reshape(100, 1000);
        String text = renderers.render(array).plainText();

        assertTrue(text.startsWith("INDArray shape=[100, 1000] dtype="), text);
        assertTrue(text.contains("min=0 max=99999 mean=5.000e+04"), text);
        assertTrue(text.contains("..."), text);
        assertFalse(text.contains("50500"), "a middle element is printed: " + text);
        assertTrue(text.length() < 2000, text.length() + " characters");
    }

    @Test
    void theFortranOrderIsReported() {
        INDArray array = Nd4j.create(new double[][] {{1, 2}, {3, 4}}).transpose();
        assertTrue(renderers.render(array).plainText().contains("order=f"));
    }

    @Test
    void integerArraysGetAnExactMean() {
        String text = renderers.render(Nd4j.createFromArray(1, 2, 3, 4)).plainText();
        assertTrue(text.startsWith("INDArray shape=[4] dtype=INT order=c length=4\nmin=1 max=4 mean=2.500\n"), text);
    }

    @Test
    void booleanArraysHaveNoStatistics() {
        String text = renderers.render(Nd4j.createFromArray(true, false)).plainText();
        assertEquals("INDArray shape=[2] dtype=BOOL order=c length=2\n[      true,     false]", text);
    }

    @Test
    void nanAndInfinityAreCounted() {
        INDArray array = Nd4j.createFromArray(Double.NaN, 1, 2, Double.POSITIVE_INFINITY, Double.NaN);
        String text = renderers.render(array).plainText();
        assertTrue(text.contains(" NaN=2 Inf=1\n"), text);
        assertFalse(renderers.render(Nd4j.createFromArray(1.0, 2.0)).plainText().contains("NaN="));
    }

    @Test
    void anEmptyArrayIsShownAsEmpty() {
        assertEquals("INDArray shape=[] dtype=FLOAT order=c length=0\n[]",
                renderers.render(Nd4j.empty(DataType.FLOAT)).plainText());
    }

    @Test
    void aPngIsAddedOnlyWhenAskedFor() {
        INDArray image = Nd4j.rand(DataType.FLOAT, 28, 28);
        assertFalse(renderers.render(image).has(MimeType.PNG));
        assertTrue(renderers.render(image, MimeType.PNG).has(MimeType.PNG));
    }

    @Test
    void aMatrixBecomesAGreyImageOfItsSize() {
        BufferedImage image = IndArrayImage.toImage(Nd4j.rand(DataType.FLOAT, 28, 20));
        assertEquals(20, image.getWidth());
        assertEquals(28, image.getHeight());
    }

    @Test
    void aSmallMatrixIsShownEnlargedByAWholeFactorWithSharpPixels() throws IOException {
        INDArray digit = Nd4j.rand(DataType.FLOAT, 28, 20);
        BufferedImage exact = IndArrayImage.toImage(digit);
        BufferedImage shown = PluginRenderers.png(renderers.render(digit, MimeType.PNG));
        assertEquals(100, shown.getWidth());
        assertEquals(140, shown.getHeight());
        for (int y = 0; y < 140; y++) {
            for (int x = 0; x < 100; x++) {
                assertEquals(grey(exact, x / 5, y / 5), grey(shown, x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aLargeImageIsShownAtItsOwnSize() throws IOException {
        BufferedImage shown = PluginRenderers.png(renderers.render(Nd4j.rand(DataType.FLOAT, 150, 300), MimeType.PNG));
        assertEquals(300, shown.getWidth());
        assertEquals(150, shown.getHeight());
    }

    @Test
    void valuesAreScaledFromMinAndMaxToTheFullGreyRange() {
        INDArray array = Nd4j.create(new double[][] {{-1, 0}, {1, Double.NaN}});
        BufferedImage image = IndArrayImage.toImage(array);
        assertEquals(0, grey(image, 0, 0));
        assertEquals(128, grey(image, 1, 0));
        assertEquals(255, grey(image, 0, 1));
        assertEquals(0, grey(image, 1, 1));
    }

    @Test
    void aTransposedViewIsDrawnTheWayItReads() {
        INDArray array = Nd4j.create(new double[][] {{0, 1, 2}, {3, 4, 5}}).transpose();
        BufferedImage image = IndArrayImage.toImage(array);
        assertEquals(2, image.getWidth());
        assertEquals(3, image.getHeight());
        assertEquals(Math.round(255 * 3 / 5.0), grey(image, 1, 0));
        assertEquals(Math.round(255 * 2 / 5.0), grey(image, 0, 2));
    }

    @Test
    void imageShapedArraysOfEveryLayoutHaveTheRightSize() {
        long[][] shapes = {{1, 5, 7}, {5, 7, 1}, {3, 5, 7}, {5, 7, 3}};
        for (long[] shape : shapes) {
            BufferedImage image = IndArrayImage.toImage(Nd4j.rand(DataType.FLOAT, shape));
            assertEquals(7, image.getWidth(), java.util.Arrays.toString(shape));
            assertEquals(5, image.getHeight(), java.util.Arrays.toString(shape));
        }
    }

    @Test
    void channelsFirstAndChannelsLastGiveTheSameColours() {
        INDArray chw = Nd4j.zeros(DataType.FLOAT, 3, 2, 2);
        chw.putScalar(new long[] {0, 0, 0}, 1); // red at (x=0, y=0)
        chw.putScalar(new long[] {1, 0, 1}, 1); // green at (x=1, y=0)
        chw.putScalar(new long[] {2, 1, 0}, 1); // blue at (x=0, y=1)
        INDArray hwc = chw.permute(1, 2, 0);
        for (INDArray array : new INDArray[] {chw, hwc}) {
            BufferedImage image = IndArrayImage.toImage(array);
            assertEquals(0xFF0000, image.getRGB(0, 0) & 0xFFFFFF);
            assertEquals(0x00FF00, image.getRGB(1, 0) & 0xFFFFFF);
            assertEquals(0x0000FF, image.getRGB(0, 1) & 0xFFFFFF);
            assertEquals(0x000000, image.getRGB(1, 1) & 0xFFFFFF);
        }
    }

    @Test
    void aVectorAskedForAsPngSaysHowToReshapeIt() {
        MimeBundle bundle = renderers.render(Nd4j.rand(DataType.FLOAT, 784), MimeType.PNG);
        assertFalse(bundle.has(MimeType.PNG));
        assertTrue(bundle.plainText().startsWith("INDArray shape=[784]"), bundle.plainText());
        assertTrue(bundle.plainText().endsWith("\n(no PNG: an array of shape [784] is not image-shaped; an image needs"
                + " [H, W], [1, H, W], [H, W, 1], [3, H, W] or [H, W, 3], e.g. array.reshape(28, 28) for a 784-long"
                + " MNIST vector)"), bundle.plainText());
    }

    @Test
    void unsuitableShapesAreRefusedWithAReason() {
        assertEquals("an array of shape [2, 4, 5, 6] is not image-shaped; an image needs [H, W], [1, H, W], [H, W, 1],"
                + " [3, H, W] or [H, W, 3]", IndArrayImage.whyNotAnImage(new long[] {2, 4, 5, 6}));
        assertEquals("an array of shape [0, 5] has no pixels", IndArrayImage.whyNotAnImage(new long[] {0, 5}));
        assertEquals("an image of 784x60000 pixels is too big to show (at most 4096 per side); show a slice of the"
                + " array instead", IndArrayImage.whyNotAnImage(new long[] {60000, 784}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndArrayImage.toImage(Nd4j.rand(DataType.FLOAT, 4, 5, 6)));
        assertTrue(e.getMessage().startsWith("an array of shape [4, 5, 6] is not image-shaped"));
    }

    private static int grey(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }
}
