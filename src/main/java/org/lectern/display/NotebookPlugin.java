package org.lectern.display;

import java.util.List;

/**
 * How a library plugs into the notebook without knowing the kernel: it registers renderers for its
 * types and names the imports every notebook starts with. Found by {@link java.util.ServiceLoader}:
 * list the implementing class in {@code META-INF/services/org.lectern.display.NotebookPlugin}.
 *
 * <pre>{@code
 * public final class ChartsPlugin implements NotebookPlugin {
 *     public void registerRenderers(Renderers renderers) {
 *         renderers.register(XYChart.class).preferring(MimeType.PNG).with(ChartRendering::render);
 *     }
 *     public List<String> imports() {
 *         return List.of("org.knowm.xchart.*");
 *     }
 * }
 * }</pre>
 */
public interface NotebookPlugin {
    /** Registers this library's renderers; the default registers none. */
    default void registerRenderers(Renderers renderers) {
    }

    /**
     * Returns import targets every cell sees, as written after {@code import}: {@code "a.b.*"},
     * {@code "a.b.C"} or {@code "static a.b.C.*"}; the default is none.
     */
    default List<String> imports() {
        return List.of();
    }

    /**
     * Returns lines for the kernel banner, such as the active compute backend; must be cheap
     * (no native library loading). The default is none.
     */
    default List<String> bannerLines() {
        return List.of();
    }
}
