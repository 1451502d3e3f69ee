package org.lectern.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.CommandOutput;

/**
 * {@code ./lectern hub --load-test 2}: a real JupyterHub on 127.0.0.1, two test users whose servers run as their own
 * Unix users, notebook 01 in quick mode in both at once through the hub's proxy and the kernels' websockets, then one
 * student's attempts on the other (all refused), the first-login copies (students the student edition, the instructor
 * the solutions) and the instructor's collection, the heap and native limits (OutOfMemoryError, kernel alive), and a
 * cell's time beside a neighbour spinning 16 threads. Needs root (it creates Unix users, removed at the end) and
 * Debian's jupyterhub.
 */
class HubLoadTestIT {
    @Test
    void twoStudentsAtOnceFinishNothingLostIsolatedAndLimited(@TempDir Path temp) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "the hub load test creates Unix users: run as root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/jupyterhub")), "Debian's jupyterhub is not installed (./lectern hub install)");
        Path out = temp.resolve("report");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", "-m", "lectern_hub.cli", "--load-test", "2",
                "--out", out.toString(), "--timeout", "1200");
        builder.environment().put("PYTHONPATH", Path.of("hub").toAbsolutePath().toString());
        CommandOutput result = CommandOutput.run(builder, temp.resolve("load-test.log"), Duration.ofMinutes(40));
        System.out.println(result.text());

        JsonObject report = JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject();
        assertEquals(0, report.getAsJsonArray("failures").size(), report.getAsJsonArray("failures").toString());
        assertEquals(0, result.exit(), result.text());
        assertEquals(2, report.getAsJsonArray("per_student").size());
        for (JsonElement student : report.getAsJsonArray("per_student")) {
            JsonObject s = student.getAsJsonObject();
            assertEquals(s.get("cells").getAsInt(), s.get("cells_done").getAsInt(), s.toString());
        }
        assertEquals(2, report.getAsJsonArray("kernel_peak_rss_mib").size(), "both kernels were sampled");
        for (JsonElement attempt : report.getAsJsonObject("isolation").getAsJsonArray("attempts")) {
            assertTrue(attempt.getAsJsonObject().get("result").getAsString().startsWith("refused"), attempt.toString());
        }
        assertTrue(report.getAsJsonObject("isolation").toString().contains("ALLOWED (the kernel replied)"),
                "the control message with the right key was answered");
        for (JsonElement check : report.getAsJsonArray("course_copies")) {
            assertTrue(check.getAsJsonObject().get("passed").getAsBoolean(), check.toString());
        }
        for (JsonElement check : report.getAsJsonArray("limits")) {
            assertTrue(check.getAsJsonObject().get("passed").getAsBoolean(), check.toString());
        }
        assertTrue(report.has("cpu_fairness"), "the CPU fairness measurement ran");
        try (var users = Files.lines(Path.of("/etc/passwd"))) {
            assertTrue(users.noneMatch(line -> line.matches("lt\\d+-(s\\d\\d|teach):.*")), "the test users were removed");
        }
    }
}
