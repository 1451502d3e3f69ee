package org.lectern.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenResolverTest {

    @Test
    void theReasonIsMavensFirstRealErrorLine() {
        List<String> log = List.of(
                "\u001b[0m[INFO] Scanning",
                "\u001b[0m[ERROR] Failed to execute goal on project x: Could not resolve dependencies: Could not find"
                        + " artifact g:a:jar:1.0 in central (https://repo.maven.apache.org/maven2) -> [Help 1]",
                "[ERROR] ",
                "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.");
        assertEquals("Failed to execute goal on project x: Could not resolve dependencies: Could not find artifact"
                + " g:a:jar:1.0 in central (https://repo.maven.apache.org/maven2)", MavenResolver.reason(log));
        assertEquals("Error: JAVA_HOME is not defined correctly.",
                MavenResolver.reason(List.of("Error: JAVA_HOME is not defined correctly.", "")));
    }

    @Test
    void aMissingMavenCommandIsExplained() throws Exception {
        MavenResolver resolver = MavenResolver.builder().command("/nonexistent/bin/mvn").build();
        MagicException e = assertThrows(MagicException.class,
                () -> resolver.resolve(List.of(MavenCoordinate.parse("g:a:1.0")), true));
        assertTrue(e.getMessage().startsWith("%maven runs Maven's '/nonexistent/bin/mvn' command, which could not be started"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Install Maven (e.g. apt-get install maven) or put mvn on the PATH."),
                e.getMessage());
    }

    @Test
    void anArtifactThatDoesNotResolveShowsMavensReason() throws Exception {
        MavenResolver resolver = MavenResolver.builder().build();
        MagicException e = assertThrows(MagicException.class, () -> resolver.resolve(
                List.of(MavenCoordinate.parse("org.lectern.nonexistent:nothing-here:0.0.1")), true));
        assertTrue(e.getMessage().startsWith("%maven could not resolve org.lectern.nonexistent:nothing-here:0.0.1: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("org.lectern.nonexistent:nothing-here:jar:0.0.1"), e.getMessage());
        assertTrue(e.getMessage().contains("offline"), "offline mode was asked for: " + e.getMessage());
    }
}
