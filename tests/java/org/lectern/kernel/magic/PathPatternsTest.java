package org.lectern.kernel.magic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathPatternsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("lib/extra"));
        for (String name : List.of("lib/b.jar", "lib/a.jar", "lib/notes.txt", "lib/extra/c.jar")) {
            Files.writeString(dir.resolve(name), "");
        }
    }

    @Test
    void aPlainPathIsResolvedAgainstTheBase() throws Exception {
        assertEquals(List.of(dir.resolve("lib/a.jar")), PathPatterns.expand("lib/a.jar", dir));
        assertEquals(List.of(dir.resolve("lib")), PathPatterns.expand("lib/extra/..", dir));
        assertEquals(List.of(dir.resolve("lib/a.jar")), PathPatterns.expand(dir.resolve("lib/a.jar").toString(), Path.of("/")));
    }

    @Test
    void globsMatchSortedFiles() throws Exception {
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")), PathPatterns.expand("lib/*.jar", dir));
        assertEquals(List.of(dir.resolve("lib/extra/c.jar")), PathPatterns.expand("lib/**/*.jar", dir));
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")),
                PathPatterns.expand(dir + "/lib/?.jar", Path.of("/")));
    }

    @Test
    void missingFilesAndEmptyGlobsAreErrors() {
        MagicException missing = assertThrows(MagicException.class, () -> PathPatterns.expand("lib/z.jar", dir));
        assertEquals("No such file or directory: lib/z.jar (looked for " + dir.resolve("lib/z.jar") + ")",
                missing.getMessage());
        MagicException none = assertThrows(MagicException.class, () -> PathPatterns.expand("lib/*.zip", dir));
        assertTrue(none.getMessage().startsWith("Nothing matches lib/*.zip (searched " + dir.resolve("lib")),
                none.getMessage());
    }
}
