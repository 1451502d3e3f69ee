package org.lectern.kernel.magic;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.kernel.execution.CellEvaluator;
import org.lectern.kernel.execution.CellException;
import org.lectern.kernel.execution.CellInterruptedException;
import org.lectern.kernel.execution.CellTesting;
import org.lectern.kernel.execution.CellTesting.Printed;
import org.lectern.kernel.execution.CompilationException;
import org.lectern.kernel.execution.EvaluationException;
import org.lectern.kernel.execution.JShellEvaluator;
import org.lectern.kernel.execution.MagicFailedException;
import org.lectern.kernel.execution.TestJars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.kernel.execution.CellTesting.failure;
import static org.lectern.kernel.execution.CellTesting.plain;
import static org.lectern.kernel.execution.CellTesting.printed;

/** Every standard magic, used from cells the way a notebook user writes them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MagicsInCellsTest {
    private static final String WALL_TIME = "Wall time: \\d+(\\.\\d+)? (ns|µs|ms|s)\n";

    private Path dir;

    private JShellEvaluator evaluator;
    private final List<List<Path>> classpathEvents = new ArrayList<>();
    private final CountDownLatch blockingMagicStarted = new CountDownLatch(1);

    @BeforeAll
    void start(@TempDir Path tempDir) {
        dir = tempDir;
        evaluator = JShellEvaluator.builder()
                .workingDirectory(dir)
                .lineMagic("shout", (context, args) -> args.toUpperCase())
                .lineMagic("block", (context, args) -> {
                    blockingMagicStarted.countDown();
                    Thread.sleep(60_000);
                    return MagicContext.NO_VALUE;
                })
                .build();
        evaluator.onClasspathAdded(classpathEvents::add);
    }

    @AfterAll
    void stop() {
        evaluator.close();
    }

    private Printed<Object> run(String cell) throws Exception {
        return printed(() -> evaluator.eval(cell));
    }

    @Test
    void lsmagicListsLineAndCellMagics() throws Exception {
        Printed<Object> out = run("%lsmagic");
        assertEquals("Available line magics:\n%block  %classpath  %jars  %load  %lsmagic  %maven  %shout  %time\n\n"
                + "Available cell magics:\n%%time\n", out.out());
        assertSame(CellEvaluator.NO_VALUE, out.value());
    }

    @Test
    void anUnknownMagicIsNamedWithTheKnownOnes() {
        MagicFailedException line = failure(MagicFailedException.class, evaluator, "int a = 1;\n%mavne g:a:1");
        assertEquals("MagicError", line.errorName());
        assertEquals("Unknown line magic %mavne. Line magics: %block, %classpath, %jars, %load, %lsmagic, %maven,"
                + " %shout, %time; cell magics: %%time.", line.errorValue());
        assertEquals("MagicError: " + line.errorValue(), plain(line));
        MagicFailedException cell = failure(MagicFailedException.class, evaluator, "%%bash\nls");
        assertTrue(cell.errorValue().startsWith("Unknown cell magic %%bash."), cell.errorValue());
        MagicFailedException misplaced = failure(MagicFailedException.class, evaluator, "int b = 1;\n%%time\nb");
        assertEquals("Cell magic %%time must be on the first line of the cell", misplaced.errorValue());
    }

    @Test
    void magicsAndJavaRunInOrderAndTheLastValueIsReturned() throws Exception {
        assertEquals("HELLO", evaluator.eval("String word = \"hello\";\n%shout hello"));
        assertEquals(5, evaluator.eval("%shout ignored\nword.length()"));
    }

    @Test
    void timeRunsTheStatementPrintsWallTimeAndReturnsItsValue() throws Exception {
        Printed<Object> out = run("%time Math.max(3, 7)");
        assertEquals(7, out.value());
        assertTrue(out.out().matches(WALL_TIME), out.out());
        Printed<Object> sleep = run("%time Thread.sleep(120)");
        Matcher shown = Pattern.compile("Wall time: (\\d+(?:\\.\\d+)?) (ms|s)\n").matcher(sleep.out());
        assertTrue(shown.matches(), sleep.out());
        double millis = Double.parseDouble(shown.group(1)) * (shown.group(2).equals("s") ? 1000 : 1);
        assertTrue(millis >= 120 && millis < 10_000, sleep.out());
    }

    @Test
    void cellTimeRunsTheWholeCellAfterItsOwnOutput() throws Exception {
        Printed<Object> out = run("%%time\nint q = 6;\nSystem.out.println(\"working\");\nq * 7");
        assertEquals(42, out.value());
        assertTrue(out.out().matches("working\n" + WALL_TIME), out.out());
    }

    @Test
    void errorsInTimedCodeAreTheCellsOwnWithCellLines() {
        CompilationException e = failure(CompilationException.class, evaluator, "%%time\nint ok = 1;\nint bad = nope;");
        assertTrue(e.errorValue().startsWith("cell line 3, column 11: cannot find symbol"), e.errorValue());
        CompilationException line = failure(CompilationException.class, evaluator, "int x1 = 1;\n%time   x1 + nope");
        assertTrue(line.errorValue().startsWith("cell line 2, column 14: cannot find symbol"), line.errorValue());
    }

    @Test
    void timeMisuseIsExplained() {
        assertEquals("%time needs a statement to time, e.g. %time Thread.sleep(100)",
                failure(MagicFailedException.class, evaluator, "%time").errorValue());
        assertEquals("%%time takes no arguments (found 'fast'); put the code below it",
                failure(MagicFailedException.class, evaluator, "%%time fast\n1").errorValue());
    }

    @Test
    void loadRunsAScriptAndErrorsNameTheFileLine() throws Exception {
        Files.writeString(dir.resolve("helpers.jsh"), "int square(int n) {\n    return n * n;\n}\n"
                + "void explode() {\n    throw new IllegalStateException(\"from helpers\");\n}\n");
        assertSame(CellEvaluator.NO_VALUE, evaluator.eval("%load helpers.jsh"));
        assertEquals(49, evaluator.eval("square(7)"));
        EvaluationException e = failure(EvaluationException.class, evaluator, "explode()");
        assertTrue(plain(e).contains("at explode (helpers.jsh line 5)"), plain(e));
        Files.writeString(dir.resolve("broken.jsh"), "int fine = 1;\nint broken = missing;\n");
        CompilationException compile = failure(CompilationException.class, evaluator, "%load broken.jsh");
        assertTrue(compile.errorValue().startsWith("broken.jsh line 2, column 14: cannot find symbol"),
                compile.errorValue());
    }

    @Test
    void loadSkipsThePackageLineOfAJavaFile() throws Exception {
        Files.writeString(dir.resolve("Vec.java"), "package demo.math;\n\npublic record Vec(double x, double y) {\n"
                + "    double length() { return Math.hypot(x, y); }\n}\n");
        evaluator.eval("%load Vec.java");
        assertEquals(5.0, evaluator.eval("new Vec(3, 4).length()"));
        assertEquals("No such file: nothing.jsh", failure(MagicFailedException.class, evaluator, "%load nothing.jsh")
                .errorValue().replaceAll("^%load: no such file: (\\S+).*", "No such file: $1"));
    }

    @Test
    void classpathAddsADirectoryOfClassesAndJarsAddsJars() throws Exception {
        Path classes = TestJars.compile(dir.resolve("tools"),
                Map.of("tools/Adder.java", "package tools; public class Adder { public static int add(int a, int b) { return a + b; } }"));
        failure(CompilationException.class, evaluator, "tools.Adder.add(1, 2)");
        Printed<Object> out = run("%classpath tools/classes");
        assertEquals("Added to the class path: classes\n", out.out());
        assertEquals(3, evaluator.eval("tools.Adder.add(1, 2)"));

        Path more = TestJars.compile(dir.resolve("more"),
                Map.of("more/Twice.java", "package more; public class Twice { public static int of(int a) { return 2 * a; } }"));
        TestJars.jar(more, Map.of(), dir.resolve("jars/twice.jar"));
        Files.writeString(dir.resolve("jars/README.txt"), "not a jar");
        assertEquals("Added to the class path: twice.jar\n", run("%jars jars").out());
        assertEquals(8, evaluator.eval("more.Twice.of(4)"));
        assertTrue(classpathEvents.contains(List.of(classes)), classpathEvents.toString());
        assertTrue(classpathEvents.contains(List.of(dir.resolve("jars/twice.jar"))), classpathEvents.toString());
    }

    @Test
    void classpathMisuseIsExplained() {
        assertEquals("%classpath needs at least one jar, directory or glob, e.g. %classpath lib/*.jar",
                failure(MagicFailedException.class, evaluator, "%classpath").errorValue());
        assertTrue(failure(MagicFailedException.class, evaluator, "%classpath nowhere/*.jar").errorValue()
                .startsWith("Nothing matches nowhere/*.jar"));
        assertTrue(failure(MagicFailedException.class, evaluator, "%jars missing.jar").errorValue()
                .startsWith("No such file or directory: missing.jar"));
    }

    @Test
    void mavenResolvesArtifactsWithTheirDependenciesOntoTheClassPath() throws Exception {
        Printed<Object> out = run("%maven org.apache.commons:commons-lang3:3.11 org.slf4j:slf4j-simple:2.0.16");
        assertTrue(out.out().startsWith("Added to the class path: "), out.out());
        List<String> names = evaluator.addedClasspath().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("commons-lang3-3.11.jar", "slf4j-simple-2.0.16.jar", "slf4j-api-2.0.16.jar")),
                "the artifacts and slf4j-simple's own dependency: " + names);
        assertEquals("Lectern", evaluator.eval("org.apache.commons.lang3.StringUtils.capitalize(\"lectern\")"));
    }

    @Test
    void mavenMisuseIsExplained() {
        assertTrue(failure(MagicFailedException.class, evaluator, "%maven commons-lang3").errorValue()
                .startsWith("Bad Maven coordinate 'commons-lang3'"));
        assertEquals("Unknown %maven option -U; the only option is -o (--offline)",
                failure(MagicFailedException.class, evaluator, "%maven -U g:a:1").errorValue());
        MagicFailedException missing = failure(MagicFailedException.class, evaluator,
                "%maven -o org.lectern.nonexistent:nothing-here:0.0.1");
        assertTrue(missing.errorValue().startsWith("%maven could not resolve org.lectern.nonexistent:nothing-here:0.0.1: "),
                missing.errorValue());
    }

    @Test
    void aBlockingMagicIsInterrupted() throws Exception {
        CompletableFuture<CellException> running = CompletableFuture.supplyAsync(() -> {
            try {
                evaluator.eval("%block");
                return null;
            } catch (CellException e) {
                return e;
            }
        });
        assertTrue(blockingMagicStarted.await(20, TimeUnit.SECONDS));
        evaluator.interrupt();
        assertInstanceOf(CellInterruptedException.class, running.get(5, TimeUnit.SECONDS));
        assertEquals(2, evaluator.eval("1 + 1"));
    }

    @Test
    void magicOutputGoesToSystemOut() throws Exception {
        assertTrue(CellTesting.printed(() -> evaluator.eval("%lsmagic")).out().contains("%%time"));
    }
}
