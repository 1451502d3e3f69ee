package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The kernelspec as {@code ./lectern setup} installs it (the installer run from target/lectern.jar),
 * but into a temporary Jupyter path, and commands run with that path. For integration tests.
 */
final class InstalledKernel {
    static final Path JAR = Path.of("target/lectern.jar").toAbsolutePath();
    static final String PYTHON = "/usr/bin/python3";
    /** The notebook runner behind {@code ./lectern run}. */
    static final String RUNNER = "src/main/python/lectern_run.py";

    /** What a finished command printed (stdout and stderr together) and its exit status. */
    record Output(int exit, String text) {
    }

    private final Path jupyterPath;

    private InstalledKernel(Path jupyterPath) {
        this.jupyterPath = jupyterPath;
    }

    /** Installs the kernelspec into {@code <temp>/kernels} with the real installer command line. */
    static InstalledKernel install(Path temp) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: integration tests run after mvn package");
        InstalledKernel kernel = new InstalledKernel(temp);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Output installed = kernel.run(List.of(java, "-cp", JAR + ":" + JAR.resolveSibling("lib") + "/*",
                "org.lectern.kernel.install.KernelSpecInstaller", "--kernels-dir", temp.resolve("kernels").toString()),
                Duration.ofSeconds(60));
        assertEquals(0, installed.exit(), installed.text());
        return kernel;
    }

    /** Returns the environment that makes Jupyter find this kernelspec first and keep its files in the temp dir. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JUPYTER_PATH", jupyterPath.toString());
        env.put("JUPYTER_RUNTIME_DIR", jupyterPath.resolve("runtime").toString());
        env.put("OMP_WAIT_POLICY", "PASSIVE");
        return env;
    }

    /** Returns the kernel's argv from the installed kernel.json, for a given connection file. */
    List<String> argv(Path connectionFile) throws IOException {
        JsonElement spec = JsonParser.parseString(Files.readString(jupyterPath.resolve("kernels/lectern/kernel.json")));
        List<String> argv = new ArrayList<>();
        for (JsonElement arg : spec.getAsJsonObject().getAsJsonArray("argv")) {
            argv.add(arg.getAsString().replace("{connection_file}", connectionFile.toString()));
        }
        return argv;
    }

    /** Returns the environment variables the installed kernel.json gives the kernel process. */
    Map<String, String> kernelEnvironment() throws IOException {
        JsonElement spec = JsonParser.parseString(Files.readString(jupyterPath.resolve("kernels/lectern/kernel.json")));
        Map<String, String> env = new HashMap<>();
        spec.getAsJsonObject().getAsJsonObject("env").entrySet()
                .forEach(entry -> env.put(entry.getKey(), entry.getValue().getAsString()));
        return env;
    }

    /** Runs a command in the repository root with {@link #environment()}; fails if it outlives the timeout. */
    Output run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile(jupyterPath, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment());
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("'" + String.join(" ", command) + "' ran longer than " + timeout + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Output(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
