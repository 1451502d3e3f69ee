package org.lectern.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecInstallerTest {
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return KernelSpecInstaller.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesKernelJsonThatStartsThisJvmOnTheBuildsClassPath() throws IOException {
        Path jar = Files.createDirectories(temp.resolve("repo/target")).resolve("lectern.jar");
        Path kernels = temp.resolve("kernels");

        assertEquals(0, run(Map.of(), "--kernels-dir", kernels.toString(), "--jar", jar.toString()), err.toString());

        JsonObject spec = JsonParser.parseString(Files.readString(kernels.resolve("lectern/kernel.json"))).getAsJsonObject();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> argv = spec.getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        assertEquals(List.of(java, "-Xmx4g", "-XX:G1PeriodicGCInterval=5000", "-Djava.security.manager=allow", "-Dfile.encoding=UTF-8",
                "--add-modules", "jdk.incubator.vector", "-cp", jar + ":" + temp.resolve("repo/target/lib") + "/*",
                "org.lectern.kernel.KernelMain", "{connection_file}"), argv);
        assertEquals("Java (Lectern)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        assertEquals("{\"OMP_WAIT_POLICY\":\"PASSIVE\",\"MALLOC_MMAP_THRESHOLD_\":\"131072\",\"MALLOC_ARENA_MAX\":\"2\"}",
                spec.getAsJsonObject("env").toString());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(kernels.resolve("lectern/kernel.json"))));
        for (int size : new int[] {32, 64}) {
            BufferedImage logo = ImageIO.read(kernels.resolve("lectern/logo-" + size + "x" + size + ".png").toFile());
            assertEquals(size, logo.getWidth());
            assertEquals(size, logo.getHeight());
        }
        try (var files = Files.list(kernels.resolve("lectern"))) {
            assertEquals(3, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void heapComesFromLecternXmxAtInstallTimeAndRerunningUpdates() throws IOException {
        Path kernels = temp.resolve("kernels");
        Path jar = temp.resolve("lectern.jar");
        run(Map.of(), "--kernels-dir", kernels.toString(), "--jar", jar.toString());

        assertEquals(0, run(Map.of("LECTERN_XMX", "6g"), "--kernels-dir", kernels.toString(), "--jar", jar.toString()));

        assertTrue(Files.readString(kernels.resolve("lectern/kernel.json")).contains("\"-Xmx6g\""));
    }

    @Test
    void checkPassesOnlyForThisBuildsKernelspec() throws IOException {
        Path kernels = temp.resolve("kernels");
        String[] args = {"--kernels-dir", kernels.toString(), "--jar", temp.resolve("lectern.jar").toString()};
        String[] check = {args[0], args[1], args[2], args[3], "--check"};

        assertEquals(1, run(Map.of(), check), "nothing installed yet");
        assertEquals(0, run(Map.of(), args));
        assertEquals(0, run(Map.of(), check));
        assertEquals(1, run(Map.of("LECTERN_XMX", "8g"), check), "another heap size is another kernelspec");
        assertEquals(1, run(Map.of(), "--kernels-dir", kernels.toString(), "--jar", "/elsewhere/lectern.jar", "--check"));
        Files.delete(kernels.resolve("lectern/logo-32x32.png"));
        assertEquals(1, run(Map.of(), check));
        assertTrue(out.toString().contains("logo-32x32.png is missing or differs"), out.toString());
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhatIsWrong() {
        assertEquals(2, run(Map.of("LECTERN_XMX", "lots"), "--jar", "x.jar", "--kernels-dir", temp.toString()));
        assertTrue(err.toString().contains("LECTERN_XMX: heap size 'lots' is not what -Xmx takes"), err.toString());
        assertEquals(2, run(Map.of(), "--kernels-dir"));
        assertTrue(err.toString().contains("--kernels-dir needs a value"), err.toString());
        assertEquals(2, run(Map.of(), "--frobnicate"));
        assertTrue(err.toString().contains("unknown argument '--frobnicate'"), err.toString());
    }

    @Test
    void runningFromClassesInsteadOfTheJarAsksForTheJar() {
        assertEquals(2, run(Map.of(), "--kernels-dir", temp.toString()));
        assertTrue(err.toString().contains("not from lectern.jar"), err.toString());
    }

    @Test
    void defaultKernelsDirFollowsJupyter() {
        assertEquals(Path.of("/j/kernels"), KernelSpecInstaller.defaultKernelsDir(Map.of("JUPYTER_DATA_DIR", "/j", "XDG_DATA_HOME", "/x")));
        assertEquals(Path.of("/x/jupyter/kernels"), KernelSpecInstaller.defaultKernelsDir(Map.of("XDG_DATA_HOME", "/x")));
        assertEquals(Path.of("/home/ada/.local/share/jupyter/kernels"), KernelSpecInstaller.defaultKernelsDir(Map.of("HOME", "/home/ada")));
        assertEquals(Path.of(System.getProperty("user.home"), ".local/share/jupyter/kernels"), KernelSpecInstaller.defaultKernelsDir(Map.of()));
    }
}
