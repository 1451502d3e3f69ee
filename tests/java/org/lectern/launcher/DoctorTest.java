package org.lectern.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorTest {
    private static final Path JAR = Path.of("/home/student/lectern/target/lectern.jar");

    private static String listing(String argv) {
        return """
                {"kernelspecs": {"python3": {"resource_dir": "/usr/share/jupyter/kernels/python3", "spec": {"argv": ["python3"]}},
                 "lectern": {"resource_dir": "/home/student/.local/share/jupyter/kernels/lectern",
                             "spec": {"argv": %s}}}}""".formatted(argv);
    }

    @Test
    void kernelRegisteredForThisBuildIsOk() {
        Finding f = KernelCheck.inspect(listing(
                "[\"/usr/bin/java\", \"-cp\", \"/home/student/lectern/target/lectern.jar:/home/student/lectern/target/lib/*\", \"org.lectern.kernel.KernelMain\", \"{connection_file}\"]"), JAR);
        assertEquals(Finding.Status.OK, f.status());
        assertEquals("'lectern' registered in /home/student/.local/share/jupyter/kernels/lectern", f.detail());
    }

    @Test
    void kernelOfAnotherCheckoutIsAWarningWithTheFix() {
        Finding f = KernelCheck.inspect(listing("[\"/usr/bin/java\", \"-cp\", \"/tmp/old/target/lectern.jar\"]"), JAR);
        assertEquals(Finding.Status.WARN, f.status());
        assertTrue(f.detail().contains("starts another build"), f.detail());
        assertEquals("./lectern setup", f.fix());
    }

    @Test
    void theKernelsBackendIsReadFromTheJarsOfItsBuild() {
        Finding gpu = KernelBackendCheck.finding(JAR, List.of("lectern.jar", "nd4j-cuda-11.6-1.0.0-M2.1.jar",
                "nd4j-cuda-11.6-1.0.0-M2.1-linux-x86_64.jar", "nd4j-api-1.0.0-M2.1.jar", "cuda-11.6-8.3-1.5.7-linux-x86_64-redist.jar"));
        assertEquals(Finding.ok("Kernel backend", "nd4j-cuda-11.6 (GPU build: ./lectern setup --gpu)"), gpu);
        Finding cpu = KernelBackendCheck.finding(JAR, List.of("nd4j-native-1.0.0-M2.1.jar",
                "nd4j-native-1.0.0-M2.1-linux-x86_64-avx2.jar", "nd4j-native-api-1.0.0-M2.1.jar"));
        assertEquals(Finding.ok("Kernel backend", "nd4j-native (CPU build; ./lectern setup --gpu builds the GPU one)"), cpu);
        Finding none = KernelBackendCheck.finding(JAR, List.of("nd4j-api-1.0.0-M2.1.jar"));
        assertEquals(Finding.Status.WARN, none.status());
        assertEquals("no ND4J backend in /home/student/lectern/target/lib", none.detail());
    }

    @Test
    void theKernelsBuildIsFoundThroughItsRegisteredClassPath() {
        String registered = listing("[\"/usr/bin/java\", \"-cp\", \"/nowhere/target/lectern.jar:/nowhere/target/lib/*\", \"org.lectern.kernel.KernelMain\"]");
        assertEquals(Finding.warn("Kernel backend", "no ND4J backend in /nowhere/target/lib", "./lectern setup"),
                KernelBackendCheck.inspect(registered).orElseThrow());
        assertEquals(java.util.Optional.empty(), KernelBackendCheck.inspect("{\"kernelspecs\": {}}"));
    }

    @Test
    void missingKernelSaysHowToRegisterIt() {
        Finding f = KernelCheck.inspect("{\"kernelspecs\": {}}", JAR);
        assertEquals(Finding.Status.MISSING, f.status());
        assertEquals("no kernel named 'lectern' is registered with Jupyter", f.detail());
        assertEquals("./lectern setup", f.fix());
    }

    @Test
    void unreadableKernelListingIsReportedNotThrown() {
        Finding f = KernelCheck.inspect("0.00s - Debugger warning", JAR);
        assertEquals(Finding.Status.MISSING, f.status());
        assertTrue(f.detail().startsWith("could not read 'jupyter kernelspec list --json'"), f.detail());
    }

    @Test
    void reportAlignsTopicsAndGathersEachFixOnce() {
        String report = Doctor.report(List.of(
                Finding.ok("Java", "Java 17"),
                Finding.missing("Kernel", "not registered", "./lectern setup"),
                Finding.missing("MNIST", "missing", "./lectern setup")));
        assertEquals("""
                [ok]      Java    Java 17
                [MISSING] Kernel  not registered
                [MISSING] MNIST   missing
                To fix:
                  ./lectern setup
                """, report);
    }

    @Test
    void reportWithoutProblemsSaysSo() {
        assertTrue(Doctor.report(List.of(Finding.ok("Java", "17"))).endsWith("Everything Lectern needs is in place.\n"));
    }
}
