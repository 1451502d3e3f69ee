package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** SIGINT interrupts the running cell instead of ending the JVM. */
class InterruptSignalTest {
    @AfterEach
    void restoreDefault() {
        Signal.handle(new Signal("INT"), SignalHandler.SIG_DFL);
    }

    @Test
    void sigintRunsTheInterrupt() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        assertTrue(InterruptSignal.install(interrupted::countDown));

        // Without the handler this would end the test JVM.
        Signal.raise(new Signal("INT"));

        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "SIGINT did not reach the interrupt");
    }
}
