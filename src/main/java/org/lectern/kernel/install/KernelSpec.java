package org.lectern.kernel.install;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code lectern} kernelspec of one build: the packaged {@code kernel.json.template} with the
 * running JVM, the heap size and the build's class path filled in, plus the logos.
 *
 * @param java      the absolute path of the {@code java} executable the kernel runs on
 * @param xmx       the maximum heap, as {@code -Xmx} takes it (e.g. {@code 4g})
 * @param classpath the kernel's class path
 */
public record KernelSpec(Path java, String xmx, String classpath) {
    /** The kernel's name: the directory under the kernels dir and {@code jupyter --kernel} argument. */
    public static final String NAME = "lectern";
    /** The heap size used when none is given. */
    public static final String DEFAULT_XMX = "4g";

    private static final String RESOURCES = "kernelspec/";
    private static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png");
    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgGtT]?");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** Checks the heap size. */
    public KernelSpec {
        if (!HEAP_SIZE.matcher(xmx).matches()) {
            throw new IllegalArgumentException("heap size '" + xmx + "' is not what -Xmx takes; use a number with "
                    + "an optional unit, such as 4g or 6144m");
        }
    }

    /** Returns the spec for a build's jar: class path {@code <jar>:<jar dir>/lib/*}, run by this JVM's {@code java}. */
    public static KernelSpec forJar(Path jar, String xmx) {
        Path absolute = jar.toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new KernelSpec(java, xmx, absolute + ":" + absolute.resolveSibling("lib") + "/*");
    }

    /** Returns the kernel.json text. */
    public String json() {
        JsonObject spec = JsonParser.parseString(resourceText("kernel.json.template")).getAsJsonObject();
        JsonArray argv = new JsonArray();
        for (JsonElement arg : spec.getAsJsonArray("argv")) {
            argv.add(arg.getAsString().replace("{java}", java.toString()).replace("{xmx}", xmx)
                    .replace("{classpath}", classpath));
        }
        spec.add("argv", argv);
        return GSON.toJson(spec) + "\n";
    }

    /** Writes kernel.json and the logos into {@code <kernelsDir>/lectern}, each file replaced atomically. */
    public Path install(Path kernelsDir) throws IOException {
        Path dir = kernelsDir.resolve(NAME);
        Files.createDirectories(dir);
        writeAtomically(dir.resolve("kernel.json"), json().getBytes(StandardCharsets.UTF_8));
        for (String logo : LOGOS) {
            writeAtomically(dir.resolve(logo), resourceBytes(logo));
        }
        return dir;
    }

    /** Returns what is missing or different in {@code <kernelsDir>/lectern}; empty when it is up to date. */
    public List<String> differences(Path kernelsDir) throws IOException {
        Path dir = kernelsDir.resolve(NAME);
        List<String> differences = new ArrayList<>();
        Path kernelJson = dir.resolve("kernel.json");
        if (!Files.isRegularFile(kernelJson)) {
            differences.add(kernelJson + " is missing");
        } else if (!JsonParser.parseString(Files.readString(kernelJson)).equals(JsonParser.parseString(json()))) {
            differences.add(kernelJson + " differs from this build's kernelspec");
        }
        for (String logo : LOGOS) {
            Path file = dir.resolve(logo);
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), resourceBytes(logo))) {
                differences.add(file + " is missing or differs");
            }
        }
        return differences;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Temp files are created private; a kernelspec must be readable by whoever runs Jupyter.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String resourceText(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = KernelSpec.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + name + " is missing from lectern.jar; rebuild with mvn package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
