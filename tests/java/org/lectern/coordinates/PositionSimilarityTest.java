package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.lectern.nn.InputMapping;

class PositionSimilarityTest {
    @Test
    void rawPositionsLookMoreAlikeTheFurtherRightTheyAre() {
        // v = (0.5, 0.5), v' = (x, 0.5): v.v' / v.v = (0.5x + 0.25) / 0.5 = x + 0.5
        double[] values = PositionSimilarity.of(InputMapping.none()).pixels(4).values(InputMapping.none());

        assertArrayEquals(new double[] {0.5, 0.75, 1, 1.25}, values, 1e-6);
    }

    @Test
    void theBasicMappingGivesOnePeriodOfACosineAroundTheChosenPixel() {
        // [sin 2πx, sin 2πy, cos 2πx, cos 2πy]: the dot product is cos(2π(x - x')) + 1, over 2 at the pixel itself.
        double[] values = PositionSimilarity.of(InputMapping.basic()).pixels(4).values(InputMapping.basic());

        assertArrayEquals(new double[] {0, 0.5, 1, 0.5}, values, 1e-6);
    }

    @Test
    void thePositionalEncodingAveragesCosinesOfItsFrequenciesOverTheDistance() {
        InputMapping positional = InputMapping.positional(16, 4);
        double[] values = PositionSimilarity.of(positional).pixels(64).column(20).values(positional);

        for (int i = 0; i < 64; i++) {
            double dx = (i - 20) / 64.0;
            double sum = 0;
            for (int j = 0; j < 16; j++) {
                sum += Math.cos(2 * Math.PI * (Math.pow(2, 4.0 * j / 15) - 1) * dx);
            }
            // The 16 y frequencies see no change along the row and add 16; the x ones add the cosines.
            assertEquals((16 + sum) / 32, values[i], 1e-5, "pixel " + i);
        }
    }

    @Test
    void gaussianFeaturesDependOnlyOnTheDistanceBetweenPositions() {
        InputMapping gauss = InputMapping.gaussian(64, 10, 3);
        double[] at100 = PositionSimilarity.of(gauss).pixels(256).column(100).values(gauss);
        double[] at120 = PositionSimilarity.of(gauss).pixels(256).column(120).values(gauss);

        assertEquals(1, at100[100], 1e-6);
        for (int k = -100; k < 130; k++) {
            assertEquals(at100[100 + k], at120[120 + k], 1e-4, "distance " + k);
        }
    }

    @Test
    void theChartHasOneLabelledLinePerMapping() {
        XYChart chart = PositionSimilarity.of(InputMapping.none(), InputMapping.positional(128, 6)).pixels(64).build();

        assertEquals(List.of("none (2 features)", "positional (512 features)"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("x of a pixel in row 32 (the chosen pixel at x = 0.5)", chart.getXAxisTitle());
        assertEquals("γ(v)·γ(v') / γ(v)·γ(v)", chart.getYAxisTitle());
        assertEquals("How alike two pixel positions look through each mapping", chart.getTitle());
        assertEquals(64, chart.getSeriesMap().get("none (2 features)").getXData().length);
    }

    @Test
    void aPixelOutsideTheGridOrWithoutFeaturesIsRefused() {
        assertEquals("column 64 is outside the 64x64 grid (columns 0 to 63)", assertThrows(IndexOutOfBoundsException.class,
                () -> PositionSimilarity.of(InputMapping.none()).pixels(64).column(64).build()).getMessage());
        assertEquals("the features of the pixel at row 0, column 0 are all 0 under none, so nothing is similar to it; choose "
                + "another pixel with row(..) and column(..)", assertThrows(IllegalArgumentException.class,
                () -> PositionSimilarity.of(InputMapping.none()).row(0).column(0).values(InputMapping.none())).getMessage());
    }
}
