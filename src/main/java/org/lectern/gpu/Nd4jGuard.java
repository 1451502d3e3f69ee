package org.lectern.gpu;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Optional;
import org.nd4j.common.config.ND4JClassLoading;

/**
 * Keeps ND4J from trying a CUDA backend that cannot run here: ND4J finds its backends through
 * {@link ND4JClassLoading}'s class loader, and the guard's loader lists {@link UnusableGpuBackend} as the
 * only one. The first use of ND4J then fails with {@link GpuUnavailableError} (the clear message),
 * where ND4J itself would print {@code libcuda.so.1}'s loading stack trace and a generic "no backend".
 */
public final class Nd4jGuard {
    // Named as text: naming the class would load ND4J's API where no guard is needed.
    private static final String SERVICES = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";
    private static final String GUARD_SERVICES = "org/lectern/gpu/unusable-gpu-backend.services";
    private static volatile String message = "";

    private Nd4jGuard() {
    }

    /**
     * Installs the guard if this is a CUDA build that cannot use a GPU here; call before ND4J loads.
     * Returns the problem, or empty (nothing installed).
     */
    public static Optional<String> installIfNeeded() {
        Optional<String> problem = CudaReadiness.problemHere(Nd4jGuard.class.getClassLoader());
        problem.ifPresent(Nd4jGuard::install);
        return problem;
    }

    /** Makes ND4J's next backend search find only the unusable GPU, which fails with {@code problem}. */
    static void install(String problem) {
        message = Objects.requireNonNull(problem, "problem");
        ClassLoader current = ND4JClassLoading.getNd4jClassloader();
        if (!(current instanceof GuardLoader)) {
            ND4JClassLoading.setNd4jClassloader(new GuardLoader(current));
        }
    }

    /** Returns the message of the installed guard. */
    static String message() {
        return message;
    }

    /** Delegates everything except the list of ND4J backends, which names only {@link UnusableGpuBackend}. */
    private static final class GuardLoader extends ClassLoader {
        GuardLoader(ClassLoader parent) {
            super("lectern-gpu-guard", parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICES.equals(name) ? Collections.enumeration(Collections.singletonList(guardServices()))
                    : super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            return SERVICES.equals(name) ? guardServices() : super.getResource(name);
        }

        private static URL guardServices() {
            return Objects.requireNonNull(Nd4jGuard.class.getClassLoader().getResource(GUARD_SERVICES), GUARD_SERVICES);
        }
    }
}
