package org.lectern.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory a process holds, from Linux's {@code /proc/<pid>/status}: its resident set now
 * ({@code VmRSS}) and at its peak so far ({@code VmHWM}, the high-water mark), in KiB.
 *
 * @param rssKib  resident memory now
 * @param peakKib the most resident memory the process has held
 */
public record ProcStatus(long rssKib, long peakKib) {
    /** Returns the status of a running process. */
    public static ProcStatus of(long pid) {
        Path file = Path.of("/proc", String.valueOf(pid), "status");
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (has the process ended, or is this not Linux?)", e);
        }
    }

    /**
     * Reads the text of a {@code status} file.
     *
     * @throws IllegalArgumentException if {@code VmRSS} or {@code VmHWM} is missing or not in kB
     */
    public static ProcStatus parse(String status) {
        return new ProcStatus(kib(status, "VmRSS"), kib(status, "VmHWM"));
    }

    /** Returns the resident memory now in MiB. */
    public double rssMib() {
        return rssKib / 1024.0;
    }

    /** Returns the peak resident memory in MiB. */
    public double peakMib() {
        return peakKib / 1024.0;
    }

    private static long kib(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) {
                String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    try {
                        return Long.parseLong(parts[0]);
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
                break;
            }
        }
        throw new IllegalArgumentException("no '" + key + ": <number> kB' line in the process status (kernel threads "
                + "and ended processes have none)");
    }
}
