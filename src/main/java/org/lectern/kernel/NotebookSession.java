package org.lectern.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.lectern.display.Display;
import org.lectern.display.DisplaySink;
import org.lectern.display.NotebookPlugin;
import org.lectern.display.NotebookPlugins;
import org.lectern.display.Renderers;
import org.lectern.kernel.execution.CellEvaluator;

/**
 * A started evaluator together with the renderers and notebook plugins its class loader sees.
 * When jars are added at run time it looks for new plugins: their renderers apply at once, their
 * imports are queued for the kernel to run after the current cell (see {@link #takeNewImports()}).
 */
public final class NotebookSession {
    private final CellEvaluator evaluator;
    private final Renderers renderers;
    private final Set<String> installedPlugins = new LinkedHashSet<>();
    private final Set<String> knownImports = new LinkedHashSet<>();
    private final Queue<String> newImports = new ConcurrentLinkedQueue<>();

    private NotebookSession(CellEvaluator evaluator, Renderers renderers, List<String> imports) {
        this.evaluator = evaluator;
        this.renderers = renderers;
        this.knownImports.addAll(imports);
    }

    /**
     * Returns the imports every notebook starts with: Lectern's display helpers and those the
     * plugins ask for.
     */
    public static List<String> defaultImports(List<NotebookPlugin> plugins) {
        List<String> imports = new ArrayList<>(List.of("static org.lectern.display.Display.*", "org.lectern.display.MimeType"));
        for (String target : NotebookPlugins.imports(plugins)) {
            if (!imports.contains(target)) {
                imports.add(target);
            }
        }
        return imports;
    }

    /**
     * Starts a session over an evaluator built with {@code imports}: builds the standard renderers
     * for its class loader and connects {@link Display} to the sink.
     */
    public static NotebookSession start(CellEvaluator evaluator, List<String> imports, DisplaySink sink) {
        ClassLoader loader = evaluator.classLoader();
        NotebookSession session = new NotebookSession(evaluator, Renderers.standard(loader), imports);
        for (NotebookPlugin plugin : NotebookPlugins.load(loader)) {
            session.installedPlugins.add(plugin.getClass().getName());
        }
        Display.connect(sink, session.renderers);
        evaluator.onClasspathAdded(paths -> session.installNewPlugins());
        return session;
    }

    /** Returns the evaluator. */
    public CellEvaluator evaluator() {
        return evaluator;
    }

    /** Returns the renderers results and displays are rendered with. */
    public Renderers renderers() {
        return renderers;
    }

    /** Returns and forgets the import targets of plugins found since the last call. */
    public List<String> takeNewImports() {
        List<String> taken = new ArrayList<>();
        for (String target = newImports.poll(); target != null; target = newImports.poll()) {
            taken.add(target);
        }
        return taken;
    }

    private synchronized void installNewPlugins() {
        for (NotebookPlugin plugin : NotebookPlugins.load(evaluator.classLoader())) {
            if (installedPlugins.add(plugin.getClass().getName())) {
                renderers.install(List.of(plugin));
                for (String target : NotebookPlugins.imports(List.of(plugin))) {
                    if (knownImports.add(target)) {
                        newImports.add(target);
                    }
                }
            }
        }
    }
}
