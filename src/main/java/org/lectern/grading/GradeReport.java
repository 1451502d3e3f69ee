package org.lectern.grading;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades the executed submissions that {@code lectern_grade.py} recorded and writes the grade table:
 * <pre>
 * java -cp target/lectern.jar:target/lib/* org.lectern.grading.GradeReport RUNS_JSON OUT_DIR
 * </pre>
 * reads {@code RUNS_JSON} (the runs, the executed copies named in it, relative to its folder, and the instructor's
 * checks per notebook when grading had {@code --source}) and writes
 * {@code OUT_DIR/grades.csv} and {@code OUT_DIR/grades.html}, each replaced atomically. Exit status 0 when
 * written, 1 when the runs cannot be read or the reports cannot be written, 2 on bad arguments.
 */
public final class GradeReport {
    private static final String USAGE = "usage: java -cp target/lectern.jar:target/lib/* "
            + "org.lectern.grading.GradeReport RUNS_JSON OUT_DIR";

    private GradeReport() {
    }

    /** Writes the reports and exits with the status of {@link #run}. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Writes the reports; returns 0 on success, 1 on unreadable runs or unwritable reports, 2 on bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println(USAGE);
            return 2;
        }
        Path runsFile = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        try {
            JsonObject runs = JsonParser.parseString(Files.readString(runsFile)).getAsJsonObject();
            GradeBook book = GradeBook.of(graded(runs, runsFile.toAbsolutePath().getParent()), expected(runs));
            Files.createDirectories(outDir);
            writeAtomically(outDir.resolve("grades.csv"), GradeCsv.of(book));
            writeAtomically(outDir.resolve("grades.html"), GradeHtml.of(book, settings(runs)));
            long passed = book.outcomes().stream().filter(CheckOutcome::passed).count();
            out.println("graded " + book.studentTotals().size() + " students, " + passed + " of "
                    + book.outcomes().size() + " checks passed: " + outDir.resolve("grades.csv") + ", "
                    + outDir.resolve("grades.html"));
            return 0;
        } catch (IOException e) {
            err.println("lectern grade: cannot read the runs or write the reports: " + e);
            return 1;
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
            err.println("lectern grade: " + runsFile + " is not a runs file written by lectern_grade.py: " + e.getMessage());
            return 1;
        }
    }

    /** Reads each run and grades its executed copy; a copy that cannot be read counts as a run stopped at cell 0. */
    static Map<SubmissionRun, List<CheckOutcome>> graded(JsonObject runs, Path base) {
        Map<SubmissionRun, List<CheckOutcome>> graded = new LinkedHashMap<>();
        for (JsonElement element : runs.getAsJsonArray("runs")) {
            SubmissionRun run = run(element.getAsJsonObject(), base);
            List<CheckOutcome> outcomes = new ArrayList<>();
            if (run.executed() != null) {
                try {
                    outcomes = SubmissionGrader.grade(run,
                            JsonParser.parseString(Files.readString(run.executed())).getAsJsonObject());
                } catch (IOException | JsonParseException | IllegalStateException e) {
                    run = new SubmissionRun(run.student(), run.notebook(), null, 0,
                            "executed copy unreadable: " + e.getMessage());
                }
            }
            graded.put(run, outcomes);
        }
        return graded;
    }

    /** Reads the instructor's checks per notebook ({@code --source}), if the runs file has them. */
    static Map<String, Map<String, Double>> expected(JsonObject runs) {
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        if (isNull(runs, "checks")) {
            return expected;
        }
        for (Map.Entry<String, JsonElement> notebook : runs.getAsJsonObject("checks").entrySet()) {
            Map<String, Double> checks = new LinkedHashMap<>();
            for (JsonElement check : notebook.getValue().getAsJsonArray()) {
                JsonObject object = check.getAsJsonObject();
                checks.put(required(object, "grade_id"), isNull(object, "points") ? 0 : object.get("points").getAsDouble());
            }
            expected.put(notebook.getKey(), checks);
        }
        return expected;
    }

    private static SubmissionRun run(JsonObject run, Path base) {
        return new SubmissionRun(required(run, "student"), required(run, "notebook"),
                isNull(run, "executed") ? null : base.resolve(run.get("executed").getAsString()),
                isNull(run, "stopped_at") ? null : run.get("stopped_at").getAsInt(),
                isNull(run, "reason") ? null : run.get("reason").getAsString());
    }

    private static String required(JsonObject object, String key) {
        if (isNull(object, key)) {
            throw new IllegalArgumentException("no \"" + key + "\" in " + object);
        }
        return object.get(key).getAsString();
    }

    private static boolean isNull(JsonObject object, String key) {
        return !object.has(key) || object.get(key).isJsonNull();
    }

    private static String settings(JsonObject runs) {
        return "Each notebook ran in a fresh Lectern kernel in " + value(runs, "mode") + " mode, with a time limit of "
                + value(runs, "timeout_s") + " s per notebook and a heap of " + value(runs, "memory")
                + ". A check earns its points when its cell runs without an error.";
    }

    private static String value(JsonObject runs, String key) {
        return isNull(runs, key) ? "?" : runs.get(key).getAsString();
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Temp files are created private; the reports are for whoever grades.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
