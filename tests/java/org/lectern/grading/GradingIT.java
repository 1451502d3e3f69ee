package org.lectern.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.CommandOutput;

/**
 * {@code ./lectern grade}'s executor and report on the fixture class (tests/resources/grading/submissions): each
 * submission runs in a real Lectern kernel with a 30 s limit and a 256 MiB heap, and the grade table must come out
 * exactly as a person grading by nbgrader's rule would write it.
 */
class GradingIT {
    private static final Path JAR = Path.of("target/lectern.jar").toAbsolutePath();
    private static final String GRADER = "src/main/python/lectern_grade.py";
    private static final Path SUBMISSIONS = Path.of("tests/resources/grading/submissions");

    @TempDir
    Path temp;

    @Test
    void theFixtureClassGetsTheExpectedGradeTableAndNoKernelOutlivesIt() throws Exception {
        Path out = temp.resolve("grades");
        CommandOutput grading = run(List.of("/usr/bin/python3", GRADER, SUBMISSIONS.toString(), "--timeout", "30",
                "--memory", "256m", "--out", out.toString()), Map.of(), Duration.ofMinutes(8));

        assertEquals(0, grading.exit(), grading.text());
        String unreadable = "not a readable notebook: NotJSONError: Notebook does not appear to be JSON: "
                + "'{ this is not a notebook'...";
        assertEquals(String.join("\r\n",
                "student,notebook,grade_id,points,max_points,status,reason",
                "alice,00-homework.ipynb,00-ex1-check,2,2,passed,",
                "alice,00-homework.ipynb,00-ex2-check,1,1,passed,",
                "alice,00-homework.ipynb,00-ex3-check,1,1,passed,",
                "bob,00-homework.ipynb,00-ex1-check,0,2,failed,\"CheckFailed: FAIL: sumTo(10) is 45, not within ± 0.5 of 55. Hint: 1 + 2 + ... + n is n (n + 1) / 2\"",
                "bob,00-homework.ipynb,00-ex2-check,1,1,passed,",
                "bob,00-homework.ipynb,00-ex3-check,1,1,passed,",
                "carol,00-homework.ipynb,00-ex1-check,0,2,failed,java.lang.UnsupportedOperationException: your code here",
                "carol,00-homework.ipynb,00-ex2-check,1,1,passed,",
                "carol,00-homework.ipynb,00-ex3-check,0,1,failed,java.lang.ArithmeticException: / by zero",
                "dave,00-homework.ipynb,00-ex1-check,2,2,passed,",
                "dave,00-homework.ipynb,00-ex2-check,0,1,failed,time limit of 30 s reached",
                "dave,00-homework.ipynb,00-ex3-check,0,1,failed,time limit of 30 s reached",
                "erin,00-homework.ipynb,00-ex1-check,2,2,passed,",
                "erin,00-homework.ipynb,00-ex2-check,0,1,failed,out of memory (heap limit 256m): Java heap space",
                "erin,00-homework.ipynb,00-ex3-check,0,1,failed,out of memory (heap limit 256m): Java heap space",
                "frank,00-homework.ipynb,00-ex1-check,2,2,passed,",
                "frank,00-homework.ipynb,00-ex2-check,0,1,failed,"
                        + "kernel died: killed by SIGKILL (the system's out-of-memory killer or kill -9)",
                "frank,00-homework.ipynb,00-ex3-check,0,1,failed,"
                        + "kernel died: killed by SIGKILL (the system's out-of-memory killer or kill -9)",
                "grace,00-homework.ipynb,00-ex1-check,0,2,failed," + unreadable,
                "grace,00-homework.ipynb,00-ex2-check,0,1,failed," + unreadable,
                "grace,00-homework.ipynb,00-ex3-check,0,1,failed," + unreadable,
                "henry,00-homework.ipynb,00-ex1-check,2,2,passed,",
                "henry,00-homework.ipynb,00-ex2-check,1,1,passed,",
                "henry,00-homework.ipynb,00-ex3-check,0,1,failed,check cell missing from the submission",
                ""), Files.readString(out.resolve("grades.csv")));

        String html = Files.readString(out.resolve("grades.html"));
        assertTrue(html.contains("<tr><td>alice</td><td class=\"number\">4</td><td class=\"number\">4</td>"), html);
        assertTrue(html.contains("<td>00-ex1-check</td><td class=\"number\">2</td><td class=\"number\">5 of 8</td>"), html);
        assertTrue(html.contains("heap of 256m"), html);

        // The loop was cut at the limit (counted from the kernel being ready), and no kernel was left running.
        double dave = StreamSupport.stream(JsonParser.parseString(Files.readString(out.resolve("runs.json")))
                        .getAsJsonObject().getAsJsonArray("runs").spliterator(), false)
                .map(run -> run.getAsJsonObject()).filter(run -> run.get("student").getAsString().equals("dave"))
                .findFirst().orElseThrow().get("seconds").getAsDouble();
        assertTrue(dave >= 30 && dave < 30 + 60, "dave's notebook ran " + dave + " s");
        assertTrue(ProcessHandle.allProcesses().noneMatch(process -> process.info().commandLine()
                .map(line -> line.contains(temp.toString())).orElse(false)), "a kernel outlived the grading");

        // The executed copies show how far each run got.
        JsonArray erin = cells(out.resolve("executed/erin/00-homework.ipynb"));
        assertEquals("java.lang.OutOfMemoryError", erin.get(6).getAsJsonObject().getAsJsonArray("outputs").get(0)
                .getAsJsonObject().get("ename").getAsString());
        assertTrue(erin.get(7).getAsJsonObject().get("execution_count").isJsonNull(), "nothing runs after the stop");
        assertTrue(Files.isRegularFile(out.resolve("logs/dave/00-homework.ipynb.log")));
    }

