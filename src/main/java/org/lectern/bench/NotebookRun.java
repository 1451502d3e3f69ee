package org.lectern.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times a whole notebook the way a user runs it, {@code ./lectern run [--full] NOTEBOOK --out DIR},
 * and watches the memory of the notebook's kernel (the {@value #KERNEL_MAIN} process below it) every
 * {@value #SAMPLE_MILLIS} ms: its peak, and its resident memory at the last look before it shut
 * down, after the last cell.
 */
final class NotebookRun {
    /** The main class of the Lectern kernel, by which its process is recognised. */
    static final String KERNEL_MAIN = "org.lectern.kernel.KernelMain";
    /** How often the kernel's memory is read. */
    static final int SAMPLE_MILLIS = 100;

    /**
     * What a run gave.
     *
     * @param seconds      wall time of {@code ./lectern run}
     * @param exitStatus   its exit status; 0 if every cell ran
     * @param kernelMemory the kernel's memory at the last look and its peak, or empty if no kernel was seen
     * @param log          the run's output
     */
    record Result(double seconds, int exitStatus, Optional<ProcStatus> kernelMemory, Path log) {
    }

    private NotebookRun() {
    }

    /** Runs the notebook, copying the runner's lines to {@code progress} and to {@code log}. */
    static Result run(Path repository, Path notebook, boolean full, Path outputDirectory, Path log, PrintStream progress) {
        // The runner itself, not `./lectern run`: that would set up again and could rebuild the jar under this JVM.
        List<String> command = new ArrayList<>(List.of(ProcessWorkers.PYTHON,
                repository.resolve("src/main/python/lectern_run.py").toString()));
        if (full) {
            command.add("--full");
        }
        command.addAll(List.of(notebook.toString(), "--out", outputDirectory.toString()));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
            Thread copier = copyLines(process, log, progress);
            ProcStatus last = null;
            long peak = 0;
            while (process.isAlive()) {
                Optional<ProcStatus> now = kernel(process).flatMap(NotebookRun::statusOf);
                if (now.isPresent()) {
                    last = now.get();
                    peak = Math.max(peak, last.peakKib());
                }
                Thread.sleep(SAMPLE_MILLIS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            copier.join();
            ProcStatus kernel = last == null ? null : new ProcStatus(last.rssKib(), peak);
            return new Result(seconds, process.exitValue(), Optional.ofNullable(kernel), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + notebook, e);
        }
    }

    private static Optional<ProcessHandle> kernel(Process runner) {
        return runner.descendants().filter(p -> commandLine(p.pid()).contains(KERNEL_MAIN)).findFirst();
    }

    /** Returns a process's command line with its arguments separated by spaces, or "" once it has ended. */
    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<ProcStatus> statusOf(ProcessHandle process) {
        try {
            return Optional.of(ProcStatus.of(process.pid()));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty(); // it ended between finding it and reading it
        }
    }

    private static Thread copyLines(Process process, Path log, PrintStream progress) throws IOException {
        Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        Thread thread = new Thread(() -> {
            try (writer; BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    writer.write(line + "\n");
                    writer.flush();
                    progress.println("  " + line);
                }
            } catch (IOException e) {
                progress.println("  (the notebook's output could not be copied: " + e.getMessage() + ")");
            }
        }, "notebook-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
