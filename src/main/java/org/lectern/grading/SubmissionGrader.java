package org.lectern.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades the check cells of one executed notebook the way nbgrader grades autograder test cells: a check cell
 * (nbgrader {@code grade: true}, {@code solution: false}) earns its points when it ran and has no {@code error}
 * output. A check at or after the cell where execution was stopped fails with the stop's reason, one that has
 * an error fails with the error's {@code ename: evalue}, one that never ran fails as "not reached". Manually
 * graded answer cells ({@code grade} and {@code solution} both true) need a person and are left out.
 */
public final class SubmissionGrader {
    /** What a check that never ran says. */
    public static final String NOT_REACHED = "not reached";

    private SubmissionGrader() {
    }

    /** Returns the outcome of every check cell in the executed notebook, in cell order. */
    public static List<CheckOutcome> grade(SubmissionRun run, JsonObject notebook) {
        List<CheckOutcome> outcomes = new ArrayList<>();
        JsonArray cells = notebook.has("cells") && notebook.get("cells").isJsonArray()
                ? notebook.getAsJsonArray("cells") : new JsonArray();
        for (int index = 0; index < cells.size(); index++) {
            JsonObject cell = cells.get(index).getAsJsonObject();
            CheckCell check = CheckCell.of(cell, index);
            if (check == null) {
                continue;
            }
            String reason = run.stoppedBefore(index) ? run.reason() : failure(cell);
            outcomes.add(reason == null
                    ? CheckOutcome.passed(run.student(), run.notebook(), check.gradeId(), check.points())
                    : CheckOutcome.failed(run.student(), run.notebook(), check.gradeId(), check.points(), reason));
        }
        return outcomes;
    }

    /** Returns why an executed cell fails (its first error output, or that it never ran), or null if it passed. */
    private static String failure(JsonObject cell) {
        JsonArray outputs = cell.has("outputs") ? cell.getAsJsonArray("outputs") : new JsonArray();
        for (JsonElement element : outputs) {
            JsonObject output = element.getAsJsonObject();
            if ("error".equals(text(output, "output_type"))) {
                String name = text(output, "ename");
                String value = text(output, "evalue");
                String reason = value == null || value.isBlank() ? name : name + ": " + value;
                // A reason is one line of the grade table.
                return reason == null ? "error" : reason.replaceAll("\\s*\\R\\s*", " ").strip();
            }
        }
        return cell.has("execution_count") && !cell.get("execution_count").isJsonNull() ? null : NOT_REACHED;
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    /** A check cell's identity and worth, read from its nbgrader metadata. */
    record CheckCell(String gradeId, double points) {
        /** Returns the check cell's metadata, or null when the cell is not an autograded check. */
        static CheckCell of(JsonObject cell, int index) {
            if (!"code".equals(text(cell, "cell_type")) || !cell.has("metadata")
                    || !cell.getAsJsonObject("metadata").has("nbgrader")) {
                return null;
            }
            JsonObject nbgrader = cell.getAsJsonObject("metadata").getAsJsonObject("nbgrader");
            if (!flag(nbgrader, "grade") || flag(nbgrader, "solution")) {
                return null;
            }
            String gradeId = text(nbgrader, "grade_id");
            JsonElement points = nbgrader.get("points");
            return new CheckCell(gradeId == null ? "cell-" + index : gradeId,
                    points == null || points.isJsonNull() ? 0 : points.getAsDouble());
        }

        private static boolean flag(JsonObject nbgrader, String key) {
            JsonElement value = nbgrader.get(key);
            return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
        }
    }
}
