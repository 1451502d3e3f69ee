package org.lectern.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.CommandOutput;

/**
 * What repo2docker does after installing binder/apt.txt, done here without Docker: binder/postBuild runs in a copy of
 * the repository under a fresh HOME (only Maven's local repository is shared, so the build downloads nothing), as a
 * user without root and with apt's package lists gone, as in the image; then the kernel must be registered in that
 * HOME and a notebook must execute in it with {@code ./lectern run}.
 */
class BinderPostBuildIT {
    /** What a repository checkout needs to build and run; tests and notebooks stay behind. */
    private static final List<String> SOURCES = List.of("pom.xml", "lectern", "binder", "src", "kernel");

    @TempDir
    Path temp;

    @Test
    void postBuildUnderAFreshHomeBuildsFetchesTheDataAndRegistersAKernelThatRunsANotebook() throws Exception {
        Path repo = temp.resolve("repo");
        for (String source : SOURCES) {
            copy(Path.of(source), repo.resolve(source));
        }
        Path home = Files.createDirectories(temp.resolve("home"));

        Path binderLike = binderLikeCommands();
        CommandOutput build = run(List.of("binder/postBuild"), repo, home, Duration.ofMinutes(20), binderLike);

        assertEquals(0, build.exit(), build.text());
        assertTrue(build.text().contains("lectern: setup complete"), build.text());
        Path kernelJson = home.resolve(".local/share/jupyter/kernels/lectern/kernel.json");
        assertTrue(Files.isRegularFile(kernelJson), "no kernel registered in the fresh HOME:\n" + build.text());
        String argv = JsonParser.parseString(Files.readString(kernelJson)).getAsJsonObject().get("argv").toString();
        assertTrue(argv.contains(repo.resolve("target/lectern.jar").toString()), argv);
        Path data = home.resolve(".local/share/lectern/data");
        assertTrue(Files.size(data.resolve("mnist/train-images-idx3-ubyte")) == 47_040_016, "MNIST in the fresh HOME");
        assertTrue(Files.size(data.resolve("skimage/astronaut.png")) > 0, "astronaut.png in the fresh HOME");
        List<String> aptCalls = Files.readAllLines(binderLike.resolve("apt-get.log"));
        assertTrue(aptCalls.stream().anyMatch(call -> call.contains("Dir::State::Lists=") && call.endsWith("download python3-skimage")),
                "without root and without package lists, setup fetched lists of its own: " + aptCalls);

        Files.createDirectories(repo.resolve("notebooks"));
        Files.copy(Path.of("tests/resources/notebooks/smoke.ipynb"), repo.resolve("notebooks/smoke.ipynb"));
        CommandOutput notebook = run(List.of("./lectern", "run", "--out", temp.resolve("out").toString(), "notebooks/smoke.ipynb"),
                repo, home, Duration.ofMinutes(5), binderLike);

        assertEquals(0, notebook.exit(), notebook.text());
        assertTrue(notebook.text().contains("lectern: all is in place"), "setup again changes nothing:\n" + notebook.text());
        JsonArray cells = JsonParser.parseString(Files.readString(temp.resolve("out/smoke.ipynb"))).getAsJsonObject()
                .getAsJsonArray("cells");
        assertEquals("Lectern smoke test\n", text(cells.get(1).getAsJsonObject().getAsJsonArray("outputs").get(0)
                .getAsJsonObject().get("text")));
        assertEquals("42", text(cells.get(2).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject()
                .getAsJsonObject("data").get("text/plain")));
    }

    /** Returns a notebook string field, which nbformat writes as one string or as a list of lines. */
    private static String text(JsonElement field) {
        if (!field.isJsonArray()) {
            return field.getAsString();
        }
        StringBuilder text = new StringBuilder();
        field.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
        return text.toString();
    }

    /**
     * Writes commands that make this machine look like repo2docker's build step to {@code ./lectern setup}: the user
     * is not root and has no sudo, and apt has no package lists (repo2docker deletes them after installing apt.txt),
     * so a plain {@code apt-get download} fails; apt-get with lists of its own ({@code Dir::State::Lists}) works.
     */
    private Path binderLikeCommands() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("binder-like"));
        command(dir.resolve("id"), "if [ \"$1\" = -u ]; then echo 1000; else exec /usr/bin/id \"$@\"; fi");
        command(dir.resolve("sudo"), "echo 'sudo: a password is required' >&2; exit 1");
        command(dir.resolve("apt-get"), "echo \"$*\" >> '" + dir.resolve("apt-get.log") + "'\n"
                + "case \"$*\" in *Dir::State::Lists=*) exec /usr/bin/apt-get \"$@\" ;; esac\n"
                + "case \" $* \" in *' download '*) echo \"E: Unable to locate package ${@: -1}\" >&2; exit 100 ;; esac\n"
                + "exec /usr/bin/apt-get \"$@\"");
        return dir;
    }

    private static void command(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs a command in dir with a fresh HOME, no Jupyter or XDG settings of this machine's user, pathFirst first on PATH. */
    private CommandOutput run(List<String> command, Path dir, Path home, Duration timeout, Path pathFirst)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", home.toString());
        env.put("PATH", pathFirst + ":" + System.getenv("PATH"));
        env.put("LANG", "C.UTF-8");
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
        // The one thing shared with this machine: Maven's local repository, so the build downloads nothing.
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + repository);
        return CommandOutput.run(builder, log, timeout);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
