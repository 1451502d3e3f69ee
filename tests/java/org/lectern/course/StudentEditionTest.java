package org.lectern.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class StudentEditionTest {
    @TempDir
    static Path temp;
    private static Path edition;
    private static List<Path> written;

    @BeforeAll
    static void writeTheEditionOfTheCommittedNotebooks() throws IOException {
        edition = temp.resolve("student");
        written = StudentEdition.from(NbgraderFormatTest.NOTEBOOKS).out(edition).write();
    }

    @Test
    void everyNotebookHasAStudentCopy() throws IOException {
        List<Path> expected = NbgraderFormatTest.notebooks().stream().map(p -> edition.resolve(p.getFileName())).toList();
        assertEquals(expected, written);
    }

    @TestFactory
    Stream<DynamicTest> noSolutionTextIsLeftAndChecksAreKept() throws IOException {
        return NbgraderFormatTest.notebooks().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            NotebookFile instructor = NotebookFile.read(path);
            NotebookFile student = NotebookFile.read(edition.resolve(path.getFileName()));
            assertEquals(instructor.cells().size(), student.cells().size());
            Set<String> outside = new HashSet<>();
            Set<String> inside = new HashSet<>();
            for (NotebookCell cell : instructor.cells()) {
                List<String> solution = cell.isSolution() ? SolutionRegions.solutionLines(cell.source(), cell.where()) : List.of();
                solution.forEach(line -> inside.add(line.strip()));
                List<String> all = cell.source().lines().map(String::strip).toList();
                outside.addAll(all.stream().filter(line -> !solution.stream().map(String::strip).toList().contains(line)).toList());
            }
            Set<String> studentLines = new HashSet<>();
            student.cells().forEach(cell -> cell.source().lines().map(String::strip).forEach(studentLines::add));
            for (String line : inside) {
                if (!outside.contains(line) && !line.matches("[\\w.<>\\[\\], ]+ \\w+;")) {
                    assertFalse(studentLines.contains(line), path + ": solution line left in the student copy: " + line);
                }
            }
            for (int i = 0; i < instructor.cells().size(); i++) {
                NotebookCell original = instructor.cells().get(i);
                NotebookCell copy = student.cells().get(i);
                assertEquals(new JsonArray(), copy.outputs(), copy.where() + " keeps outputs");
                assertTrue(copy.executionCount().isEmpty(), copy.where() + " keeps its execution count");
                assertFalse(copy.metadata().has("execution"), copy.where() + " keeps its execution timing");
                assertEquals(original.nbgrader(), copy.nbgrader(), copy.where());
                if (original.isSolution()) {
                    assertTrue(copy.source().contains(SolutionRegions.STUB), copy.where() + " has no stub:\n" + copy.source());
                    assertFalse(SolutionRegions.mentionsDelimiters(copy.source()), copy.where());
                } else {
                    assertEquals(original.source(), copy.source(), copy.where() + " changed");
                }
            }
        }));
    }

    @Test
    void theFixturesAnswerCellsBecomeStubsAndItsChecksStayVerbatim() throws IOException {
        Path notebooks = Files.createDirectories(temp.resolve("fixture/notebooks"));
        Files.copy(NbgraderFormatTest.FIXTURE, notebooks.resolve("99-fixture.ipynb"));
        Path out = temp.resolve("fixture/out");
        StudentEdition.from(notebooks).out(out).write();
        NotebookFile student = NotebookFile.read(out.resolve("99-fixture.ipynb"));
        NotebookFile instructor = NotebookFile.read(notebooks.resolve("99-fixture.ipynb"));
        assertEquals("""
                int limit = data.length;
                int total;
                throw new UnsupportedOperationException("your code here");""", student.cells().get(3).source());
        assertEquals("""
                double mean(int[] values) {
                    throw new UnsupportedOperationException("your code here");
                }
                String label = "mean";""", student.cells().get(6).source());
        assertEquals(instructor.cells().get(4).source(), student.cells().get(4).source());
        assertEquals(instructor.cells().get(4).nbgrader(), student.cells().get(4).nbgrader());
        assertTrue(Files.readString(out.resolve("99-fixture.ipynb")).contains("\"execution_count\": null"));
    }

    @Test
    void itRefusesToWriteIntoTheNotebookDirectory() throws IOException {
        Path notebooks = fixtureDirectory("refuse-same");
        byte[] before = Files.readAllBytes(notebooks.resolve("99-fixture.ipynb"));
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> StudentEdition.from(notebooks).out(notebooks).write());
        assertEquals("refusing to write the student edition into " + notebooks + ": it is the instructor's notebook directory "
                + notebooks + ", whose notebooks hold the solutions; choose another --out (default build/student-edition)",
                same.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StudentEdition.from(notebooks).out(notebooks.resolve("student")).write()).getMessage()
                .contains("it is inside the instructor's notebook directory"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StudentEdition.from(notebooks).out(notebooks.resolve("../notebooks/.")).write()).getMessage()
                .startsWith("refusing to write the student edition into"));
        assertEquals(List.of(notebooks.resolve("99-fixture.ipynb")), Files.list(notebooks).toList());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(notebooks.resolve("99-fixture.ipynb"))));
    }

    @Test
    void itRefusesToOverwriteAnInstructorOriginalThroughALinkOrACopy() throws IOException {
        Path notebooks = fixtureDirectory("refuse-link");
        Path linked = Files.createSymbolicLink(temp.resolve("refuse-link/linked"), notebooks.toAbsolutePath());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StudentEdition.from(notebooks).out(linked).write()).getMessage().contains("instructor's notebook directory"));
        Path out = Files.createDirectories(temp.resolve("refuse-link/out"));
        Files.copy(notebooks.resolve("99-fixture.ipynb"), out.resolve("99-fixture.ipynb"));
        IllegalArgumentException copy = assertThrows(IllegalArgumentException.class,
                () -> StudentEdition.from(notebooks).out(out).write());
        assertEquals("refusing to overwrite " + out.resolve("99-fixture.ipynb") + ": it holds solution regions, so it looks "
                + "like an instructor original; move it away or choose another --out", copy.getMessage());
        Path single = Files.createDirectories(temp.resolve("refuse-link/single"));
        Files.createSymbolicLink(single.resolve("99-fixture.ipynb"), notebooks.resolve("99-fixture.ipynb").toAbsolutePath());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StudentEdition.from(notebooks).out(single).write())
                .getMessage().contains("it is the instructor original"));
    }

    @Test
    void aStudentEditionIsOverwrittenByTheNextOne() throws IOException {
        Path notebooks = fixtureDirectory("again");
        Path out = temp.resolve("again/out");
        StudentEdition.from(notebooks).out(out).write();
        String first = Files.readString(out.resolve("99-fixture.ipynb"));
        StudentEdition.from(notebooks).out(out).write();
        assertEquals(first, Files.readString(out.resolve("99-fixture.ipynb")));
    }

    @Test
    void aMalformedNotebookStopsTheEditionBeforeAnythingIsWritten() throws IOException {
        Path notebooks = fixtureDirectory("malformed");
        String text = Files.readString(notebooks.resolve("99-fixture.ipynb")).replace("    \"// END SOLUTION\"\n", "    \"\"\n");
        Files.writeString(notebooks.resolve("98-broken.ipynb"), text);
        Path out = temp.resolve("malformed/out");
        NotebookFormatException e = assertThrows(NotebookFormatException.class, () -> StudentEdition.from(notebooks).out(out).write());
        assertTrue(e.getMessage().contains("98-broken.ipynb, cell 4 (id fixture-4), line 2: // BEGIN SOLUTION is never closed"),
                e.getMessage());
        assertFalse(Files.exists(out), "nothing may be written when a notebook is malformed");
    }

    @Test
    void aMissingNotebookDirectoryIsExplained() {
        Path missing = temp.resolve("nowhere");
        assertEquals("no notebook directory " + missing.toAbsolutePath() + ": run this from the repository root, or name it "
                + "with --notebooks DIR", assertThrows(IllegalArgumentException.class,
                () -> StudentEdition.from(missing).out(temp.resolve("x")).write()).getMessage());
    }

    private Path fixtureDirectory(String name) throws IOException {
        Path notebooks = Files.createDirectories(temp.resolve(name).resolve("notebooks"));
        Files.copy(NbgraderFormatTest.FIXTURE, notebooks.resolve("99-fixture.ipynb"));
        return notebooks;
    }
}
