package org.lectern.gpu;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges {@link CudaFacts}: on a CUDA build, names what keeps the GPU from being used (no driver, a
 * driver library without the kernel driver, no device) and the command that builds the CPU kernel
 * instead. ND4J's own loader would instead print a native library's stack trace and fail every cell.
 */
public final class CudaReadiness {
    /** The command that rebuilds Lectern on the CPU backend and registers that kernel. */
    public static final String CPU_BUILD_COMMAND = "./lectern setup --cpu";

    private CudaReadiness() {
    }

    /** Returns what keeps this machine from running the CUDA build, or empty if it is not one or nothing does. */
    public static Optional<String> problem(CudaFacts facts) {
        return reason(facts).map(reason -> "Lectern was built for CUDA (mvn -Pcuda) but cannot use a GPU here: " + reason
                + ". Build the CPU kernel instead: " + CPU_BUILD_COMMAND);
    }

    /** Returns the problem of this machine and the build that {@code loader} sees. */
    public static Optional<String> problemHere(ClassLoader loader) {
        return problem(CudaFacts.ofThisMachine(loader));
    }

    private static Optional<String> reason(CudaFacts facts) {
        if (!facts.cudaBuild() || facts.wsl() && facts.libcuda().isPresent()) {
            return Optional.empty();
        }
        if (facts.libcuda().isEmpty()) {
            return Optional.of(facts.driver().isEmpty()
                    ? "no NVIDIA driver is installed (no /proc/driver/nvidia/version, no " + CudaFacts.LIBCUDA
                            + " on the library path)"
                    : "the NVIDIA driver is loaded (" + facts.driver().get() + ") but its library " + CudaFacts.LIBCUDA
                            + " is not in " + facts.searched().stream().map(Object::toString).collect(Collectors.joining(", "))
                            + " (install the driver's user-space package, e.g. Debian's libcuda1)");
        }
        if (facts.driver().isEmpty()) {
            return Optional.of(CudaFacts.LIBCUDA + " is installed (" + facts.libcuda().get()
                    + ") but the NVIDIA kernel driver is not loaded (no /proc/driver/nvidia/version)");
        }
        if (facts.devices().isEmpty()) {
            return Optional.of("the NVIDIA driver is loaded (" + facts.driver().get()
                    + ") but no GPU device is visible (no /dev/nvidia0, ...)");
        }
        return Optional.empty();
    }
}
