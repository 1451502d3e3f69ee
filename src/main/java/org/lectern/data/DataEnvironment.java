package org.lectern.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The places the data resolver looks in and caches to, taken from the environment once so that
 * tests can substitute their own. Build it with {@link #current()} or {@link #of(Map, Path, Path)}.
 *
 * @param lecternData  the directory named by {@value #DATA_ENV}, searched first, if set
 * @param userDataDir  {@code $XDG_DATA_HOME/lectern/data} (default {@code ~/.local/share/lectern/data}),
 *                     where {@code ./lectern setup} installs
 * @param cacheDir     {@code $XDG_CACHE_HOME/lectern} (default {@code ~/.cache/lectern}), for the digest cache
 * @param systemRoot   the root that system directories such as {@code /usr/share/datasets} are under:
 *                     {@code /} except in tests
 */
public record DataEnvironment(Optional<Path> lecternData, Path userDataDir, Path cacheDir, Path systemRoot) {
    /** The environment variable naming a data directory that is searched before all others. */
    public static final String DATA_ENV = "LECTERN_DATA";

    /** Checks that no component is null. */
    public DataEnvironment {
        Objects.requireNonNull(lecternData, "lecternData");
        Objects.requireNonNull(userDataDir, "userDataDir");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(systemRoot, "systemRoot");
    }

    /**
     * Returns the environment of this process: its variables, its home ({@code $HOME} as the
     * launcher and Jupyter see it, else {@code user.home}) and the real root.
     */
    public static DataEnvironment current() {
        String home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
        return of(System.getenv(), Path.of(home), Path.of("/"));
    }

    /**
     * Returns the environment described by the given variables, home directory and system root.
     * Following the XDG spec, an empty or relative {@code XDG_DATA_HOME}/{@code XDG_CACHE_HOME} is ignored.
     */
    public static DataEnvironment of(Map<String, String> variables, Path home, Path systemRoot) {
        String data = variables.get(DATA_ENV);
        Optional<Path> lecternData = data == null || data.isBlank()
                ? Optional.empty() : Optional.of(Path.of(data).toAbsolutePath().normalize());
        Path dataHome = xdgDirectory(variables.get("XDG_DATA_HOME"), home.resolve(".local/share"));
        Path cacheHome = xdgDirectory(variables.get("XDG_CACHE_HOME"), home.resolve(".cache"));
        return new DataEnvironment(lecternData, dataHome.resolve("lectern/data"), cacheHome.resolve("lectern"),
                systemRoot);
    }

    /** Returns where a system directory such as {@code /usr/share/datasets/x} lies under {@link #systemRoot}. */
    public Path systemPath(String absoluteDirectory) {
        return systemRoot.resolve(Path.of("/").relativize(Path.of(absoluteDirectory)));
    }

    private static Path xdgDirectory(String value, Path fallback) {
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
