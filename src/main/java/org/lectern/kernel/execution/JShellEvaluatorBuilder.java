package org.lectern.kernel.execution;

import org.lectern.kernel.magic.CellMagic;
import org.lectern.kernel.magic.LineMagic;
import org.lectern.kernel.magic.Magics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link JShellEvaluator}. Defaults: JShell's default imports, the JVM's class path,
 * the standard magics, the current directory, and the exit guard on. {@link #build()} returns at
 * once; JShell warms up on a background thread.
 */
public final class JShellEvaluatorBuilder {
    final List<String> imports = new ArrayList<>(JShellEvaluator.JSHELL_DEFAULT_IMPORTS);
    final List<Path> classpath = new ArrayList<>();
    final List<String> compilerOptions = new ArrayList<>();
    Magics magics = Magics.standard();
    Path workingDirectory = Path.of("");
    ClassLoader parentClassLoader = JShellEvaluator.class.getClassLoader();
    boolean exitGuard = true;

    JShellEvaluatorBuilder() {
    }

    /**
     * Adds imports run before the first cell, written as import targets:
     * {@code "java.time.*"}, {@code "static org.lectern.display.Display.*"}.
     */
    public JShellEvaluatorBuilder imports(String... targets) {
        return imports(Arrays.asList(targets));
    }

    /** Adds imports run before the first cell; see {@link #imports(String...)}. */
    public JShellEvaluatorBuilder imports(List<String> targets) {
        targets.forEach(t -> imports.add(Objects.requireNonNull(t, "import target")));
        return this;
    }

    /** Drops all imports configured so far, JShell's defaults included. */
    public JShellEvaluatorBuilder noImports() {
        imports.clear();
        return this;
    }

    /** Adds jars or class directories to the class path beyond the JVM's own. */
    public JShellEvaluatorBuilder classpath(Path... entries) {
        return classpath(Arrays.asList(entries));
    }

    /** Adds jars or class directories to the class path beyond the JVM's own. */
    public JShellEvaluatorBuilder classpath(List<Path> entries) {
        entries.forEach(e -> classpath.add(Objects.requireNonNull(e, "class path entry")));
        return this;
    }

    /** Replaces the magics; the default is {@link Magics#standard()}. */
    public JShellEvaluatorBuilder magics(Magics magics) {
        this.magics = Objects.requireNonNull(magics, "magics");
        return this;
    }

    /** Adds or replaces one line magic. */
    public JShellEvaluatorBuilder lineMagic(String name, LineMagic magic) {
        this.magics = magics.toBuilder().line(name, magic).build();
        return this;
    }

    /** Adds or replaces one cell magic. */
    public JShellEvaluatorBuilder cellMagic(String name, CellMagic magic) {
        this.magics = magics.toBuilder().cell(name, magic).build();
        return this;
    }

    /** Sets the directory that {@code %load}, {@code %jars} and {@code %classpath} resolve against. */
    public JShellEvaluatorBuilder workingDirectory(Path directory) {
        this.workingDirectory = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /** Sets the parent of the cell class loader; default: the loader of the evaluator's own classes. */
    public JShellEvaluatorBuilder parentClassLoader(ClassLoader parent) {
        this.parentClassLoader = Objects.requireNonNull(parent, "parent");
        return this;
    }

    /** Adds javac options for cells, e.g. {@code "--enable-preview", "--release", "17"}. */
    public JShellEvaluatorBuilder compilerOptions(String... options) {
        compilerOptions.addAll(Arrays.asList(options));
        return this;
    }

    /**
     * Sets whether {@code System.exit} in a cell is refused (default {@code true}); this installs
     * a permissive security manager once per JVM.
     */
    public JShellEvaluatorBuilder exitGuard(boolean enabled) {
        this.exitGuard = enabled;
        return this;
    }

    /** Returns the evaluator; the first cell waits for JShell's warm-up if it is still running. */
    public JShellEvaluator build() {
        return new JShellEvaluator(this);
    }
}