    @Test
    void theKernelItselfSurvivesRunningOutOfHeapWhichIsWhyTheGraderStopsTheNotebookThere() throws Exception {
        Path kernels = temp.resolve("jupyter/kernels");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        CommandOutput installed = run(List.of(java, "-cp", JAR + ":" + JAR.resolveSibling("lib") + "/*",
                "org.lectern.kernel.install.KernelSpecInstaller", "--kernels-dir", kernels.toString()),
                Map.of("LECTERN_XMX", "256m"), Duration.ofMinutes(1));
        assertEquals(0, installed.exit(), installed.text());

        CommandOutput executed = run(List.of("/usr/bin/python3", "src/main/python/lectern_run.py", "--out",
                temp.resolve("out").toString(), "tests/resources/grading/out-of-memory.ipynb"),
                Map.of("JUPYTER_PATH", temp.resolve("jupyter").toString()), Duration.ofMinutes(3));

        assertEquals(0, executed.exit(), executed.text());
        JsonArray cells = cells(temp.resolve("out/out-of-memory.ipynb"));
        JsonObject oom = cells.get(1).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("java.lang.OutOfMemoryError", oom.get("ename").getAsString());
        assertEquals("Java heap space", oom.get("evalue").getAsString());
        JsonObject after = cells.get(2).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("1048576", after.getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void withTheInstructorsNotebooksAnEditedCheckIsGradedAsWrittenAndADeletedOneStillCounts() throws Exception {
        Path out = temp.resolve("grades");
        CommandOutput grading = run(List.of("/usr/bin/python3", GRADER, "tests/resources/grading/tampered", "--timeout", "60",
                "--source", "tests/resources/grading/assignment", "--out", out.toString()), Map.of(), Duration.ofMinutes(3));

        assertEquals(0, grading.exit(), grading.text());
        assertEquals(String.join("\r\n",
                "student,notebook,grade_id,points,max_points,status,reason",
                "ivan,00-homework.ipynb,00-ex1-check,0,2,failed,\"CheckFailed: FAIL: sumTo(10) is 45, not within ± 0.5 of 55. Hint: 1 + 2 + ... + n is n (n + 1) / 2\"",
                "ivan,00-homework.ipynb,00-ex2-check,1,1,passed,",
                "ivan,00-homework.ipynb,00-ex3-check,0,1,failed,check cell missing from the submission",
                ""), Files.readString(out.resolve("grades.csv")));
    }

    @Test
    void nbgradersSubmittedLayoutIsReadAndAnUnreadableNotebookIsARowNotACrash() throws Exception {
        Path submitted = temp.resolve("submitted");
        Files.createDirectories(submitted.resolve("zoe/ps1"));
        Files.writeString(submitted.resolve("zoe/ps1/01-intro.ipynb"), "");
        Path out = temp.resolve("grades");

        CommandOutput grading = run(List.of("/usr/bin/python3", GRADER, submitted.toString(), "--out", out.toString()),
                Map.of(), Duration.ofMinutes(2));

        assertEquals(0, grading.exit(), grading.text());
        List<String> rows = Files.readAllLines(out.resolve("grades.csv"));
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("zoe,ps1/01-intro.ipynb,,0,0,failed,not a readable notebook: "), rows.get(1));
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhatToDo() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        List<String[]> cases = List.of(
                new String[] {temp.resolve("none").toString(), "no such directory: " + temp.resolve("none")},
                new String[] {empty.toString(), "no notebooks in " + empty + ": expected " + empty
                        + "/<student>/<notebook>.ipynb or " + empty + "/<student>/<assignment>/<notebook>.ipynb"});
        for (String[] badCase : cases) {
            CommandOutput output = run(List.of("/usr/bin/python3", GRADER, badCase[0]), Map.of(), Duration.ofMinutes(1));
            assertEquals(2, output.exit(), output.text());
            assertTrue(output.text().contains(badCase[1]), output.text());
        }
        CommandOutput source = run(List.of("/usr/bin/python3", GRADER, SUBMISSIONS.toString(), "--source", empty.toString()),
                Map.of(), Duration.ofMinutes(1));
        assertEquals(2, source.exit(), source.text());
        assertTrue(source.text().contains("--source: cannot use the instructor's " + empty.resolve("00-homework.ipynb")
                + ": FileNotFoundError"), source.text());
        CommandOutput memory = run(List.of("/usr/bin/python3", GRADER, SUBMISSIONS.toString(), "--memory", "lots",
                "--out", temp.resolve("never").toString()), Map.of(), Duration.ofMinutes(1));
        assertEquals(2, memory.exit(), memory.text());
        assertTrue(memory.text().contains("--memory lots: lectern kernel installer: LECTERN_XMX: heap size 'lots' is not "
                + "what -Xmx takes; use a number with an optional unit, such as 4g or 6144m"), memory.text());
        assertTrue(Files.notExists(temp.resolve("never")), "nothing is written on a usage error");
    }

    private static JsonArray cells(Path notebook) throws IOException {
        return JsonParser.parseString(Files.readString(notebook)).getAsJsonObject().getAsJsonArray("cells");
    }

    /** Runs a command in the repository root with Jupyter's runtime and data dirs in the temp dir. */
    private CommandOutput run(List<String> command, Map<String, String> extra, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().put("JUPYTER_RUNTIME_DIR", temp.resolve("runtime").toString());
        builder.environment().put("JUPYTER_DATA_DIR", temp.resolve("data").toString());
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        builder.environment().putAll(extra);
        return CommandOutput.run(builder, log, timeout);
    }
}
