package org.lectern.kernel;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** Base of the in-process protocol tests: a kernel over a {@link ScriptedEvaluator}, closed after each test. */
abstract class ScriptedKernelTestCase {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    final ScriptedEvaluator evaluator = new ScriptedEvaluator();
    TestKernel kernel;

    @AfterEach
    void stop() throws InterruptedException {
        if (kernel != null) {
            kernel.close();
        }
    }

    /** Starts the kernel over {@link #evaluator} and returns its connected client. */
    KernelClient start() {
        kernel = TestKernel.start(evaluator);
        return kernel.client;
    }
}
