package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class ChartRowTest {
    @Test
    void chartsSitLeftToRightAtTheirOwnSizesWithAWhiteGap() {
        XYChart left = chart(300, 200, Color.RED);
        XYChart right = chart(250, 260, Color.BLUE);
        BufferedImage row = ChartRow.of(left, right);
        assertEquals(300 + ChartRow.GAP + 250, row.getWidth());
        assertEquals(260, row.getHeight());
        BufferedImage alone = BitmapEncoder.getBufferedImage(left);
        BufferedImage second = BitmapEncoder.getBufferedImage(right);
        // Pixels of each chart drawn alone appear at its place in the row.
        for (int[] p : new int[][] {{10, 10}, {150, 100}, {299, 199}}) {
            assertEquals(alone.getRGB(p[0], p[1]), row.getRGB(p[0], p[1]), "left chart at " + p[0] + "," + p[1]);
        }
        for (int[] p : new int[][] {{10, 10}, {125, 130}, {249, 259}}) {
            assertEquals(second.getRGB(p[0], p[1]), row.getRGB(300 + ChartRow.GAP + p[0], p[1]), "right chart");
        }
        assertEquals(Color.WHITE.getRGB(), row.getRGB(300 + ChartRow.GAP / 2, 100), "the gap");
        assertEquals(Color.WHITE.getRGB(), row.getRGB(100, 230), "below the shorter chart");
    }

    @Test
    void anEmptyRowIsRefused() {
        assertEquals("a chart row needs at least one chart",
                assertThrows(IllegalArgumentException.class, () -> ChartRow.of(List.of())).getMessage());
    }

    private static XYChart chart(int width, int height, Color background) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title("t").build();
        chart.getStyler().setChartBackgroundColor(background);
        chart.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        return chart;
    }
}
