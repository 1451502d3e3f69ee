package org.lectern.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What a command printed and how it exited, for integration tests that start the launcher, Python scripts or
 * the kernel as separate processes.
 *
 * @param exit the exit status
 * @param text stdout and stderr together
 */
public record CommandOutput(int exit, String text) {
    /**
     * Starts {@code builder} with stdout and stderr going to {@code log} and waits for it; a command that runs past
     * {@code timeout} is killed with every process it started, and the test fails with what it printed.
     */
    public static CommandOutput run(ProcessBuilder builder, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(builder.command() + " ran longer than " + timeout + ":\n" + Files.readString(log));
        }
        return new CommandOutput(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
