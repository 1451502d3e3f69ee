package org.lectern;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.management.JMException;
import javax.management.ObjectName;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import org.lectern.data.NoiseAtWidth;
import org.lectern.nn.lean.KernelsAtWidth;
import org.lectern.testing.WidthCheck;

/**
 * Run by {@link VectorWidthsTest} in a child JVM whose vector width its flags set: prints the
 * preferred species, the implementations picked and the lanes they use; runs the Vector API kernels
 * until the JIT has compiled each of them with its intrinsics (C2, level 4; uncompiled, the Vector
 * API runs a plain-Java emulation that would prove nothing about the width), prints which are
 * compiled, then one line per check of a kernel against its plain-Java path ({@link WidthCheck#line()}).
 */
public final class VectorWidthChild {
    /** The methods that must run compiled when checked. */
    static final List<String> HOT = List.of("org.lectern.data.VectorGaussianFill.fill",
            "org.lectern.nn.lean.VectorKernels.biasActivation",
            "org.lectern.nn.lean.VectorKernels.squaredErrorGradient",
            "org.lectern.nn.lean.VectorKernels.squaredError", "org.lectern.nn.lean.VectorKernels.sumAbs",
            "org.lectern.nn.lean.VectorKernels.activationGradient", "org.lectern.nn.lean.VectorKernels.columnSums");

    private VectorWidthChild() {
    }

    /** {@code args[0]}: the most seconds to warm up for before checking whatever is compiled by then. */
    public static void main(String[] args) throws JMException {
        long deadline = System.nanoTime() + (long) (Double.parseDouble(args[0]) * 1e9);
        System.out.println("preferred floats=" + FloatVector.SPECIES_PREFERRED.length() + " ints="
                + IntVector.SPECIES_PREFERRED.length());
        System.out.println("picked noise=" + NoiseAtWidth.pass() + " kernels=" + KernelsAtWidth.picked());
        System.out.println("lanes noise=" + NoiseAtWidth.lanes() + " kernels=" + KernelsAtWidth.lanes());
        long started = System.nanoTime();
        Set<String> compiled = compiled();
        while (!compiled.containsAll(HOT) && System.nanoTime() < deadline) {
            NoiseAtWidth.warmUp(100);
            KernelsAtWidth.warmUp(100);
            compiled = compiled();
        }
        for (String method : HOT) {
            System.out.println("compiled " + method + " " + compiled.contains(method));
        }
        System.out.printf("warm-up seconds %.2f%n", (System.nanoTime() - started) / 1e9);
        for (WidthCheck check : NoiseAtWidth.run()) {
            System.out.println(check.line());
        }
        for (WidthCheck check : KernelsAtWidth.run()) {
            System.out.println(check.line());
        }
    }

    /** Returns the methods whose C2 code (level 4, in use) is in the code cache: {@code jcmd Compiler.codelist}. */
    private static Set<String> compiled() throws JMException {
        String list = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerCodelist", new Object[] {null},
                new String[] {String[].class.getName()});
        Set<String> methods = new TreeSet<>();
        // Each line: compile id, level, state (0: in use), method with its signature, addresses.
        for (String line : list.split("\n")) {
            String[] fields = line.split(" ");
            if (fields.length > 3 && fields[1].equals("4") && fields[2].equals("0")) {
                methods.add(fields[3].substring(0, Math.max(0, fields[3].indexOf('('))));
            }
        }
        return methods;
    }
}
