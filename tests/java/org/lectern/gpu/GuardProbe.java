package org.lectern.gpu;

import org.nd4j.linalg.factory.Nd4j;

/** Run by {@link Nd4jGuardTest} in a fresh JVM: installs the guard, then uses ND4J as a notebook cell would. */
final class GuardProbe {
    private GuardProbe() {
    }

    public static void main(String[] args) {
        Nd4jGuard.install(args[0]);
        try {
            Nd4j.create(1);
            System.out.println("ND4J started");
        } catch (Throwable e) {
            System.out.println("thrown=" + e.getClass().getName());
            System.out.println("message=" + e.getMessage());
            System.out.println("frames=" + e.getStackTrace().length);
            System.out.println("cause=" + e.getCause());
        }
    }
}
