package org.lectern.render;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import org.lectern.display.MimeType;
import org.lectern.display.NotebookPlugin;
import org.lectern.display.Renderers;
import org.lectern.gpu.CudaReadiness;
import org.lectern.gpu.Nd4jGuard;
import org.lectern.nativebuild.NativeBuildSelector;
import org.lectern.plot.AnimatedGif;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.Table;

/**
 * The lecture library's notebook plugin, found through {@code META-INF/services}: renders XChart
 * charts (PNG at 2x, SVG on request), Tablesaw tables (HTML), INDArrays (a text summary, PNG
 * on request) and animated GIFs (an HTML image, raw GIF on request); names the imports every
 * notebook starts with; reports the ND4J backend.
 * Registering costs no ND4J start-up: the INDArray interface is only named, and ND4J itself
 * loads when an array is first rendered.
 */
public final class LecternPlugin implements NotebookPlugin {
    /**
     * Creates the plugin; ServiceLoader calls this. The kernel loads its plugins before it runs any cell, so
     * this is where the kernel's process picks its ND4J native build, before a cell can load ND4J.
     */
    public LecternPlugin() {
        NativeBuildSelector.select();
    }

    /** Registers the chart, table, INDArray and animation renderers. */
    @Override
    public void registerRenderers(Renderers renderers) {
        // A CUDA build without a usable GPU: the first cell that uses ND4J gets the reason, not ND4J's stack trace.
        Nd4jGuard.installIfNeeded();
        renderers.register(anyChart()).preferring(MimeType.PNG).supporting(MimeType.SVG).with(ChartRenderer::render)
                .register(Table.class).preferring(MimeType.HTML).with(TableRenderer::render)
                .register(INDArray.class).supporting(MimeType.PNG).with(IndArrayRenderer::render)
                .register(AnimatedGif.class).preferring(MimeType.HTML).supporting(MimeType.GIF)
                .with(AnimationRenderer::render);
    }

    /** Returns the default notebook imports whose packages are on the class path. */
    @Override
    public List<String> imports() {
        return DefaultImports.available(LecternPlugin.class.getClassLoader());
    }

    /**
     * Returns the line naming the ND4J backend, found without loading native code, and on a CUDA build
     * that cannot use a GPU here a line saying what is missing and how to build the CPU kernel.
     */
    @Override
    public List<String> bannerLines() {
        List<String> lines = new ArrayList<>(List.of(Nd4jBackends.bannerLine(LecternPlugin.class.getClassLoader())));
        CudaReadiness.problemHere(LecternPlugin.class.getClassLoader()).ifPresent(problem -> lines.add("GPU: " + problem));
        return lines;
    }

    // Chart is generic in its styler and series types; every chart type is a Chart<?, ?>.
    @SuppressWarnings("unchecked")
    private static Class<Chart<?, ?>> anyChart() {
        return (Class<Chart<?, ?>>) (Class<?>) Chart.class;
    }
}
