package org.lectern.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The student edition of the notebooks: a copy of every notebook with each solution region
 * replaced by a stub ({@link SolutionRegions} says exactly how), every output and execution count
 * cleared, and everything else, check cells included, kept as it is. It never writes into the
 * instructor's notebook directory nor over a notebook that holds solutions.
 *
 * <pre>{@code
 * List<Path> written = StudentEdition.from(Path.of("notebooks")).out(Path.of("build/student-edition")).write();
 * }</pre>
 *
 * From the command line ({@code ./lectern student-edition [--out DIR]}):
 * {@code java -cp lectern.jar org.lectern.course.StudentEdition [--notebooks DIR] [--out DIR]}.
 */
public final class StudentEdition {
    /** Where the edition goes unless told otherwise, relative to the repository. */
    public static final Path DEFAULT_OUT = Path.of("build", "student-edition");

    private final Path notebooks;
    private Path out = DEFAULT_OUT;

    private StudentEdition(Path notebooks) {
        this.notebooks = notebooks;
    }

    /** Starts an edition of the notebooks (*.ipynb) in a directory. */
    public static StudentEdition from(Path notebooks) {
        return new StudentEdition(notebooks);
    }

    /** Sets the directory the edition is written to; default {@code build/student-edition}. */
    public StudentEdition out(Path directory) {
        out = directory;
        return this;
    }

    /**
     * Writes the edition and returns the files written, in notebook order. Every notebook is read
     * and checked before anything is written.
     *
     * @throws NotebookFormatException if a notebook breaks the nbgrader format (naming the notebook and cell)
     * @throws IllegalArgumentException if the output is the notebook directory, inside it, or would
     *                                  overwrite a notebook with solutions
     */
    public List<Path> write() {
        List<Path> sources = notebookFiles();
        List<NotebookFile> copies = new ArrayList<>();
        for (Path source : sources) {
            copies.add(studentCopy(NotebookFile.read(source)));
        }
        refuseToOverwriteOriginals(sources);
        List<Path> written = new ArrayList<>();
        for (NotebookFile copy : copies) {
            Path target = out.resolve(copy.name());
            copy.write(target);
            written.add(target);
        }
        return written;
    }

    /**
     * Turns an instructor notebook, in memory, into its student version.
     *
     * @throws NotebookFormatException if it breaks the nbgrader format
     */
    public static NotebookFile studentCopy(NotebookFile instructor) {
        NbgraderFormat.require(instructor);
        for (NotebookCell cell : instructor.cells()) {
            if (cell.isCode() && cell.isSolution()) {
                cell.source(SolutionRegions.withStubs(cell.source(), cell.where()));
            }
            cell.clearExecution();
        }
        return instructor;
    }

    private List<Path> notebookFiles() {
        if (!Files.isDirectory(notebooks)) {
            throw new IllegalArgumentException("no notebook directory " + notebooks.toAbsolutePath()
                    + ": run this from the repository root, or name it with --notebooks DIR");
        }
        try (Stream<Path> files = Files.list(notebooks)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(p))
                    .sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no notebooks (*.ipynb) in " + notebooks.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + notebooks + ": " + e.getMessage(), e);
        }
    }

    private void refuseToOverwriteOriginals(List<Path> sources) {
        Path instructor = realPath(notebooks);
        Path target = realPath(out);
        if (target.startsWith(instructor)) {
            throw new IllegalArgumentException("refusing to write the student edition into " + out + ": it is "
                    + (target.equals(instructor) ? "" : "inside ") + "the instructor's notebook directory " + notebooks
                    + ", whose notebooks hold the solutions; choose another --out (default " + DEFAULT_OUT + ")");
        }
        for (Path source : sources) {
            Path file = out.resolve(source.getFileName());
            if (!Files.exists(file)) {
                continue;
            }
            try {
                if (Files.isSameFile(file, source)) {
                    throw new IllegalArgumentException("refusing to overwrite " + file + ": it is the instructor original "
                            + source + "; choose another --out");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compare " + file + " with " + source + ": " + e.getMessage(), e);
            }
            if (holdsSolutions(file)) {
                throw new IllegalArgumentException("refusing to overwrite " + file + ": it holds solution regions, so it "
                        + "looks like an instructor original; move it away or choose another --out");
            }
        }
    }

    private static boolean holdsSolutions(Path file) {
        NotebookFile existing;
        try {
            existing = NotebookFile.read(file);
        } catch (NotebookFormatException e) {
            return false;
        }
        return existing.cells().stream().anyMatch(c -> c.isCode() && c.source().lines()
                .anyMatch(line -> line.strip().equals(SolutionRegions.BEGIN)));
    }

    /** Returns the real path of {@code path}, or of its nearest existing ancestor with the rest appended. */
    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes the edition: {@code [--notebooks DIR] [--out DIR]}; exits 2 with the reason on bad input. */
    public static void main(String[] args) {
        Path notebooks = Path.of("notebooks");
        Path out = DEFAULT_OUT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--out") || arg.equals("--notebooks")) && i + 1 < args.length) {
                Path value = Path.of(args[++i]);
                if (arg.equals("--out")) {
                    out = value;
                } else {
                    notebooks = value;
                }
            } else {
                fail("unknown argument '" + arg + "'; usage: student-edition [--out DIR] [--notebooks DIR]");
            }
        }
        try {
            for (Path written : from(notebooks).out(out).write()) {
                System.out.println("lectern: wrote " + written);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            fail(e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("lectern: " + message);
        System.exit(2);
    }
}
