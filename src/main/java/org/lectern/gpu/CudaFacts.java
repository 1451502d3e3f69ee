package org.lectern.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What decides whether the CUDA backend can start here, found without loading native code.
 *
 * @param cudaBuild     whether ND4J's CUDA backend is on the class path (a {@code mvn -Pcuda} build)
 * @param driver        the first line of {@code /proc/driver/nvidia/version}: the NVIDIA kernel driver is loaded
 * @param libcuda       where the driver's user-space library {@code libcuda.so.1} is, if found
 * @param searched      the directories searched for it
 * @param devices       the GPU device nodes ({@code /dev/nvidia0}, ...)
 * @param wsl           whether this is WSL 2's GPU paravirtualisation ({@code /dev/dxg}), which has no
 *                      {@code /proc/driver/nvidia} and no {@code /dev/nvidia*}
 */
public record CudaFacts(boolean cudaBuild, Optional<String> driver, Optional<Path> libcuda, List<Path> searched,
                        List<Path> devices, boolean wsl) {
    /** The class of ND4J's CUDA backend, present only in the CUDA build. */
    static final String CUDA_BACKEND_CLASS = "org/nd4j/linalg/jcublas/JCublasBackend.class";
    static final String LIBCUDA = "libcuda.so.1";
    // Where Debian's, RHEL's, the NVIDIA container toolkit's and WSL's drivers put libcuda.so.1.
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib64", "/usr/lib", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib");

    /** Returns the facts of this machine and of the build that {@code loader} sees. */
    public static CudaFacts ofThisMachine(ClassLoader loader) {
        boolean cudaBuild = loader.getResource(CUDA_BACKEND_CLASS) != null;
        Optional<String> driver = firstLine(Path.of("/proc/driver/nvidia/version"));
        List<Path> searched = libraryDirs(System.getenv("LD_LIBRARY_PATH"));
        Optional<Path> libcuda = searched.stream().map(dir -> dir.resolve(LIBCUDA)).filter(Files::exists).findFirst();
        List<Path> devices = new ArrayList<>();
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            dev.filter(p -> p.getFileName().toString().matches("nvidia[0-9]+")).sorted().forEach(devices::add);
        } catch (IOException e) {
            // No /dev to list: no device nodes either.
        }
        return new CudaFacts(cudaBuild, driver, libcuda, searched, devices, Files.exists(Path.of("/dev/dxg")));
    }

    /** Returns the directories the dynamic linker would search: LD_LIBRARY_PATH, ld.so.conf.d, the usual ones. */
    static List<Path> libraryDirs(String ldLibraryPath) {
        Set<Path> dirs = new LinkedHashSet<>();
        if (ldLibraryPath != null) {
            Stream.of(ldLibraryPath.split(":")).filter(s -> !s.isBlank()).map(Path::of).forEach(dirs::add);
        }
        try (Stream<Path> confs = Files.list(Path.of("/etc/ld.so.conf.d"))) {
            confs.filter(p -> p.toString().endsWith(".conf")).sorted().forEach(conf -> {
                try {
                    Files.readAllLines(conf).stream().map(String::trim).filter(l -> l.startsWith("/")).map(Path::of)
                            .forEach(dirs::add);
                } catch (IOException e) {
                    // An unreadable entry adds no directory.
                }
            });
        } catch (IOException e) {
            // No ld.so.conf.d: the usual directories remain.
        }
        LIBRARY_DIRS.stream().map(Path::of).forEach(dirs::add);
        return List.copyOf(dirs);
    }

    private static Optional<String> firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(String::trim);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
