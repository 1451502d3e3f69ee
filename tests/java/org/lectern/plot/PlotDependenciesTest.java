package org.lectern.plot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The figures depend on the libraries they draw with and nothing else of Lectern, so they land
 * and work apart from the model and training packages (and from the data package: they take arrays).
 */
class PlotDependenciesTest {
    static final ArchRule PLOT_USES_ONLY_ITS_LIBRARIES = classes().that().resideInAPackage("org.lectern.plot..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.knowm.xchart..",
                    "org.nd4j..", "tech.tablesaw..", "org.lectern.plot..", "org.lectern.display..",
                    "org.w3c.dom..")
            .because("figures take plain arrays, INDArrays and tables, so notebooks of every lecture can use them"
                    + " (org.w3c.dom: the JDK's own XML nodes, in which ImageIO describes GIF frames)");

    @Test
    void theMainClassesUseOnlyXChartNd4jTablesawAndTheDisplayApi() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lectern.plot");
        assertTrue(main.contain(Plots.class), "the main classes were not imported");
        PLOT_USES_ONLY_ITS_LIBRARIES.check(main);
    }

    @Test
    void theRuleCatchesAClassThatReachesIntoAnotherLecternPackage() {
        // The real-data preview test loads MNIST through org.lectern.data, which main classes may not.
        JavaClasses tests = new ClassFileImporter().importClasses(LectureFiguresPreviewTest.class);
        EvaluationResult result = PLOT_USES_ONLY_ITS_LIBRARIES.evaluate(tests);
        assertTrue(result.hasViolation(), "the rule misses a dependency on org.lectern.data");
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains("org.lectern.data.Mnist")),
                result.getFailureReport().getDetails().toString());
    }
}
