package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs jupyter_kernel_test's conformance suite (tests/python/test_kernel_conformance.py) against the real kernel. */
class KernelConformanceIT {
    @Test
    void passesJupyterKernelTest(@TempDir Path temp) throws Exception {
        InstalledKernel kernel = InstalledKernel.install(temp);

        InstalledKernel.Output result = kernel.run(
                List.of(InstalledKernel.PYTHON, "-m", "unittest", "-v", "tests/python/test_kernel_conformance.py"),
                Duration.ofMinutes(5));

        System.out.println(result.text());
        assertEquals(0, result.exit(), "jupyter_kernel_test failed:\n" + result.text());
        assertTrue(result.text().contains("OK"), result.text());
    }
}
