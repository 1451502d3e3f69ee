package org.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.display.MimeType;
import org.lectern.display.NotebookPlugins;
import org.lectern.display.Renderers;
import org.lectern.testing.BuildUnderTest;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LecternPluginTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void theStandardRegistryFindsThePluginThroughServiceLoader() {
        assertTrue(NotebookPlugins.load(loader).stream().anyMatch(LecternPlugin.class::isInstance));
        Renderers renderers = Renderers.standard(loader);
        assertTrue(renderers.render(Table.create("t", IntColumn.create("x", 1))).has(MimeType.HTML));
    }

    @Test
    void theBannerNamesTheBackendOfThisBuildByItsArtifact() {
        Nd4jBackends.Backend backend = BuildUnderTest.isCuda()
                ? new Nd4jBackends.Backend("org.nd4j.linalg.jcublas.JCublasBackend", "nd4j-cuda-11.6")
                : new Nd4jBackends.Backend("org.nd4j.linalg.cpu.nativecpu.CpuBackend", "nd4j-native");
        assertEquals(List.of(backend), Nd4jBackends.providers(loader));
        List<String> expected = new java.util.ArrayList<>(List.of("ND4J backend: " + backend.describe()));
        BuildUnderTest.gpuBannerLine().ifPresent(expected::add);
        assertEquals(expected, new LecternPlugin().bannerLines());
    }

    @Test
    void theBannerLineNamesEachBackendFromItsJar() {
        Nd4jBackends.Backend cuda = new Nd4jBackends.Backend("org.nd4j.linalg.jcublas.JCublasBackend", "nd4j-cuda-11.6");
        Nd4jBackends.Backend cpu = new Nd4jBackends.Backend("org.nd4j.linalg.cpu.nativecpu.CpuBackend", "nd4j-native");
        assertEquals("ND4J backend: nd4j-cuda-11.6 (JCublasBackend)", Nd4jBackends.bannerLine(List.of(cuda)));
        assertEquals("ND4J backends: nd4j-cuda-11.6 (JCublasBackend), nd4j-native (CpuBackend) (ND4J uses the first that works on this machine)",
                Nd4jBackends.bannerLine(List.of(cuda, cpu)));
        assertEquals("ND4J backend: AuroraBackend",
                Nd4jBackends.bannerLine(List.of(new Nd4jBackends.Backend("org.nd4j.aurora.AuroraBackend", null))));
        assertEquals("ND4J backend: none on the class path (rebuild with ./lectern setup)", Nd4jBackends.bannerLine(List.of()));
    }

    @Test
    void aClassOutsideAVersionedJarHasNoArtifact() {
        assertEquals(null, Nd4jBackends.artifactOf(LecternPlugin.class));
        assertEquals("tablesaw-core", Nd4jBackends.artifactOf(Table.class));
    }

    @Test
    void aListedBackendThatCannotLoadGivesABannerLineInsteadOfAnError(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.nd4j.linalg.factory.Nd4jBackend"), "org.example.MissingBackend\n");
        try (URLClassLoader withBrokenEntry = new URLClassLoader(new URL[] {dir.toUri().toURL()}, loader)) {
            String line = Nd4jBackends.bannerLine(withBrokenEntry);
            assertTrue(line.startsWith("ND4J backend: unknown, a listed backend cannot be loaded ("), line);
            assertTrue(line.contains("org.example.MissingBackend"), line);
        }
    }

    @Test
    void importTargetsAreCheckedAgainstTheClassPath() {
        assertTrue(DefaultImports.exists(loader, "org.lectern.display.*"));
        assertTrue(DefaultImports.exists(loader, "org.knowm.xchart.style.*"));
        assertTrue(DefaultImports.exists(loader, "static org.lectern.display.Display.*"));
        assertTrue(DefaultImports.exists(loader, "static org.lectern.display.Display.display"));
        assertTrue(DefaultImports.exists(loader, "org.nd4j.linalg.factory.Nd4j"));
        assertFalse(DefaultImports.exists(loader, "org.lectern.nosuchpackage.*"));
        assertFalse(DefaultImports.exists(loader, "org.nd4j.linalg.factory.NoSuchClass"));
        assertFalse(DefaultImports.exists(loader, "static org.lectern.display.NoSuchClass.*"));
    }

    @Test
    void theImportsAreTheWantedOnesThatExist() {
        List<String> imports = new LecternPlugin().imports();
        assertEquals(DefaultImports.WANTED.stream().filter(t -> DefaultImports.exists(loader, t)).toList(), imports);
        assertTrue(imports.containsAll(List.of("org.lectern.display.*", "static org.lectern.display.Display.*",
                "org.knowm.xchart.*", "org.knowm.xchart.style.*", "tech.tablesaw.api.*",
                "org.nd4j.linalg.factory.Nd4j", "org.nd4j.linalg.api.ndarray.INDArray",
                "org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction")), imports.toString());
    }

    @Test
    void everyDefaultImportCompilesInJShellWhereAMissingPackageWouldNot() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String target : new LecternPlugin().imports()) {
                assertValid(shell, "import " + target + ";");
            }
            assertValid(shell, "Class<?>[] lecture = {Autoencoder.class, Trainer.class, Plots.class, Lecture.class,"
                    + " Mnist.class, Activation.class, Sgd.class, LossFunction.class};");
            assertValid(shell, "Class<?>[] types = {XYChart.class, Styler.class, Table.class, INDArray.class,"
                    + " Nd4j.class, Progress.class, MimeType.class};");
            assertValid(shell, "java.util.function.Function<Object, String> show = Display::display;");

            List<SnippetEvent> missing = shell.eval("import org.lectern.nosuchpackage.*;");
            assertEquals(Snippet.Status.REJECTED, missing.get(0).status());
        }
    }

    private static void assertValid(JShell shell, String source) {
        SnippetEvent event = shell.eval(source).get(0);
        String diagnostics = shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList().toString();
        assertEquals(Snippet.Status.VALID, event.status(), source + " " + diagnostics);
    }
}
