package org.lectern.render;

import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * Names the ND4J backend on the class path without starting ND4J: ServiceLoader lists the
 * backend provider types without instantiating them, so no native library is loaded.
 */
final class Nd4jBackends {
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    private Nd4jBackends() {
    }

    /** Returns the class names of the ND4J backends the loader provides. */
    static List<String> providers(ClassLoader loader) {
        return ServiceLoader.load(Nd4jBackend.class, loader).stream()
                .map(provider -> provider.type().getName())
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

    /** Returns the banner line for these backend class names, e.g. {@code ND4J backend: CPU (nd4j-native)}. */
    static String bannerLine(List<String> providers) {
        if (providers.isEmpty()) {
            return "ND4J backend: none on the class path (add nd4j-native, or nd4j-cuda-11.6 with -Pcuda)";
        }
        List<String> names = providers.stream().map(Nd4jBackends::describe).distinct().toList();
        if (names.size() == 1) {
            return "ND4J backend: " + names.get(0);
        }
        // ND4J picks the usable backend with the highest priority; CUDA outranks CPU when a GPU is present.
        return "ND4J backends: " + String.join(", ", names) + " (ND4J uses the first that works on this machine)";
    }

    private static String describe(String className) {
        return switch (className) {
            case CPU_BACKEND -> "CPU (nd4j-native)";
            case CUDA_BACKEND -> "CUDA";
            default -> className.substring(className.lastIndexOf('.') + 1);
        };
    }
}
