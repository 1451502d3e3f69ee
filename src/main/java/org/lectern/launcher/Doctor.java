package org.lectern.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lectern.data.DataFiles;
import org.lectern.nativebuild.NativeBuildSelector;

/**
 * {@code ./lectern doctor}: prints what is installed, which ND4J backend is active, where the data is
 * and whether the kernel is registered, each problem with the command that fixes it. Exits 1 if
 * something Lectern needs is missing.
 */
public final class Doctor {
    private Doctor() {
    }

    /** Runs every check and prints the report. */
    public static void main(String[] args) throws URISyntaxException {
        NativeBuildSelector.select();
        Path jar = Path.of(Doctor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Finding> findings = new ArrayList<>(ToolChecks.run());
        findings.addAll(BackendCheck.run());
        findings.addAll(NativeBuildCheck.run());
        findings.addAll(DataCheck.run(DataFiles.standard()));
        findings.addAll(KernelCheck.run(jar));
        System.out.print(report(findings));
        System.exit(findings.stream().anyMatch(f -> f.status() == Finding.Status.MISSING) ? 1 : 0);
    }

    /** Formats findings as an aligned report, with the fixes gathered at the end. */
    static String report(List<Finding> findings) {
        int width = findings.stream().mapToInt(f -> f.topic().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(String.format("%-9s %-" + width + "s  %s%n", "[" + f.status().label() + "]", f.topic(), f.detail()));
        }
        List<String> fixes = findings.stream().map(Finding::fix).filter(fix -> !fix.isEmpty()).distinct().toList();
        if (fixes.isEmpty()) {
            out.append("Everything Lectern needs is in place.\n");
        } else {
            out.append("To fix:\n");
            fixes.forEach(fix -> out.append("  ").append(fix).append('\n'));
        }
        return out.toString();
    }
}
