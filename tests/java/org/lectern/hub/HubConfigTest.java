package org.lectern.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.CommandOutput;

/**
 * Runs tests/python/test_hub_config.py: the hub's settings, jupyterhub_config.py loaded as JupyterHub loads it, and
 * hub/z2jh-values.yaml (Kubernetes, on paper) held to the same limits, culling and kernel options.
 */
class HubConfigTest {
    @Test
    void zeroToJupyterHubValuesAgreeWithTheSingleServerHub(@TempDir Path temp) throws Exception {
        CommandOutput result = CommandOutput.run(
                new ProcessBuilder("/usr/bin/python3", "-m", "unittest", "-v", "tests/python/test_hub_config.py"),
                temp.resolve("unittest.log"), Duration.ofMinutes(2));
        assertEquals(0, result.exit(), result.text());
        assertTrue(result.text().contains("test_memory_limit_is_the_students_cgroup_limit") && result.text().contains("\nOK"),
                result.text());
    }
}
