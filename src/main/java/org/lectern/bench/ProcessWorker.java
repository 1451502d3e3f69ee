package org.lectern.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A worker in its own process: commands go to its stdin, {@link ProtocolLine}s come back on its
 * stdout, its stderr goes to a log file. Its memory is read from {@code /proc/<pid>/status}, the
 * same way for both sides, while it waits for the next command.
 */
final class ProcessWorker implements Worker {
    private static final int KEPT_LINES = 20;

    private final String name;
    private final Process process;
    private final BufferedReader output;
    private final Writer commands;
    private final Path log;
    private final Deque<String> otherOutput = new ArrayDeque<>();
    private final ProtocolLine ready;

    private ProcessWorker(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.ready = await("ready");
    }

    /**
     * Starts the command and waits for its {@code ready} line.
     *
     * @param name        how messages name the worker, e.g. {@code ae-b1000 on PyTorch}
     * @param environment variables added to this process's environment
     * @param log         where the worker's stderr goes
     * @throws IllegalStateException if the worker ends or answers something else before it is ready
     */
    static ProcessWorker start(String name, List<String> command, Map<String, String> environment, Path directory,
                               Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            return new ProcessWorker(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    @Override
    public ProtocolLine ready() {
        return ready;
    }

    @Override
    public ProtocolLine epoch() {
        send("epoch");
        return await("epoch");
    }

    @Override
    public ProcStatus memory() {
        return ProcStatus.of(process.pid());
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                send("quit");
                await("done");
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private void send(String command) {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw failure("stopped taking commands (" + e.getMessage() + ")");
        }
    }

    private ProtocolLine await(String verb) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                var parsed = ProtocolLine.parse(line);
                if (parsed.isEmpty()) {
                    keep(line);
                    continue;
                }
                if (!parsed.get().verb().equals(verb)) {
                    throw failure("answered '" + parsed.get().verb() + "' where '" + verb + "' was expected");
                }
                return parsed.get();
            }
        } catch (IOException e) {
            throw failure("could not be read (" + e.getMessage() + ")");
        }
        throw failure("ended before its '" + verb + "' line");
    }

    private void keep(String line) {
        if (otherOutput.size() == KEPT_LINES) {
            otherOutput.removeFirst();
        }
        otherOutput.addLast(line);
    }

    private IllegalStateException failure(String what) {
        String status = "";
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                status = " with exit status " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException(name + " " + what + status + ".\nLast lines of its log " + log + ":\n"
                + tail(log) + (otherOutput.isEmpty() ? "" : "\nIts other output:\n" + String.join("\n", otherOutput)));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - KEPT_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read it: " + e.getMessage() + ")";
        }
    }
}
