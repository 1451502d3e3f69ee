package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.course.NotebookCell;
import org.lectern.course.NotebookFile;
import org.lectern.course.StudentEdition;

/**
 * Writes the student edition of notebooks/ and executes each notebook of it in quick mode in the
 * real kernel, errors allowed (the runner behind {@code ./lectern run --allow-errors}): execution
 * reaches every check cell and each check fails with an error output, as an unsolved exercise
 * should, while the cells that are no exercise run without error.
 */
class StudentEditionIT {
    @TempDir
    static Path temp;
    private static InstalledKernel kernel;
    private static List<Path> edition;

    @BeforeAll
    static void writeTheEditionAndInstallTheKernel() throws IOException, InterruptedException {
        edition = StudentEdition.from(Path.of("notebooks")).out(temp.resolve("student")).write();
        kernel = InstalledKernel.install(Files.createTempDirectory(temp, "jupyter"));
    }

    @TestFactory
    Stream<DynamicTest> everyStudentNotebookRunsToItsChecksWhichFail() {
        return edition.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            Path out = Files.createTempDirectory(temp, "out");
            InstalledKernel.Output run = kernel.run(List.of(InstalledKernel.PYTHON, InstalledKernel.RUNNER, "--allow-errors",
                    "--out", out.toString(), "--timeout", "600", notebook.toString()), Duration.ofMinutes(20));
            assertEquals(0, run.exit(), notebook + " did not execute:\n" + run.text());
            NotebookFile executed = NotebookFile.read(out.resolve(notebook.getFileName()));
            List<String> wrong = new ArrayList<>();
            for (NotebookCell cell : executed.cells()) {
                if (!cell.isCode()) {
                    continue;
                }
                boolean failed = errorOutputs(cell) > 0;
                if (cell.isGrade() && (cell.executionCount().isEmpty() || !failed)) {
                    wrong.add(cell.where() + ": the check " + (cell.executionCount().isEmpty() ? "was never reached"
                            : "passed without a solution: " + cell.outputs()));
                } else if (!cell.isGrade() && !cell.isSolution() && failed && !taggedToRaise(cell)) {
                    wrong.add(cell.where() + ": a cell that is no exercise failed: " + cell.outputs());
                }
            }
            assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + run.text());
            boolean hasChecks = executed.cells().stream().anyMatch(NotebookCell::isGrade);
            assertFalse(hasChecks && executed.cells().stream().filter(NotebookCell::isGrade)
                    .anyMatch(c -> c.outputs().toString().contains("PASS: ")), notebook + ": a check passed unsolved");
        }));
    }

    private static long errorOutputs(NotebookCell cell) {
        long errors = 0;
        for (JsonElement output : cell.outputs()) {
            if (output.getAsJsonObject().get("output_type").getAsString().equals("error")) {
                errors++;
            }
        }
        return errors;
    }

    private static boolean taggedToRaise(NotebookCell cell) {
        JsonElement tags = cell.metadata().get("tags");
        return tags != null && tags.toString().contains("\"raises-exception\"");
    }
}
