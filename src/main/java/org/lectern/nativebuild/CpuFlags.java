package org.lectern.nativebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The instruction-set flags the kernel reports for this CPU (the {@code flags} line of
 * {@code /proc/cpuinfo}), and where they came from.
 *
 * @param flags  the flags, e.g. {@code avx2}, {@code avx512f}; empty when they could not be read
 * @param source where they were read, or why they could not be, for reports
 */
public record CpuFlags(Set<String> flags, String source) {
    /** The file Linux reports the CPU's flags in. */
    public static final Path PROC_CPUINFO = Path.of("/proc/cpuinfo");

    /** Copies the flags. */
    public CpuFlags {
        flags = Set.copyOf(flags);
    }

    /** Reads the flags of the first processor in a cpuinfo file; a file that cannot be read gives no flags. */
    public static CpuFlags read(Path cpuinfo) {
        try {
            return parse(Files.readString(cpuinfo), cpuinfo.toString());
        } catch (IOException | RuntimeException e) {
            return new CpuFlags(Set.of(), cpuinfo + " could not be read (" + e + ")");
        }
    }

    /** Parses cpuinfo text: the first {@code flags : ...} line; text without one gives no flags. */
    public static CpuFlags parse(String cpuinfo, String source) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals("flags")) {
                String values = line.substring(colon + 1).strip();
                return new CpuFlags(values.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(values.split("\\s+"))), source);
            }
        }
        return new CpuFlags(Set.of(), source + " has no flags line");
    }

    /** Whether the CPU has every one of these flags. */
    public boolean hasAll(Collection<String> wanted) {
        return flags.containsAll(wanted);
    }

    /** The flags among {@code wanted} that this CPU lacks, in their order. */
    public List<String> missing(Collection<String> wanted) {
        return wanted.stream().filter(f -> !flags.contains(f)).toList();
    }

    /** The flags among {@code wanted} that this CPU has, in their order. */
    public List<String> present(Collection<String> wanted) {
        return wanted.stream().filter(flags::contains).toList();
    }
}
