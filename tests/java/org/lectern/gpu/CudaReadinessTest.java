package org.lectern.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lectern.testing.BuildUnderTest;

/** The CUDA readiness decision from given machine facts, one case per thing that can be missing. */
class CudaReadinessTest {
    private static final List<Path> SEARCHED = List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib64"));
    private static final Optional<String> DRIVER = Optional.of("NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05");
    private static final Optional<Path> LIBCUDA = Optional.of(Path.of("/usr/lib/x86_64-linux-gnu/libcuda.so.1"));
    private static final List<Path> DEVICES = List.of(Path.of("/dev/nvidia0"));
    private static final String FIX = ". Build the CPU kernel instead: ./lectern setup --cpu";
    private static final String PREFIX = "Lectern was built for CUDA (mvn -Pcuda) but cannot use a GPU here: ";

    @Test
    void theCpuBuildNeedsNoGpuWhateverTheMachine() {
        assertEquals(Optional.empty(), CudaReadiness.problem(new CudaFacts(false, Optional.empty(), Optional.empty(),
                SEARCHED, List.of(), false)));
    }

    @Test
    void aMachineWithDriverLibraryAndDeviceRunsTheCudaBuild() {
        assertEquals(Optional.empty(), CudaReadiness.problem(new CudaFacts(true, DRIVER, LIBCUDA, SEARCHED, DEVICES, false)));
    }

    @Test
    void noDriverAtAllIsNamed() {
        assertEquals(Optional.of(PREFIX + "no NVIDIA driver is installed (no /proc/driver/nvidia/version, no libcuda.so.1 "
                + "on the library path)" + FIX),
                CudaReadiness.problem(new CudaFacts(true, Optional.empty(), Optional.empty(), SEARCHED, List.of(), false)));
    }

    @Test
    void aLoadedDriverWithoutItsLibraryIsNamed() {
        String problem = CudaReadiness.problem(new CudaFacts(true, DRIVER, Optional.empty(), SEARCHED, DEVICES, false)).orElseThrow();
        assertTrue(problem.startsWith(PREFIX + "the NVIDIA driver is loaded (NVRM version: NVIDIA UNIX x86_64 Kernel Module  "
                + "535.104.05) but its library libcuda.so.1 is not in /usr/lib/x86_64-linux-gnu, /usr/lib64"), problem);
        assertTrue(problem.endsWith(FIX), problem);
    }

    @Test
    void aLibraryWithoutTheKernelDriverIsNamed() {
        assertEquals(Optional.of(PREFIX + "libcuda.so.1 is installed (/usr/lib/x86_64-linux-gnu/libcuda.so.1) but the NVIDIA "
                + "kernel driver is not loaded (no /proc/driver/nvidia/version)" + FIX),
                CudaReadiness.problem(new CudaFacts(true, Optional.empty(), LIBCUDA, SEARCHED, DEVICES, false)));
    }

    @Test
    void aDriverWithoutADeviceIsNamed() {
        assertEquals(Optional.of(PREFIX + "the NVIDIA driver is loaded (" + DRIVER.get()
                + ") but no GPU device is visible (no /dev/nvidia0, ...)" + FIX),
                CudaReadiness.problem(new CudaFacts(true, DRIVER, LIBCUDA, SEARCHED, List.of(), false)));
    }

    @Test
    void wslNeedsOnlyTheLibraryItMapsIn() {
        Optional<Path> wslLibcuda = Optional.of(Path.of("/usr/lib/wsl/lib/libcuda.so.1"));
        assertEquals(Optional.empty(), CudaReadiness.problem(new CudaFacts(true, Optional.empty(), wslLibcuda, SEARCHED,
                List.of(), true)));
        assertTrue(CudaReadiness.problem(new CudaFacts(true, Optional.empty(), Optional.empty(), SEARCHED, List.of(), true))
                .orElseThrow().contains("no NVIDIA driver is installed"));
    }

    @Test
    void theLinkerPathComesFirstThenTheUsualDirectories() {
        List<Path> dirs = CudaFacts.libraryDirs("/opt/cuda/lib64::/usr/lib64");
        assertEquals(List.of(Path.of("/opt/cuda/lib64"), Path.of("/usr/lib64")), dirs.subList(0, 2));
        assertTrue(dirs.contains(Path.of("/usr/lib/x86_64-linux-gnu")), dirs.toString());
        assertTrue(dirs.contains(Path.of("/usr/lib/wsl/lib")), dirs.toString());
        assertEquals(dirs.size(), dirs.stream().distinct().count(), "each directory once: " + dirs);
    }

    @Test
    void theFactsOfThisMachineNameTheBuildUnderTest() {
        CudaFacts here = CudaFacts.ofThisMachine(getClass().getClassLoader());
        assertEquals(BuildUnderTest.isCuda(), here.cudaBuild());
        if (!here.cudaBuild()) {
            assertEquals(Optional.empty(), CudaReadiness.problem(here));
        }
    }
}
