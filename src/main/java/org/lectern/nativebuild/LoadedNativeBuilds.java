package org.lectern.nativebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which builds of ND4J's native code this process has mapped, read from {@code /proc/self/maps}: the
 * folders ({@code linux-x86_64-avx2}, ...) that hold a mapped {@code libnd4jcpu.so} or {@code libjnind4jcpu.so}.
 */
public final class LoadedNativeBuilds {
    private static final Path SELF_MAPS = Path.of("/proc/self/maps");
    private static final List<String> LIBRARIES = List.of("libnd4jcpu.so", "libjnind4jcpu.so");

    private LoadedNativeBuilds() {
    }

    /** The classifier folders of the ND4J libraries mapped in this process, each once; empty before ND4J loads. */
    public static List<String> inThisProcess() {
        try (Stream<String> lines = Files.lines(SELF_MAPS)) {
            return fromMaps(lines);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SELF_MAPS + " to see which native build is loaded: " + e, e);
        }
    }

    /** The classifier folders of the ND4J libraries named in these {@code /proc/PID/maps} lines, each once, in order. */
    static List<String> fromMaps(Stream<String> mapsLines) {
        return mapsLines.map(line -> line.indexOf('/') < 0 ? null : Path.of(line.substring(line.indexOf('/')).strip()))
                .filter(path -> path != null && path.getParent() != null && LIBRARIES.contains(String.valueOf(path.getFileName())))
                .map(path -> path.getParent().getFileName().toString())
                .distinct()
                .toList();
    }
}
