package org.lectern.kernel;

import java.util.ArrayList;
import java.util.List;
import org.lectern.display.NotebookPlugin;

/** Builds the banner a front end shows for the kernel: Lectern's and Java's versions, then each plugin's lines. */
public final class KernelBanner {
    private KernelBanner() {
    }

    /** Returns the banner text; a plugin whose {@code bannerLines()} throws is named instead of its lines. */
    public static String of(String lecternVersion, List<NotebookPlugin> plugins) {
        List<String> lines = new ArrayList<>();
        lines.add("Lectern " + lecternVersion + " - Java notebooks for deep learning lectures");
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + ", " + System.getProperty("java.vendor") + ")");
        for (NotebookPlugin plugin : plugins) {
            try {
                lines.addAll(plugin.bannerLines());
            } catch (RuntimeException | LinkageError e) {
                lines.add(plugin.getClass().getName() + ": no banner (" + e + ")");
            }
        }
        return String.join("\n", lines);
    }
}
