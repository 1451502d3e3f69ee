package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataEnvironmentTest {
    private final Path home = Path.of("/home/student");

    @Test
    void defaultsFollowTheXdgSpec() {
        DataEnvironment env = DataEnvironment.of(Map.of(), home, Path.of("/"));
        assertEquals(Optional.empty(), env.lecternData());
        assertEquals(Path.of("/home/student/.local/share/lectern/data"), env.userDataDir());
        assertEquals(Path.of("/home/student/.cache/lectern"), env.cacheDir());
        assertEquals(Path.of("/usr/share/datasets/fashion-mnist"), env.systemPath("/usr/share/datasets/fashion-mnist"));
    }

    @Test
    void xdgVariablesAndLecternDataOverrideTheDefaults() {
        DataEnvironment env = DataEnvironment.of(Map.of(
                "XDG_DATA_HOME", "/xdg/data", "XDG_CACHE_HOME", "/xdg/cache", "LECTERN_DATA", "/datasets"),
                home, Path.of("/chroot"));
        assertEquals(Optional.of(Path.of("/datasets")), env.lecternData());
        assertEquals(Path.of("/xdg/data/lectern/data"), env.userDataDir());
        assertEquals(Path.of("/xdg/cache/lectern"), env.cacheDir());
        assertEquals(Path.of("/chroot/usr/share/datasets/fashion-mnist"), env.systemPath("/usr/share/datasets/fashion-mnist"));
    }

    @Test
    void emptyOrRelativeXdgValuesAreIgnoredAndARelativeLecternDataIsMadeAbsolute() {
        DataEnvironment env = DataEnvironment.of(Map.of(
                "XDG_DATA_HOME", "relative/data", "XDG_CACHE_HOME", "", "LECTERN_DATA", "data"), home, Path.of("/"));
        assertEquals(Path.of("/home/student/.local/share/lectern/data"), env.userDataDir());
        assertEquals(Path.of("/home/student/.cache/lectern"), env.cacheDir());
        assertEquals(Optional.of(Path.of("data").toAbsolutePath()), env.lecternData());
    }

    @Test
    void aBlankLecternDataCountsAsUnset() {
        assertEquals(Optional.empty(), DataEnvironment.of(Map.of("LECTERN_DATA", " "), home, Path.of("/")).lecternData());
    }
}
