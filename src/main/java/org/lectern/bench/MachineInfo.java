package org.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The machine a run was measured on, for the report's header.
 *
 * @param date          when the run started, e.g. {@code 2025-11-23 12:04 UTC}
 * @param cpuModel      the CPU's model name from {@code /proc/cpuinfo}
 * @param logicalCpus   the processors {@code /proc/cpuinfo} lists
 * @param availableCpus the processors this JVM may use
 * @param memoryGib     the machine's memory
 * @param os            the operating system and kernel version
 * @param ompWaitPolicy {@code OMP_WAIT_POLICY} as the workers inherit it, or {@code (unset)}
 */
public record MachineInfo(String date, String cpuModel, int logicalCpus, int availableCpus, double memoryGib, String os,
                          String ompWaitPolicy) {
    /** Returns this machine now. */
    public static MachineInfo current() {
        String cpuinfo = read(Path.of("/proc/cpuinfo"));
        String policy = System.getenv("OMP_WAIT_POLICY");
        return new MachineInfo(ZonedDateTime.now(java.time.ZoneOffset.UTC).format(
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)),
                cpuModel(cpuinfo), logicalCpus(cpuinfo), Runtime.getRuntime().availableProcessors(),
                memoryKib(read(Path.of("/proc/meminfo"))) / 1024.0 / 1024.0,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                policy == null || policy.isBlank() ? "(unset)" : policy);
    }

    /** Returns the first {@code model name} of a {@code /proc/cpuinfo} text, or {@code unknown}. */
    static String cpuModel(String cpuinfo) {
        return cpuinfo.lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    }

    /** Returns how many processors a {@code /proc/cpuinfo} text lists. */
    static int logicalCpus(String cpuinfo) {
        return (int) cpuinfo.lines().filter(l -> l.matches("processor\\s*:.*")).count();
    }

    /** Returns {@code MemTotal} of a {@code /proc/meminfo} text in KiB, or 0 if it is not there. */
    static long memoryKib(String meminfo) {
        return meminfo.lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
