package org.lectern.render;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.lectern.display.MimeType;
import org.lectern.display.NotebookPlugin;
import org.lectern.display.NotebookPlugins;
import org.lectern.display.Renderers;

/**
 * Run by {@link FreshJvmTest} in a JVM of its own: discovers the plugin as the kernel does, asks
 * for the banner and renders a chart, printing {@code key=value} lines about what happened.
 */
public final class PluginProbe {
    private PluginProbe() {
    }

    /** Prints discovery, banner and chart-rendering results. */
    public static void main(String[] args) throws Exception {
        ClassLoader loader = PluginProbe.class.getClassLoader();
        long start = System.nanoTime();
        List<NotebookPlugin> plugins = NotebookPlugins.load(loader);
        Renderers renderers = new Renderers().install(plugins);
        long registered = System.nanoTime();
        List<String> banner = plugins.stream().flatMap(p -> p.bannerLines().stream()).toList();
        long bannered = System.nanoTime();

        XYChart chart = new XYChartBuilder().width(200).height(100).title("Probe").build();
        chart.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        BufferedImage png = PluginRenderers.png(renderers.render(chart));

        System.out.println("plugins=" + plugins.stream().map(p -> p.getClass().getName()).toList());
        System.out.println("registerMillis=" + (registered - start) / 1_000_000);
        System.out.println("banner=" + banner);
        System.out.println("bannerMillis=" + (bannered - registered) / 1_000_000);
        System.out.println("headless=" + GraphicsEnvironment.isHeadless());
        System.out.println("png=" + png.getWidth() + "x" + png.getHeight());
        System.out.println("svg=" + renderers.render(chart, MimeType.SVG).has(MimeType.SVG));
    }
}
