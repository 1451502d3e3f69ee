package org.lectern.launcher;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Asks Jupyter whether the Lectern kernel is registered and runs this checkout's build. */
final class KernelCheck {
    static final String KERNEL_NAME = "lectern";

    private KernelCheck() {
    }

    /**
     * Returns the registration finding and, if a Lectern kernel is registered, which backend it runs on;
     * {@code jar} is the build the kernel should start.
     */
    static List<Finding> run(Path jar) {
        Optional<String> listing = Command.output(List.of("jupyter", "kernelspec", "list", "--json"));
        if (listing.isEmpty()) {
            return List.of(Finding.missing("Kernel", "jupyter kernelspec is not available", "./lectern setup"));
        }
        List<Finding> findings = new ArrayList<>(List.of(inspect(listing.get(), jar)));
        KernelBackendCheck.inspect(listing.get()).ifPresent(findings::add);
        return findings;
    }

    /** Judges the output of {@code jupyter kernelspec list --json}. */
    static Finding inspect(String kernelspecJson, Path jar) {
        JsonObject specs;
        try {
            specs = JsonParser.parseString(kernelspecJson).getAsJsonObject().getAsJsonObject("kernelspecs");
        } catch (RuntimeException e) {
            return Finding.missing("Kernel", "could not read 'jupyter kernelspec list --json': " + e.getMessage(), "./lectern setup");
        }
        if (specs == null || !specs.has(KERNEL_NAME)) {
            return Finding.missing("Kernel", "no kernel named '" + KERNEL_NAME + "' is registered with Jupyter", "./lectern setup");
        }
        JsonObject entry = specs.getAsJsonObject(KERNEL_NAME);
        String where = entry.get("resource_dir").getAsString();
        if (!String.join(" ", argv(entry)).contains(jar.toAbsolutePath().toString())) {
            return Finding.warn("Kernel", "'" + KERNEL_NAME + "' in " + where + " starts another build, not " + jar,
                    "./lectern setup");
        }
        return Finding.ok("Kernel", "'" + KERNEL_NAME + "' registered in " + where);
    }

    /** Returns the argv of the registered Lectern kernel in a kernelspec listing, or empty if there is none or it is unreadable. */
    static Optional<List<String>> registeredArgv(String kernelspecJson) {
        try {
            JsonObject specs = JsonParser.parseString(kernelspecJson).getAsJsonObject().getAsJsonObject("kernelspecs");
            return specs == null || !specs.has(KERNEL_NAME) ? Optional.empty()
                    : Optional.of(argv(specs.getAsJsonObject(KERNEL_NAME)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> argv(JsonObject entry) {
        List<String> argv = new ArrayList<>();
        for (JsonElement arg : entry.getAsJsonObject("spec").getAsJsonArray("argv")) {
            argv.add(arg.getAsString());
        }
        return argv;
    }
}
