package org.lectern.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks the tools Lectern runs on: Java, Maven and Jupyter. */
final class ToolChecks {
    private ToolChecks() {
    }

    /** Returns one finding per tool. */
    static List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        int feature = Runtime.version().feature();
        String java = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")";
        findings.add(feature >= 17 ? Finding.ok("Java", java)
                : Finding.missing("Java", java + ": Lectern needs Java 17 or newer", "sudo apt-get install openjdk-17-jdk-headless"));
        Path sources = Path.of(System.getProperty("java.home"), "lib", "src.zip");
        findings.add(Files.isReadable(sources)
                ? Finding.ok("JDK sources", sources + ": Shift-Tab in a notebook shows Javadoc")
                : Finding.warn("JDK sources", "no src.zip in " + sources.getParent() + ": Shift-Tab shows signatures without Javadoc",
                "sudo apt-get install openjdk-" + feature + "-source"));
        findings.add(Command.output(List.of("mvn", "-B", "-v"))
                .map(out -> Finding.ok("Maven", Command.firstLine(out.replaceAll("\\p{Cntrl}?\\[[0-9;]*m", ""))))
                .orElse(Finding.missing("Maven", "mvn is not on PATH", "sudo apt-get install maven")));
        findings.add(Command.output(List.of("jupyter", "notebook", "--version"))
                .map(out -> Finding.ok("Jupyter", "notebook " + Command.firstLine(out)))
                .orElse(Finding.missing("Jupyter", "jupyter notebook is not installed", "./lectern setup")));
        findings.add(Command.output(List.of("/usr/bin/python3", "-c", "import nbclient, jupyter_kernel_test; print(nbclient.__version__)"))
                .map(out -> Finding.ok("nbclient", Command.firstLine(out) + " (with jupyter_kernel_test), for ./lectern test"))
                .orElse(Finding.missing("nbclient", "python3-nbclient or python3-jupyter-kernel-test is missing", "./lectern setup")));
        return findings;
    }
}
