package org.lectern.kernel.install;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Registers the Lectern kernel with Jupyter:
 * <pre>
 * java -cp target/lectern.jar:target/lib/* org.lectern.kernel.install.KernelSpecInstaller
 *      [--kernels-dir DIR] [--jar PATH] [--check]
 * </pre>
 * writes {@code DIR/lectern/kernel.json} and the logos (default DIR: {@code $JUPYTER_DATA_DIR/kernels},
 * else {@code $XDG_DATA_HOME/jupyter/kernels}, else {@code ~/.local/share/jupyter/kernels}, where
 * Jupyter looks). The kernel runs this JVM with the jar the installer was started from (or
 * {@code --jar}) and a heap of {@code $LECTERN_XMX} (default 4g). {@code --check} changes nothing
 * and exits 0 only if the installed kernelspec is this build's. Exit status 2 means bad arguments.
 */
public final class KernelSpecInstaller {
    private static final String USAGE = "usage: java -cp target/lectern.jar:target/lib/* "
            + "org.lectern.kernel.install.KernelSpecInstaller [--kernels-dir DIR] [--jar PATH] [--check]";

    private KernelSpecInstaller() {
    }

    /** Installs (or checks) the kernelspec and exits with the status of {@link #run}. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Installs or checks the kernelspec; returns 0 on success, 1 if a check finds differences or writing fails, 2 on bad arguments. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Path kernelsDir = null;
        Path jar = null;
        boolean check = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--kernels-dir" -> kernelsDir = Path.of(value(args, ++i, "--kernels-dir"));
                    case "--jar" -> jar = Path.of(value(args, ++i, "--jar"));
                    case "--check" -> check = true;
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            Path kernelJar = jar != null ? jar : runningJar();
            KernelSpec spec;
            try {
                spec = KernelSpec.forJar(kernelJar, env.getOrDefault("LECTERN_XMX", KernelSpec.DEFAULT_XMX));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("LECTERN_XMX: " + e.getMessage(), e);
            }
            Path dir = kernelsDir != null ? kernelsDir : defaultKernelsDir(env);
            return check ? check(spec, dir, out) : install(spec, dir, out, err);
        } catch (IllegalArgumentException e) {
            err.println("lectern kernel installer: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("lectern kernel installer: cannot read or write the kernelspec: " + e);
            return 1;
        }
    }

    /** Returns where Jupyter looks for a user's kernels, as jupyter_core computes it on Linux. */
    static Path defaultKernelsDir(Map<String, String> env) {
        String jupyterData = env.get("JUPYTER_DATA_DIR");
        if (jupyterData != null && !jupyterData.isBlank()) {
            return Path.of(jupyterData, "kernels");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // $HOME first, as Jupyter (Python's expanduser) does; user.home comes from the password file.
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return data.resolve("jupyter").resolve("kernels");
    }

    private static int install(KernelSpec spec, Path kernelsDir, PrintStream out, PrintStream err) throws IOException {
        Path dir = spec.install(kernelsDir);
        out.println("Installed the Jupyter kernel '" + KernelSpec.NAME + "' (Java (Lectern), heap " + spec.xmx() + ") in " + dir);
        List<String> left = spec.differences(kernelsDir);
        if (!left.isEmpty()) {
            err.println("lectern kernel installer: the kernelspec did not come out as written: " + left);
            return 1;
        }
        return 0;
    }

    private static int check(KernelSpec spec, Path kernelsDir, PrintStream out) throws IOException {
        List<String> differences = spec.differences(kernelsDir);
        if (differences.isEmpty()) {
            out.println("The Jupyter kernel '" + KernelSpec.NAME + "' in " + kernelsDir.resolve(KernelSpec.NAME) + " is up to date");
            return 0;
        }
        differences.forEach(difference -> out.println("Not up to date: " + difference));
        out.println("Run ./lectern setup to install it");
        return 1;
    }

    private static String value(String[] args, int at, String option) {
        if (at >= args.length || args[at].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[at];
    }

    private static Path runningJar() {
        Path location;
        try {
            location = Path.of(KernelSpecInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IllegalArgumentException("cannot tell which jar the installer runs from; give it with --jar target/lectern.jar");
        }
        if (!Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
            throw new IllegalArgumentException("the installer runs from " + location + ", not from lectern.jar; build with "
                    + "mvn package and run it from target/lectern.jar, or give --jar target/lectern.jar");
        }
        return location;
    }
}
