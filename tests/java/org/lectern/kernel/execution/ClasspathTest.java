package org.lectern.kernel.execution;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.kernel.execution.CellTesting.failure;

class ClasspathTest {
    private static final String PROVIDER = """
            package demo;

            public class Greeter implements java.util.function.Supplier<String> {
                public String get() {
                    return "hello from a jar";
                }
            }
            """;

    @TempDir
    Path dir;

    private JShellEvaluator evaluator;

    @BeforeEach
    void start() {
        evaluator = JShellEvaluator.builder().workingDirectory(dir).build();
    }

    @AfterEach
    void stop() {
        evaluator.close();
    }

    private Path greeterJar() throws Exception {
        Path classes = TestJars.compile(dir.resolve("build"), Map.of("demo/Greeter.java", PROVIDER));
        return TestJars.jar(classes, Map.of("META-INF/services/java.util.function.Supplier", "demo.Greeter\n"),
                dir.resolve("lib/greeter.jar"));
    }

    @Test
    void nd4jLoadsInACell() throws Exception {
        Object zeros = evaluator.eval("org.nd4j.linalg.factory.Nd4j.zeros(2, 2)");
        INDArray array = assertInstanceOf(INDArray.class, zeros);
        assertArrayEquals(new long[] {2, 2}, array.shape());
        assertEquals(0.0, array.sumNumber().doubleValue());
    }

    @Test
    void aServiceLoaderInACellFindsAServiceFromAJarAddedAtRunTime() throws Exception {
        Path jar = greeterJar();
        String lookup = "ServiceLoader.load(java.util.function.Supplier.class).stream()\n"
                + "    .map(p -> String.valueOf(p.get().get())).filter(s -> s.contains(\"jar\")).findFirst().orElse(\"none\")";
        assertEquals("none", evaluator.eval(lookup));
        failure(CompilationException.class, evaluator, "new demo.Greeter()");

        evaluator.addToClasspath(List.of(jar));

        assertEquals("hello from a jar", evaluator.eval(lookup));
        assertEquals("hello from a jar", evaluator.eval("new demo.Greeter().get()"), "the compiler sees the jar too");
        assertEquals(List.of(jar.toAbsolutePath()), evaluator.addedClasspath());
    }

    @Test
    void listenersHearOfNewEntriesOnlyOnce() throws Exception {
        Path jar = greeterJar();
        List<List<Path>> heard = new ArrayList<>();
        evaluator.onClasspathAdded(heard::add);
        evaluator.addToClasspath(List.of(jar));
        evaluator.addToClasspath(List.of(jar));
        assertEquals(List.of(List.of(jar.toAbsolutePath())), heard);
        assertEquals("demo.Greeter", Class.forName("demo.Greeter", false, evaluator.classLoader()).getName());
    }

    @Test
    void aMissingEntryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.addToClasspath(List.of(dir.resolve("nope.jar"))));
        assertTrue(e.getMessage().contains("nope.jar") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void builderEntriesAreOnTheClassPathFromTheStart() throws Exception {
        Path jar = greeterJar();
        try (JShellEvaluator withJar = JShellEvaluator.builder().classpath(jar).build()) {
            assertEquals("hello from a jar", withJar.eval("new demo.Greeter().get()"));
            assertEquals(List.of(jar.toAbsolutePath()), withJar.addedClasspath());
        }
    }
}
