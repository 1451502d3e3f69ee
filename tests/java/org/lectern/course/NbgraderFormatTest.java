package org.lectern.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every committed notebook against nbgrader's schema 3 and the exercise contract, and broken fixtures that must fail. */
class NbgraderFormatTest {
    static final Path NOTEBOOKS = Path.of("notebooks");
    static final Path FIXTURE = Path.of("tests/resources/course/exercises.ipynb");

    @TempDir
    Path temp;

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookFollowsTheFormat() throws IOException {
        return notebooks().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            NotebookFile notebook = NotebookFile.read(path);
            assertEquals(List.of(), NbgraderFormat.problems(notebook));
            String number = path.getFileName().toString().substring(0, 2);
            for (NotebookCell cell : notebook.cells()) {
                if (cell.isSolution() || cell.isGrade()) {
                    assertTrue(cell.gradeId().matches(number + "-ex\\d+-(answer|check)(-\\d+)?"),
                            cell.where() + ": grade_id " + cell.gradeId() + " does not follow <nb>-ex<k>-answer|check");
                }
            }
        }));
    }

    @Test
    void theNotebooksWithExercisesHaveAnswerAndCheckCells() throws IOException {
        for (String number : List.of("01", "02", "03", "04", "05", "07")) {
            Path path = notebooks().stream().filter(p -> p.getFileName().toString().startsWith(number)).findFirst().orElseThrow();
            List<NotebookCell> cells = NotebookFile.read(path).cells();
            long answers = cells.stream().filter(NotebookCell::isSolution).count();
            long checks = cells.stream().filter(NotebookCell::isGrade).count();
            assertTrue(answers >= 2 && checks == answers, path + ": " + answers + " answer cells, " + checks + " check cells");
        }
    }

    @Test
    void theFixtureIsWellFormed() {
        assertEquals(List.of(), NbgraderFormat.problems(NotebookFile.read(FIXTURE)));
    }

    @Test
    void aGradedCellWithoutPointsFails() throws IOException {
        assertProblem(cells -> nbgrader(cells, 4).remove("points"),
                "exercises.ipynb, cell 5 (id fixture-5): the graded cell \"99-ex1-check\" has no points");
    }

    @Test
    void zeroPointsFail() throws IOException {
        assertProblem(cells -> nbgrader(cells, 4).addProperty("points", 0),
                "exercises.ipynb, cell 5 (id fixture-5): the graded cell \"99-ex1-check\" is worth 0 points; a check is worth more than 0");
    }

    @Test
    void aDuplicateGradeIdFails() throws IOException {
        assertProblem(cells -> nbgrader(cells, 7).addProperty("grade_id", "99-ex1-check"),
                "exercises.ipynb, cell 8 (id fixture-8): grade_id \"99-ex1-check\" is already used by cell 5; every grade_id must "
                        + "be unique in the notebook");
    }

    @Test
    void delimitersOutsideASolutionCellFail() throws IOException {
        assertProblem(cells -> cells.get(1).getAsJsonObject().add("source", lines("// BEGIN SOLUTION\nint x = 1;\n// END SOLUTION")),
                "exercises.ipynb, cell 2 (id fixture-2): has solution delimiters but is not a solution cell; mark it with "
                        + "nbgrader metadata \"solution\": true");
    }

    @Test
    void proseThatNamesTheDelimitersIsNoRegion() throws IOException {
        Path described = broken(cells -> cells.get(2).getAsJsonObject().add("source",
                lines("Write your code between `// BEGIN SOLUTION` and `// END SOLUTION`.\n// BEGIN SOLUTION is a comment")));
        assertEquals(List.of(), NbgraderFormat.problems(NotebookFile.read(described)));
    }

    @Test
    void anExerciseWithoutACheckFails() throws IOException {
        assertProblem(cells -> cells.remove(4),
                "exercises.ipynb, cell 4 (id fixture-4): the solution cell \"99-ex1-answer\" has no check: add a graded cell "
                        + "after it, before the next solution cell");
    }

    @Test
    void anUnclosedRegionFailsNamingTheCell() throws IOException {
        assertProblem(cells -> cells.get(3).getAsJsonObject().add("source", lines("int limit = 1;\n// BEGIN SOLUTION\nint total = 0;")),
                "exercises.ipynb, cell 4 (id fixture-4), line 2: // BEGIN SOLUTION is never closed; add // END SOLUTION after the solution");
    }

    @Test
    void anUnlockedCheckOrACheckNotMarkedGradedFails() throws IOException {
        assertProblem(cells -> nbgrader(cells, 4).addProperty("locked", false),
                "exercises.ipynb, cell 5 (id fixture-5): the check cell \"99-ex1-check\" must be locked and not a solution "
                        + "(\"locked\": true, \"solution\": false)");
        assertProblem(cells -> cells.get(4).getAsJsonObject().add("metadata", new JsonObject()),
                "exercises.ipynb, cell 5 (id fixture-5): runs a Check but is not a graded cell; mark it as an nbgrader check cell "
                        + "(\"grade\": true, \"locked\": true, \"points\")",
                // ... and so the exercise has no check either
                "exercises.ipynb, cell 4 (id fixture-4): the solution cell \"99-ex1-answer\" has no check: add a graded cell "
                        + "after it, before the next solution cell");
    }

    @Test
    void keysTypesAndVersionsOutsideSchema3Fail() throws IOException {
        assertProblem(cells -> nbgrader(cells, 4).addProperty("weight", 2),
                "exercises.ipynb, cell 5 (id fixture-5): nbgrader metadata has the key \"weight\", which schema 3 does not allow "
                        + "(allowed: cell_type, checksum, grade, grade_id, locked, points, schema_version, solution, task)");
        assertProblem(cells -> nbgrader(cells, 4).remove("locked"),
                "exercises.ipynb, cell 5 (id fixture-5): nbgrader metadata lacks the required key \"locked\"");
        assertProblem(cells -> nbgrader(cells, 4).addProperty("schema_version", 2),
                "exercises.ipynb, cell 5 (id fixture-5): nbgrader schema_version must be the integer 3; got 2");
        assertProblem(cells -> nbgrader(cells, 4).addProperty("grade", "yes"),
                "exercises.ipynb, cell 5 (id fixture-5): nbgrader \"grade\" must be true or false; got \"yes\"", "exercises.ipynb, cell 4 (id fixture-4): the solution cell \"99-ex1-answer\" has no check: add a graded cell "
                        + "after it, before the next solution cell");
        assertProblem(cells -> nbgrader(cells, 3).addProperty("grade_id", "ex 1"),
                "exercises.ipynb, cell 4 (id fixture-4): nbgrader grade_id must be a string of letters, digits, - and _; got \"ex 1\"");
        assertProblem(cells -> nbgrader(cells, 3).addProperty("grade_id", ""),
                "exercises.ipynb, cell 4 (id fixture-4): a graded, solution or locked cell needs a non-empty grade_id");
    }

    @Test
    void markdownAndTaskCellsFollowNbgradersRules() throws IOException {
        JsonObject solution = JsonParser.parseString("{\"grade\": false, \"grade_id\": \"m\", \"locked\": false, "
                + "\"schema_version\": 3, \"solution\": true}").getAsJsonObject();
        assertProblem(cells -> cells.get(0).getAsJsonObject().getAsJsonObject("metadata").add("nbgrader", solution),
                "exercises.ipynb, cell 1 (id fixture-1): a markdown cell must be both graded and a solution, or neither");
        assertProblem(cells -> nbgrader(cells, 1).addProperty("task", true),
                "exercises.ipynb, cell 2 (id fixture-2): a task cell must be markdown");
    }

    @Test
    void requireListsEveryProblemWithTheNotebooksPath() throws IOException {
        Path broken = broken(cells -> {
            nbgrader(cells, 4).remove("points");
            nbgrader(cells, 7).remove("points");
        });
        NotebookFormatException e = assertThrows(NotebookFormatException.class, () -> NbgraderFormat.require(NotebookFile.read(broken)));
        assertEquals(broken + " breaks the nbgrader format:\n"
                + "  exercises.ipynb, cell 5 (id fixture-5): the graded cell \"99-ex1-check\" has no points\n"
                + "  exercises.ipynb, cell 8 (id fixture-8): the graded cell \"99-ex2-check\" has no points", e.getMessage());
    }

    /** Returns the nbgrader metadata of cell {@code index} (from 0), creating it for a plain cell. */
    static JsonObject nbgrader(JsonArray cells, int index) {
        JsonObject metadata = cells.get(index).getAsJsonObject().getAsJsonObject("metadata");
        if (!metadata.has("nbgrader")) {
            metadata.add("nbgrader", JsonParser.parseString("{\"grade\": false, \"locked\": false, \"schema_version\": 3, "
                    + "\"solution\": false}"));
        }
        return metadata.getAsJsonObject("nbgrader");
    }

    static JsonArray lines(String source) {
        JsonArray array = new JsonArray();
        array.add(source);
        return array;
    }

    /** Writes the fixture, changed by {@code change}, to a temporary exercises.ipynb and returns its path. */
    Path broken(Consumer<JsonArray> change) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(FIXTURE)).getAsJsonObject();
        change.accept(json.getAsJsonArray("cells"));
        Path dir = Files.createTempDirectory(temp, "broken");
        Path path = dir.resolve("exercises.ipynb");
        Files.writeString(path, json.toString());
        return path;
    }

    /** Asserts that the changed fixture has exactly these problems. */
    private void assertProblem(Consumer<JsonArray> change, String... expected) throws IOException {
        assertEquals(List.of(expected), NbgraderFormat.problems(NotebookFile.read(broken(change))));
    }
}
