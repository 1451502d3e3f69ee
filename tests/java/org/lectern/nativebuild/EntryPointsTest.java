package org.lectern.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lectern.render.LecternPlugin;

/**
 * Every process entry point that can reach ND4J or JavaCPP picks the native build first: otherwise
 * JavaCPP would load the AVX-512 build, which stops a CPU without AVX-512 with an illegal instruction.
 */
class EntryPointsTest {
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lectern");

    private static boolean selects(JavaCodeUnit code) {
        return code.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().isEquivalentTo(NativeBuildSelector.class)
                && call.getName().equals("select"));
    }

    private static boolean reachesNativeCode(JavaClass main) {
        return main.getTransitiveDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getPackageName()
                .matches("org\\.(nd4j|deeplearning4j|bytedeco)(\\..*)?"));
    }

    @Test
    void everyMainThatCanReachNd4jSelectsTheBuildFirst() {
        List<String> reaching = MAIN_CLASSES.stream().filter(c -> c.tryGetMethod("main", String[].class).isPresent())
                .filter(EntryPointsTest::reachesNativeCode).map(JavaClass::getName).sorted().toList();
        assertTrue(reaching.containsAll(List.of("org.lectern.bench.Bench", "org.lectern.bench.WorkerMain",
                "org.lectern.launcher.Doctor")), "the analysis missed a known entry point: " + reaching);
        for (String name : reaching) {
            if (name.equals(NativeBuildSelector.class.getName())) {
                continue;
            }
            Optional<JavaMethod> main = MAIN_CLASSES.get(name).tryGetMethod("main", String[].class);
            assertTrue(selects(main.orElseThrow()), name + ".main must call NativeBuildSelector.select() before anything else");
        }
    }

    @Test
    void theKernelSelectsThroughItsPluginWhichItLoadsBeforeAnyCell() {
        // The kernel may not depend on the library (ArchitectureTest), so it cannot reach ND4J by itself ...
        assertFalse(reachesNativeCode(MAIN_CLASSES.get("org.lectern.kernel.KernelMain")));
        // ... and the library's plugin, which the kernel loads when it starts, selects in its constructor.
        JavaClass plugin = MAIN_CLASSES.get(LecternPlugin.class);
        assertEquals(1, plugin.getConstructors().size());
        assertTrue(selects(plugin.getConstructors().iterator().next()));
    }
}
