package org.lectern.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.lectern.gpu.GpuUnavailableError;
import org.lectern.gpu.Nd4jGuard;
import org.opentest4j.TestAbortedException;

/**
 * Lets the CUDA build's unit tests run on a machine without a usable GPU ({@code mvn -Pcuda test} here):
 * installs {@link Nd4jGuard} before any test, so ND4J fails with the reason instead of loading CUDA, and
 * turns exactly that failure, wherever it surfaces (a test class's static fields or constructor, a
 * {@code @MethodSource}, a before or after method, a test), into a skipped test that says why. Tests that need no device run and must
 * pass. On the CPU build, or with a usable GPU, it changes nothing. Registered for every test class through
 * JUnit's extension autodetection (tests/resources/junit-platform.properties).
 */
public final class NeedsGpuSkipper implements InvocationInterceptor, ExecutionCondition {
    private static final Optional<String> PROBLEM = Nd4jGuard.installIfNeeded();
    private static final String ND4J_UNUSABLE = "Could not initialize class org.nd4j.";

    /** Creates the extension; JUnit calls this. */
    public NeedsGpuSkipper() {
    }

    /**
     * Runs, before JUnit does, what fails outside any interceptable call: a test class's static initialiser
     * and the factories of {@code @MethodSource} arguments.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PROBLEM.isEmpty() || context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("");
        }
        Class<?> testClass = context.getTestClass().get();
        try {
            Class.forName(testClass.getName(), true, testClass.getClassLoader());
            MethodSource source = context.getTestMethod().map(m -> m.getAnnotation(MethodSource.class)).orElse(null);
            if (source != null) {
                for (String factory : source.value().length == 0 ? new String[] {context.getTestMethod().get().getName()}
                        : source.value()) {
                    if (!factory.contains("#")) {
                        Method method = testClass.getDeclaredMethod(factory);
                        method.setAccessible(true);
                        method.invoke(null);
                    }
                }
            }
        } catch (InvocationTargetException e) {
            return judge(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ConditionEvaluationResult.enabled("");
        } catch (Error e) {
            return judge(e);
        }
        return ConditionEvaluationResult.enabled("");
    }

    private static ConditionEvaluationResult judge(Throwable thrown) {
        return skipIfNeedsGpu(thrown) instanceof TestAbortedException skip ? ConditionEvaluationResult.disabled(skip.getMessage())
                : ConditionEvaluationResult.enabled("");
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

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                         ExtensionContext context) throws Throwable {
        proceed(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                        ExtensionContext context) throws Throwable {
        proceed(invocation);
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
