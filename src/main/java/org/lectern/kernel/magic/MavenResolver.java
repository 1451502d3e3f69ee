package org.lectern.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves Maven artifacts with their transitive dependencies by running the {@code mvn} command
 * on a generated POM, so the user's {@code settings.xml}, mirrors and local repository apply and
 * no resolver library is needed.
 */
public final class MavenResolver {
    /** The plugin run for resolution, pinned so that no plugin metadata has to be looked up. */
    static final String BUILD_CLASSPATH = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[;\\d]*m");

    private final String command;

    private MavenResolver(Builder builder) {
        this.command = builder.command;
    }

    /** Returns a builder; by default the resolver runs {@code mvn} from the PATH. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the jars of the artifacts and of everything they depend on at run time.
     *
     * @param offline pass {@code -o}: use only what is in the local repository
     * @throws MagicException       mvn cannot be started or the artifacts do not resolve; the
     *                              message carries Maven's own reason
     * @throws InterruptedException the thread was interrupted; Maven is stopped
     */
    public List<Path> resolve(List<MavenCoordinate> artifacts, boolean offline)
            throws MagicException, InterruptedException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lectern-maven-");
            Path pom = Files.writeString(dir.resolve("pom.xml"), pom(artifacts));
            Path output = dir.resolve("classpath.txt");
            Path log = dir.resolve("mvn.log");
            int exit = runMaven(dir, pom, output, log, offline);
            if (exit != 0) {
                throw new MagicException("%maven could not resolve " + describe(artifacts) + ": "
                        + reason(Files.readAllLines(log, StandardCharsets.UTF_8)));
            }
            return Stream.of(Files.readString(output).trim().split(File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .toList();
        } catch (IOException e) {
            throw new MagicException("%maven failed while resolving " + describe(artifacts) + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private int runMaven(Path dir, Path pom, Path output, Path log, boolean offline)
            throws MagicException, IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command, "-B", "-q"));
        if (offline) {
            cmd.add("-o");
        }
        cmd.addAll(List.of("-f", pom.toString(), BUILD_CLASSPATH,
                "-Dmdep.outputFile=" + output, "-Dmdep.includeScope=runtime"));
        Process process;
        try {
            process = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new MagicException("%maven runs Maven's '" + command + "' command, which could not be started ("
                    + e.getMessage() + "). Install Maven (e.g. apt-get install maven) or put mvn on the PATH.", e);
        }
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    static String pom(List<MavenCoordinate> artifacts) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>org.lectern.magic</groupId>\n"
                + "  <artifactId>maven-magic-resolution</artifactId>\n"
                + "  <version>1</version>\n"
                + "  <packaging>pom</packaging>\n"
                + "  <dependencies>\n"
                + artifacts.stream().map(MavenCoordinate::toPomDependency).collect(Collectors.joining())
                + "  </dependencies>\n"
                + "</project>\n";
    }

    /** Returns Maven's first real error line, without the {@code [ERROR]} tag and help links. */
    static String reason(List<String> log) {
        return log.stream()
                .map(MavenResolver::withoutColours)
                .filter(line -> line.startsWith("[ERROR] "))
                .map(line -> line.substring("[ERROR] ".length()).replace(" -> [Help 1]", "").trim())
                .filter(line -> !line.isEmpty() && !line.startsWith("-> [Help") && !line.startsWith("[Help")
                        && !line.startsWith("Re-run Maven") && !line.startsWith("To see the full stack trace")
                        && !line.startsWith("For more information"))
                .findFirst()
                .orElseGet(() -> log.stream().map(MavenResolver::withoutColours)
                        .filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("mvn failed without a message"));
    }

    private static String withoutColours(String line) {
        return ANSI.matcher(line).replaceAll("");
    }

    private static String describe(List<MavenCoordinate> artifacts) {
        return artifacts.stream().map(MavenCoordinate::toString).collect(Collectors.joining(", "));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }

    /** Configures a {@link MavenResolver}. */
    public static final class Builder {
        private String command = "mvn";

        private Builder() {
        }

        /** Sets the Maven executable, a name looked up on the PATH or a full path; default {@code mvn}. */
        public Builder command(String command) {
            this.command = Objects.requireNonNull(command, "command");
            return this;
        }

        /** Returns the resolver. */
        public MavenResolver build() {
            return new MavenResolver(this);
        }
    }
}
