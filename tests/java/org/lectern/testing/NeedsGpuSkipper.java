package org.lectern.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.lectern.gpu.GpuUnavailableError;
import org.lectern.gpu.Nd4jGuard;
import org.opentest4j.TestAbortedException;

/**
 * Lets the CUDA build's unit tests run on a machine without a usable GPU ({@code mvn -Pcuda test} here):
 * installs {@link Nd4jGuard} before any test, so ND4J fails with the reason instead of loading CUDA, and
 * turns exactly that failure, wherever it surfaces (a test class's constructor or static fields, a
 * {@code @BeforeAll}, a test), into a skipped test that says why. Tests that need no device run and must
 * pass. On the CPU build, or with a usable GPU, it changes nothing. Registered for every test class through
 * JUnit's extension autodetection (tests/resources/junit-platform.properties).
 */
public final class NeedsGpuSkipper implements InvocationInterceptor {
    private static final Optional<String> PROBLEM = Nd4jGuard.installIfNeeded();
    private static final String ND4J_UNUSABLE = "Could not initialize class org.nd4j.";

    /** Creates the extension; JUnit calls this. */
    public NeedsGpuSkipper() {
    }

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation, ReflectiveInvocationContext<Constructor<T>> call,
                                               ExtensionContext context) throws Throwable {
        return proceed(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable {
        proceed(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                          ExtensionContext context) throws Throwable {
        proceed(invocation);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        proceed(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        proceed(invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        return proceed(invocation);
    }

    private static <T> T proceed(Invocation<T> invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (Throwable thrown) {
            throw skipIfNeedsGpu(thrown);
        }
    }

    /** Returns a skip naming the GPU problem if {@code thrown} comes from the guard, else {@code thrown} itself. */
    static Throwable skipIfNeedsGpu(Throwable thrown) {
        if (PROBLEM.isEmpty()) {
            return thrown;
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            // After the first failure ND4J's classes are unusable, and later uses name the guard's error only in text.
            String message = String.valueOf(t.getMessage());
            if (t instanceof GpuUnavailableError || message.contains(GpuUnavailableError.class.getName())
                    || message.contains(ND4J_UNUSABLE)) {
                return new TestAbortedException("needs a GPU: " + PROBLEM.get());
            }
        }
        return thrown;
    }
}
