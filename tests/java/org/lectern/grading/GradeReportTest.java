package org.lectern.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeReportTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GradeReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void gradesTheExecutedCopiesNamedInTheRunsFileAndWritesBothReports() throws Exception {
        Files.createDirectories(temp.resolve("executed/ann"));
        Files.writeString(temp.resolve("executed/ann/01.ipynb"), Notebooks.builder()
                .check("01-ex1-check", 2, 1, Notebooks.PRINTED).check("01-ex2-check", 1, null, "[]").build().toString());
        Files.writeString(temp.resolve("runs.json"), """
                {"timeout_s": 30, "memory": "512m", "mode": "quick", "runs": [
                  {"student": "ann", "notebook": "01.ipynb", "executed": "executed/ann/01.ipynb", "stopped_at": 1,
                   "reason": "time limit of 30 s reached", "seconds": 31.2},
                  {"student": "ben", "notebook": "01.ipynb", "executed": "executed/ben/01.ipynb", "stopped_at": null,
                   "reason": null, "seconds": 4.0},
                  {"student": "cat", "notebook": "01.ipynb", "executed": null, "stopped_at": null,
                   "reason": "not a readable notebook: JSONDecodeError"}]}
                """);
        Path reports = temp.resolve("reports");

        assertEquals(0, run(temp.resolve("runs.json").toString(), reports.toString()), err.toString());

        String csv = Files.readString(reports.resolve("grades.csv"));
        assertTrue(csv.startsWith("student,notebook,grade_id,points,max_points,status,reason\r\n"
                + "ann,01.ipynb,01-ex1-check,2,2,passed,\r\n"
                + "ann,01.ipynb,01-ex2-check,0,1,failed,time limit of 30 s reached\r\n"
                + "ben,01.ipynb,01-ex1-check,0,2,failed,executed copy unreadable: "), csv);
        assertTrue(csv.endsWith("cat,01.ipynb,01-ex2-check,0,1,failed,not a readable notebook: JSONDecodeError\r\n"), csv);
        assertTrue(Files.readString(reports.resolve("grades.html"))
                .contains("in quick mode, with a time limit of 30 s per notebook and a heap of 512m."));
        assertTrue(out.toString().contains("graded 3 students, 1 of 6 checks passed"), out.toString());
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theInstructorsChecksInTheRunsFileAreGradedEvenWhereACopyLacksThem() throws Exception {
        Files.createDirectories(temp.resolve("executed/ann"));
        Files.writeString(temp.resolve("executed/ann/01.ipynb"), Notebooks.builder()
                .check("01-ex2-check", 1, 1, Notebooks.PRINTED).build().toString());
        Files.writeString(temp.resolve("runs.json"), """
                {"runs": [{"student": "ann", "notebook": "01.ipynb", "executed": "executed/ann/01.ipynb"}],
                 "checks": {"01.ipynb": [{"grade_id": "01-ex1-check", "points": 2}, {"grade_id": "01-ex2-check", "points": 1}]}}
                """);

        assertEquals(0, run(temp.resolve("runs.json").toString(), temp.toString()), err.toString());
        assertEquals("student,notebook,grade_id,points,max_points,status,reason\r\n"
                + "ann,01.ipynb,01-ex1-check,0,2,failed,check cell missing from the submission\r\n"
                + "ann,01.ipynb,01-ex2-check,1,1,passed,\r\n", Files.readString(temp.resolve("grades.csv")));
    }

    @Test
    void aRunsFileThatIsNotOneIsReportedWithoutAStackTrace() throws Exception {
        Files.writeString(temp.resolve("runs.json"), "{\"runs\": [{\"notebook\": \"01.ipynb\"}]}");

        assertEquals(1, run(temp.resolve("runs.json").toString(), temp.resolve("reports").toString()));
        assertTrue(err.toString().startsWith("lectern grade: " + temp.resolve("runs.json")
                + " is not a runs file written by lectern_grade.py"), err.toString());
        assertFalse(Files.exists(temp.resolve("reports/grades.csv")));
    }

    @Test
    void aMissingRunsFileAndWrongArgumentsAreReported() {
        assertEquals(1, run(temp.resolve("none.json").toString(), temp.toString()));
        assertTrue(err.toString().contains("cannot read the runs"), err.toString());
        assertEquals(2, run("only-one"));
        assertTrue(err.toString().contains("usage: java -cp target/lectern.jar:target/lib/* org.lectern.grading.GradeReport"));
    }
}
