package org.lectern.render;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * Names the ND4J backend on the class path without starting ND4J: ServiceLoader lists the
 * backend provider types without instantiating them, so no native library is loaded. A backend
 * is named by the artifact its class comes from (the build chose it), never by a list in code.
 */
final class Nd4jBackends {
    // nd4j-native-1.0.0-M2.1.jar, nd4j-cuda-11.6-1.0.0-M2.1.jar: the artifact id, then -<version>.jar.
    private static final Pattern ARTIFACT_JAR = Pattern.compile("(.+?)-(\\d+\\.\\d+\\.\\d+[^/]*)\\.jar");

    /** A backend provider: its class and the artifact it was loaded from, if it came from a jar. */
    record Backend(String className, String artifact) {
        String describe() {
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            return artifact == null ? simpleName : artifact + " (" + simpleName + ")";
        }
    }

    private Nd4jBackends() {
    }

    /** Returns the ND4J backends the loader provides, in ServiceLoader order. */
    static List<Backend> providers(ClassLoader loader) {
        return ServiceLoader.load(Nd4jBackend.class, loader).stream()
                .map(provider -> new Backend(provider.type().getName(), artifactOf(provider.type())))
                .toList();
    }

    /** Returns the banner line for the backends the loader provides; never throws, since the kernel must start. */
    static String bannerLine(ClassLoader loader) {
        try {
            return bannerLine(providers(loader));
        } catch (ServiceConfigurationError e) {
            return "ND4J backend: unknown, a listed backend cannot be loaded (" + e.getMessage() + ")";
        }
    }

    /** Returns the banner line for these backends, e.g. {@code ND4J backend: nd4j-native (CpuBackend)}. */
    static String bannerLine(List<Backend> backends) {
        if (backends.isEmpty()) {
            return "ND4J backend: none on the class path (rebuild with ./lectern setup)";
        }
        List<String> names = backends.stream().map(Backend::describe).distinct().toList();
        if (names.size() == 1) {
            return "ND4J backend: " + names.get(0);
        }
        return "ND4J backends: " + String.join(", ", names) + " (ND4J uses the first that works on this machine)";
    }

    /** Returns the artifact id of the jar a class was loaded from, or null if it did not come from a versioned jar. */
    static String artifactOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Matcher jar = ARTIFACT_JAR.matcher(Path.of(source.getLocation().toURI()).getFileName().toString());
            return jar.matches() ? jar.group(1) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
