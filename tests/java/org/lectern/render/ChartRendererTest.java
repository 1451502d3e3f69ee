package org.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;
import org.lectern.display.Renderers;

class ChartRendererTest {
    private final Renderers renderers = PluginRenderers.create();

    private static XYChart lossChart() {
        XYChart chart = new XYChartBuilder().width(300).height(200).title("Loss curve").build();
        chart.addSeries("train", new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.3});
        chart.addSeries("test", new double[] {1, 2, 3}, new double[] {1.0, 0.7, 0.6});
        return chart;
    }

    static Stream<Chart<?, ?>> chartsOfEveryKind() {
        CategoryChart bars = new CategoryChartBuilder().width(320).height(240).title("Bars").build();
        bars.addSeries("counts", new double[] {1, 2, 3}, new double[] {4, 5, 6});
        PieChart pie = new PieChartBuilder().width(250).height(250).title("Pie").build();
        pie.addSeries("a", 1);
        pie.addSeries("b", 2);
        HeatMapChart heat = new HeatMapChartBuilder().width(400).height(300).title("Confusion").build();
        heat.addSeries("m", new int[] {0, 1}, new int[] {0, 1}, new int[][] {{0, 0, 5}, {0, 1, 1}, {1, 0, 2}, {1, 1, 7}});
        return Stream.of(lossChart(), bars, pie, heat);
    }

    @ParameterizedTest
    @MethodSource("chartsOfEveryKind")
    void aChartBecomesAPngOfTwiceItsSizeShownAtItsOwnSize(Chart<?, ?> chart) throws IOException {
        MimeBundle bundle = renderers.render(chart);

        BufferedImage image = PluginRenderers.png(bundle);
        assertEquals(2 * chart.getWidth(), image.getWidth());
        assertEquals(2 * chart.getHeight(), image.getHeight());
        assertEquals(Map.of("width", chart.getWidth(), "height", chart.getHeight()), bundle.metadata().get(MimeType.PNG));
        assertFalse(bundle.has(MimeType.SVG));
    }

    @Test
    void thePngShowsTheChartNotABlankCanvas() throws IOException {
        BufferedImage image = PluginRenderers.png(renderers.render(lossChart()));
        Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "only " + colours.size() + " colours");
    }

    @Test
    void askingForSvgGivesAnSvgDocumentWithTheTitle() {
        MimeBundle bundle = renderers.render(lossChart(), MimeType.SVG);

        String svg = (String) bundle.get(MimeType.SVG);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("<title>Loss curve</title>"), svg.substring(0, 500));
        assertTrue(svg.contains("viewBox=\"0 0 300 200\""));
        assertFalse(bundle.has(MimeType.PNG));
    }

    @Test
    void anSvgTitleIsEscaped() {
        XYChart chart = lossChart();
        chart.setTitle("a < b & c");
        String svg = (String) renderers.render(chart, MimeType.SVG).get(MimeType.SVG);
        assertTrue(svg.contains("<title>a &lt; b &amp; c</title>"));
    }

    @Test
    void bothFormatsCanBeAskedForAtOnce() {
        MimeBundle bundle = renderers.render(lossChart(), MimeType.PNG, MimeType.SVG);
        assertEquals(Set.of(MimeType.PNG, MimeType.SVG, MimeType.TEXT), bundle.data().keySet());
    }

    @Test
    void theTextFormDescribesTheChart() {
        assertEquals("XYChart \"Loss curve\" 300x200, series: train, test", renderers.render(lossChart()).plainText());
        assertEquals("XYChart 100x50", ChartRenderer.describe(new XYChartBuilder().width(100).height(50).build()));
    }
}
