package org.lectern.kernel.execution;

import java.io.OutputStream;
import java.io.PrintStream;
import java.security.Permission;

/**
 * A security manager that refuses {@code System.exit} and {@code Runtime.halt} when cell code
 * (a class of JShell's {@code REPL} package) is on the stack, so a cell cannot kill the kernel.
 * Everything else is allowed at the cost of an empty method call. Works on Java 17 (installing
 * one makes Java print a deprecation warning, kept off stderr); where installing is refused (Java 18+ without
 * {@code -Djava.security.manager=allow}) the guard is skipped.
 */
final class ExitGuard extends SecurityManager {
    static final String MESSAGE =
            "System.exit is disabled in the notebook: restart the kernel from the Kernel menu instead";

    private ExitGuard() {
    }

    /** Installs the guard once per JVM; returns whether it is active. */
    @SuppressWarnings({"deprecation", "removal"})
    static synchronized boolean install() {
        SecurityManager current = System.getSecurityManager();
        if (current instanceof ExitGuard) {
            return true;
        }
        if (current != null) {
            return false;
        }
        // Java 17 prints a deprecation warning on System.err at every install; it is about this
        // deliberate use, so it is kept out of the notebook server's log and the test output.
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            System.setSecurityManager(new ExitGuard());
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        } finally {
            System.setErr(err);
        }
    }

    @Override
    public void checkExit(int status) {
        for (Class<?> caller : getClassContext()) {
            if (caller.getName().startsWith("REPL.")) {
                throw new SecurityException(MESSAGE);
            }
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        // Allowed: only exit is guarded.
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        // Allowed: only exit is guarded.
    }

    @Override
    public void checkPackageAccess(String pkg) {
        // Allowed, and cheaper than the default, which runs on every class load.
    }

    @Override
    public void checkPackageDefinition(String pkg) {
        // Allowed.
    }

    @Override
    public void checkAccess(Thread thread) {
        // Allowed.
    }

    @Override
    public void checkAccess(ThreadGroup group) {
        // Allowed.
    }
}
