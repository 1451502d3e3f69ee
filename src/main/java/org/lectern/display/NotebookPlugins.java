package org.lectern.display;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the {@link NotebookPlugin}s visible to a class loader. */
public final class NotebookPlugins {
    private NotebookPlugins() {
    }

    /** Returns every plugin the loader's ServiceLoader finds; one that cannot load is reported on stderr and skipped. */
    public static List<NotebookPlugin> load(ClassLoader loader) {
        List<NotebookPlugin> plugins = new ArrayList<>();
        var iterator = ServiceLoader.load(NotebookPlugin.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return plugins;
                }
                plugins.add(iterator.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                System.err.println("Lectern: skipped a notebook plugin that could not load (" + e.getMessage() + ")");
            }
        }
    }

    /** Returns the imports the plugins ask for, without duplicates, in plugin order. */
    public static List<String> imports(List<NotebookPlugin> plugins) {
        List<String> imports = new ArrayList<>();
        for (NotebookPlugin plugin : plugins) {
            for (String target : plugin.imports()) {
                if (!imports.contains(target)) {
                    imports.add(target);
                }
            }
        }
        return imports;
    }
}
