package org.lectern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependencies point one way: the kernel knows only the display API, the display API knows only
 * the JDK, and the library never reaches into the kernel. Each rule is checked against the main
 * classes, and against deliberately bad classes compiled at test time into the real package
 * names, to prove that it catches a violation.
 */
class ArchitectureTest {
    static final ArchRule KERNEL_KNOWS_NO_LIBRARY = noClasses().that().resideInAPackage("org.lectern.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.knowm..",
                    "tech.tablesaw..")
            .because("the kernel renders any object through the display API and the library plugs in by ServiceLoader");

    static final ArchRule KERNEL_USES_ONLY_THE_DISPLAY_API = noClasses().that().resideInAPackage("org.lectern.kernel..")
            .should().dependOnClassesThat(resideInAPackage("org.lectern..")
                    .and(resideOutsideOfPackages("org.lectern.kernel..", "org.lectern.display..")))
            .because("the display API is the only part of Lectern the kernel and the library share");

    static final ArchRule DISPLAY_API_IS_JDK_ONLY = classes().that().resideInAPackage("org.lectern.display..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.lectern.display..")
            .because("both the kernel and the library depend on it, so it must drag in neither side's libraries");

    static final ArchRule LIBRARY_KNOWS_NO_KERNEL = noClasses().that().resideInAPackage("org.lectern..")
            .and().resideOutsideOfPackage("org.lectern.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lectern.kernel..", "org.dflib..")
            .because("the library must work in a plain Java program, without a kernel");

    private static final List<ArchRule> RULES = List.of(KERNEL_KNOWS_NO_LIBRARY, KERNEL_USES_ONLY_THE_DISPLAY_API,
            DISPLAY_API_IS_JDK_ONLY, LIBRARY_KNOWS_NO_KERNEL);

    /** Deliberate violations (and one well-behaved kernel class), by class name. */
    private static final Map<String, String> FIXTURES = Map.of(
            "org.lectern.kernel.fixture.KernelUsingTheLibrary", """
                    public class KernelUsingTheLibrary {
                        org.nd4j.linalg.api.ndarray.INDArray array;
                        org.knowm.xchart.XYChart chart;
                        org.lectern.render.LecternPlugin plugin;
                        org.lectern.display.MimeBundle allowed;
                    }""",
            "org.lectern.kernel.fixture.KernelUsingOnlyTheDisplayApi", """
                    public class KernelUsingOnlyTheDisplayApi {
                        org.lectern.display.Renderers renderers;
                        org.dflib.jjava.jupyter.kernel.BaseKernel base;
                        java.util.List<String> names;
                    }""",
            "org.lectern.display.fixture.DisplayUsingTablesaw", """
                    public class DisplayUsingTablesaw {
                        tech.tablesaw.api.Table table;
                        java.util.Map<String, Integer> allowed;
                    }""",
            "org.lectern.data.fixture.LibraryUsingTheKernel", """
                    public class LibraryUsingTheKernel {
                        org.lectern.kernel.execution.CellEvaluator evaluator;
                        org.dflib.jjava.jupyter.kernel.BaseKernel base;
                        org.lectern.display.MimeType allowed;
                    }""");

    private static JavaClasses fixtures;

    @BeforeAll
    static void compileTheFixtures(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new java.util.ArrayList<>(List.of("-proc:none", "-cp",
                System.getProperty("java.class.path"), "-d", classes.toString()));
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            String name = fixture.getKey();
            String packageName = name.substring(0, name.lastIndexOf('.'));
            Path file = sources.resolve(name.substring(name.lastIndexOf('.') + 1) + ".java");
            Files.writeString(file, "package " + packageName + ";\n" + fixture.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "the fixtures do not compile");
        fixtures = new ClassFileImporter().importPath(classes);
        assertEquals(FIXTURES.size(), fixtures.size());
    }

    @Test
    void theMainClassesFollowEveryRule() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lectern");
        assertTrue(main.contain(org.lectern.display.Display.class), "the main classes were not imported");
        for (ArchRule rule : RULES) {
            rule.check(main);
        }
    }

    @Test
    void theKernelMayNotUseTheLibrariesTheLibraryWraps() {
        List<String> details = violations(KERNEL_KNOWS_NO_LIBRARY);
        assertMentions(details, "KernelUsingTheLibrary", "org.nd4j.linalg.api.ndarray.INDArray");
        assertMentions(details, "KernelUsingTheLibrary", "org.knowm.xchart.XYChart");
        assertEquals(2, details.size(), details.toString());
    }

    @Test
    void theKernelMayUseNoLecternPackageButTheDisplayApi() {
        List<String> details = violations(KERNEL_USES_ONLY_THE_DISPLAY_API);
        assertMentions(details, "KernelUsingTheLibrary", "org.lectern.render.LecternPlugin");
        assertEquals(1, details.size(), details.toString());
    }

    @Test
    void theDisplayApiMayUseOnlyTheJdk() {
        List<String> details = violations(DISPLAY_API_IS_JDK_ONLY);
        assertMentions(details, "DisplayUsingTablesaw", "tech.tablesaw.api.Table");
        assertEquals(1, details.size(), details.toString());
    }

    @Test
    void theLibraryMayNotUseTheKernelOrItsProtocolBase() {
        List<String> details = violations(LIBRARY_KNOWS_NO_KERNEL);
        assertMentions(details, "LibraryUsingTheKernel", "org.lectern.kernel.execution.CellEvaluator");
        assertMentions(details, "LibraryUsingTheKernel", "org.dflib.jjava.jupyter.kernel.BaseKernel");
        assertEquals(2, details.size(), details.toString());
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), "the rule misses the deliberate violation: " + rule.getDescription());
        return result.getFailureReport().getDetails();
    }

    private static void assertMentions(List<String> details, String offender, String target) {
        assertTrue(details.stream().anyMatch(d -> d.contains(offender) && d.contains("<" + target + ">")),
                offender + " -> " + target + " not reported in " + details);
        assertFalse(details.stream().anyMatch(d -> d.contains("KernelUsingOnlyTheDisplayApi")),
                "a well-behaved class is reported: " + details);
    }
}
