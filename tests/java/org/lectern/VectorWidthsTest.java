package org.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.CommandOutput;
import org.lectern.testing.WidthCheck;

/**
 * The Vector API kernels (Gaussian noise, the lean engine's kernels) at every vector width HotSpot
 * can be told to use, on whatever x86-64 CPU runs the tests: child JVMs ({@link VectorWidthChild})
 * with no flags (the CPU's own width, 512 bits with AVX-512), {@code -XX:UseAVX=2} (256 bits, an AVX2
 * CPU), {@code -XX:UseAVX=0} (128 bits, a CPU without AVX) and {@code -XX:MaxVectorSize=8} (64 bits).
 * Each must use its own width (a hard-coded 512-bit species fails here), pick the vector
 * implementations, run them compiled, agree with the plain-Java paths within what the code promises,
 * and give the same bits as the other widths where the code promises that.
 */
class VectorWidthsTest {
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(150);
    private static final String WARM_UP_SECONDS = "90";

    private record Child(String flags, Map<String, String> facts, List<WidthCheck> checks) {
        int floats() {
            return Integer.parseInt(facts.get("floats"));
        }
    }

    @Test
    void everyVectorKernelRunsAtEachWidthAndAgreesWithThePlainJavaPath(@TempDir Path dir) throws Exception {
        List<Child> children = new ArrayList<>();
        for (String flags : List.of("", "-XX:UseAVX=2", "-XX:UseAVX=0", "-XX:MaxVectorSize=8")) {
            children.add(run(flags, dir));
        }
        int own = children.get(0).floats();
        assertEquals(FloatVector.SPECIES_PREFERRED.length(), own, "no flags: this JVM's own width");
        assertEquals(Math.min(own, 8), children.get(1).floats(), "-XX:UseAVX=2: 256-bit vectors, as on an AVX2 CPU");
        assertEquals(4, children.get(2).floats(), "-XX:UseAVX=0: 128-bit vectors, as on a CPU without AVX");
        assertEquals(2, children.get(3).floats(), "-XX:MaxVectorSize=8: 64-bit vectors");
        for (Child child : children) {
            String where = "child JVM with flags '" + child.flags() + "'";
            Map<String, String> facts = child.facts();
            assertEquals("VectorGaussianFill", facts.get("noise"), where + ": the noise pass picked");
            assertEquals("VectorKernels", facts.get("kernels"), where + ": the lean engine's kernels picked");
            assertEquals(String.valueOf(child.floats()), facts.get("kernels-lanes"), where + ": the kernels' lanes");
            assertEquals(String.valueOf(Math.min(16, child.floats())), facts.get("noise-lanes"),
                    where + ": the noise pass's lanes (at most a block's 16 pairs)");
            for (String method : VectorWidthChild.HOT) {
                assertEquals("true", facts.get(method), where + ": " + method + " compiled by C2 before the checks");
            }
            assertEquals(children.get(0).checks().size(), child.checks().size(), where + ": every check ran");
            for (WidthCheck check : child.checks()) {
                assertTrue(check.passed(), where + ": " + check.line()
                        + " (worst: in units of the promised tolerance)");
            }
        }
        for (int i = 0; i < children.get(0).checks().size(); i++) {
            WidthCheck widest = children.get(0).checks().get(i);
            for (Child child : children.subList(1, children.size())) {
                WidthCheck narrower = child.checks().get(i);
                assertEquals(widest.name(), narrower.name());
                assertEquals(widest.scalar(), narrower.scalar(),
                        widest.name() + ": the plain-Java path at every width");
                assertEquals(widest.vector(), narrower.vector(), widest.name() + ": the vector path's bits at "
                        + widest.lanes() + " and " + narrower.lanes() + " lanes");
            }
        }
        TreeSet<Integer> widths = new TreeSet<>();
        children.forEach(child -> widths.add(child.floats()));
        assertTrue(widths.size() >= 2, "different widths compared: " + widths);
    }

    /** Runs {@link VectorWidthChild} with {@code flags} and reads what it printed. */
    private static Child run(String flags, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-Xmx512m"));
        if (!flags.isEmpty()) {
            command.add(flags);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), VectorWidthChild.class.getName(),
                WARM_UP_SECONDS));
        CommandOutput output = CommandOutput.run(new ProcessBuilder(command),
                dir.resolve("child" + flags.replace(':', '_') + ".log"), CHILD_TIMEOUT);
        assertEquals(0, output.exit(), flags + ":\n" + output.text());
        Map<String, String> facts = new LinkedHashMap<>();
        List<WidthCheck> checks = new ArrayList<>();
        for (String line : output.text().split("\n")) {
            String[] fields = line.split(" ");
            switch (fields[0]) {
                case "preferred" -> facts.put("floats", fields[1].substring("floats=".length()));
                case "picked" -> {
                    facts.put("noise", fields[1].substring("noise=".length()));
                    facts.put("kernels", fields[2].substring("kernels=".length()));
                }
                case "lanes" -> {
                    facts.put("noise-lanes", fields[1].substring("noise=".length()));
                    facts.put("kernels-lanes", fields[2].substring("kernels=".length()));
                }
                case "compiled" -> facts.put(fields[1], fields[2]);
                case "check" -> checks.add(WidthCheck.parse(line));
                default -> {
                    // JVM warnings, such as the incubator module's
                }
            }
        }
        assertTrue(facts.containsKey("floats") && !checks.isEmpty(), flags + ": the child printed no report:\n"
                + output.text());
        return new Child(flags, facts, checks);
    }
}
