package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.lectern.nn.InputMapping;

/** The lecture's figures: PSNR curves of several runs, feature curves and feature heat maps. */
class FiguresTest {
    private static ImageFit fit(String name, double[] train, double[] test) {
        PsnrLog log = new PsnrLog();
        for (int i = 0; i < train.length; i++) {
            log.add(10 * i, train[i], test[i]);
        }
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.basic()).width(4).build();
        return new ImageFit(name, model, log, new TreeMap<>(), new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), 0.1);
    }

    @Test
    void eachRunHasASolidTestLineAndADashedTrainLineInOneColour() {
        ImageFit none = fit("none", new double[] {10, 12, 13}, new double[] {10, 11.5, 12});
        ImageFit posenc = fit("positional", new double[] {10, 20, 30}, new double[] {10, 18, 22});

        XYChart chart = PsnrCurves.of(none, posenc).title("Text image").build();

        assertEquals("Text image", chart.getTitle());
        assertEquals("training step", chart.getXAxisTitle());
        assertEquals("PSNR (dB)", chart.getYAxisTitle());
        assertEquals(List.of("none test", "none train", "positional test", "positional train"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries test = chart.getSeriesMap().get("positional test");
        XYSeries train = chart.getSeriesMap().get("positional train");
        assertArrayEquals(new double[] {0, 10, 20}, test.getXData());
        assertArrayEquals(new double[] {10, 18, 22}, test.getYData());
        assertArrayEquals(new double[] {10, 20, 30}, train.getYData());
        assertNull(test.getLineStyle().getDashArray(), "the test line is solid");
        assertNotNull(train.getLineStyle().getDashArray(), "the train line is dashed");
        assertEquals(test.getLineColor(), train.getLineColor());
        assertTrue(!chart.getSeriesMap().get("none test").getLineColor().equals(test.getLineColor()), "runs differ in colour");
    }

    @Test
    void infinitePsnrsAreLeftOutAndTrainLinesCanBeHidden() {
        ImageFit exact = fit("exact", new double[] {10, Double.POSITIVE_INFINITY}, new double[] {10, 40});

        XYChart chart = PsnrCurves.of(exact).build();
        XYChart testOnly = PsnrCurves.of(exact).train(false).build();

        assertArrayEquals(new double[] {0}, chart.getSeriesMap().get("exact train").getXData());
        assertEquals(List.of("exact test"), List.copyOf(testOnly.getSeriesMap().keySet()));
        assertEquals("two runs are named \"exact\"; name them apart with ImageTrainer.name(...)",
                assertThrows(IllegalArgumentException.class, () -> PsnrCurves.of(exact, exact)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PsnrCurves.of(List.of()));
    }

    @Test
    void featureCurvesShowEachFeatureAlongOneRowOfPixels() {
        XYChart chart = FeatureCurves.of(InputMapping.positional(3, 2)).pixels(32).build();

        // b = (0, 1, 3): the sines and cosines of b = 1 and 3 vary along x; b = 0 and the y features do not.
        assertEquals(List.of("feature 1: sin(2πx)", "feature 2: sin(2π·3x)", "feature 7: cos(2πx)", "feature 8: cos(2π·3x)"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries slow = chart.getSeriesMap().get("feature 1: sin(2πx)");
        assertEquals(32, slow.getXData().length);
        for (int i = 0; i < 32; i++) {
            assertEquals(i / 32.0, slow.getXData()[i], 0.0);
            assertEquals(Math.sin(2 * Math.PI * i / 32), slow.getYData()[i], 1e-5);
        }
        assertEquals("Features of one row of pixels: positional", chart.getTitle());
    }

    @Test
    void theDefaultFeaturesSpreadOverTheFrequenciesThatVaryAlongX() {
        assertArrayEquals(new int[] {0}, FeatureCurves.of(InputMapping.none()).defaultFeatures());
        assertArrayEquals(new int[] {0, 2}, FeatureCurves.of(InputMapping.basic()).defaultFeatures());
        assertArrayEquals(new int[] {1, 36, 71, 106}, FeatureCurves.of(InputMapping.positional(128, 6)).defaultFeatures(),
                "frequencies up to 256 / 8 = 32 (b_106 = 31.2, b_107 = 32.2)");
        assertArrayEquals(new int[] {1, 7}, FeatureCurves.of(InputMapping.positional(3, 2)).pixels(8).defaultFeatures(),
                "on 8 pixels only b = 1 has a period of 8 pixels or more");
        XYChart chosen = FeatureCurves.of(InputMapping.none()).features(0, 1).row(3).pixels(4).build();
        assertArrayEquals(new double[] {0.75, 0.75, 0.75, 0.75}, chosen.getSeriesMap().get("feature 1: y").getYData(), 0.0);
        assertEquals("x (pixel position along row 3)", chosen.getXAxisTitle());
        assertThrows(IndexOutOfBoundsException.class, () -> FeatureCurves.of(InputMapping.basic()).features(4));
    }

    @Test
    void featureMapsColourMinusOneBlueZeroWhiteAndOneRed() {
        assertEquals(0xFFFFFF, FeatureMaps.colour(0));
        assertEquals(0xB2182B, FeatureMaps.colour(1));
        assertEquals(0x2166AC, FeatureMaps.colour(-1));
        assertEquals(0xB2182B, FeatureMaps.colour(3), "clipped to [-1, 1]");

        BufferedImage map = FeatureMaps.heatMap(InputMapping.basic().apply(PixelGrid.of(8).rowCoordinates(0)));

        assertEquals(8, map.getWidth(), "one column per pixel of the row");
        assertEquals(4, map.getHeight(), "one line per feature");
        assertEquals(0xB2182B, map.getRGB(2, 0) & 0xFFFFFF, "sin(2π 2/8) = 1");
        assertEquals(0x2166AC, map.getRGB(6, 0) & 0xFFFFFF, "sin(2π 6/8) = -1");
        assertEquals(0xFFFFFF, map.getRGB(5, 1) & 0xFFFFFF, "sin(2π y) = 0 on row 0");
        assertEquals(0xB2182B, map.getRGB(0, 2) & 0xFFFFFF, "cos(0) = 1");
    }

    @Test
    void featureMapsStandSideBySideInSquares() {
        BufferedImage maps = FeatureMaps.of(InputMapping.none(), InputMapping.gaussian(64, 10, 0)).pixels(32).tileSize(64)
                .build();

        assertTrue(maps.getWidth() > 2 * 64 && maps.getHeight() > 64, maps.getWidth() + "x" + maps.getHeight());
        assertThrows(IllegalArgumentException.class, FeatureMaps::of);
    }
}
