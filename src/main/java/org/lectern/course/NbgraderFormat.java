package org.lectern.course;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a notebook against nbgrader's cell metadata schema, version 3 (nbgrader's
 * {@code nbgraderformat/v3.json} and the rules of its {@code MetadataValidatorV3}), and against
 * Lectern's exercise contract on top of it. nbgrader: the keys {@code schema_version} (3),
 * {@code grade}, {@code locked}, {@code solution} are required, {@code task} is a boolean,
 * {@code grade_id} matches {@code [a-zA-Z0-9_-]*}, {@code points} is a number, {@code checksum}
 * has 32 characters, {@code cell_type} is raw, code or markdown, and no other key is allowed; a
 * graded, solution or locked cell has a non-empty grade_id, unique in the notebook; a graded cell
 * has points; a markdown cell is graded exactly when it is a solution; a task cell is markdown.
 * Lectern: points are above 0; solution delimiter lines appear only in solution cells (prose may
 * name them), which have at
 * least one well-formed region (see {@link SolutionRegions}); a graded code cell is locked and no
 * solution; a code cell that runs a {@code Check} is graded; and every solution cell is followed by
 * a graded cell (its check) before the next solution cell.
 */
public final class NbgraderFormat {
    private static final Set<String> KEYS = Set.of("schema_version", "grade", "locked", "solution", "task", "grade_id",
            "points", "checksum", "cell_type");
    private static final List<String> REQUIRED = List.of("schema_version", "grade", "locked", "solution");
    private static final Pattern GRADE_ID = Pattern.compile("[a-zA-Z0-9_\\-]*");
    private static final Pattern RUNS_A_CHECK = Pattern.compile("\\bCheck\\s*\\.\\s*(that|loss|accuracy|image)\\s*\\(");

    private NbgraderFormat() {
    }

    /** Returns every problem found, each naming the notebook and the cell; empty if the notebook is well-formed. */
    public static List<String> problems(NotebookFile notebook) {
        List<String> problems = new ArrayList<>();
        Map<String, NotebookCell> ids = new HashMap<>();
        NotebookCell unchecked = null;
        for (NotebookCell cell : notebook.cells()) {
            if (cell.isCode() && cell.isSolution()) {
                if (unchecked != null) {
                    problems.add(unchecked.where() + ": the solution cell \"" + unchecked.gradeId() + "\" has no check: "
                            + "add a graded cell after it, before the next solution cell");
                }
                unchecked = cell;
            } else if (cell.isCode() && cell.isGrade()) {
                unchecked = null;
            }
            List<String> found = cellProblems(cell);
            problems.addAll(found);
            if (!found.isEmpty()) {
                continue;
            }
            JsonObject meta = cell.nbgrader().map(JsonElement::getAsJsonObject).orElse(null);
            if (meta != null && (cell.isGrade() || cell.isSolution() || bool(meta, "locked"))) {
                NotebookCell earlier = ids.putIfAbsent(cell.gradeId(), cell);
                if (earlier != null) {
                    problems.add(cell.where() + ": grade_id \"" + cell.gradeId() + "\" is already used by cell "
                            + earlier.number() + "; every grade_id must be unique in the notebook");
                }
            }
        }
        if (unchecked != null) {
            problems.add(unchecked.where() + ": the solution cell \"" + unchecked.gradeId() + "\" has no check: add a graded "
                    + "cell after it");
        }
        return problems;
    }

    /** Throws a {@link NotebookFormatException} listing every problem, if there is any. */
    public static void require(NotebookFile notebook) {
        List<String> problems = problems(notebook);
        if (!problems.isEmpty()) {
            throw new NotebookFormatException(notebook.path() + " breaks the nbgrader format:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> cellProblems(NotebookCell cell) {
        List<String> problems = new ArrayList<>();
        String where = cell.where();
        if (cell.nbgrader().isEmpty()) {
            if (SolutionRegions.hasDelimiterLines(cell.source())) {
                problems.add(where + ": has solution delimiters but is not a solution cell; mark it with nbgrader "
                        + "metadata \"solution\": true");
            } else if (cell.isCode() && RUNS_A_CHECK.matcher(cell.source()).find()) {
                problems.add(where + ": runs a Check but is not a graded cell; mark it as an nbgrader check cell "
                        + "(\"grade\": true, \"locked\": true, \"points\")");
            }
            return problems;
        }
        JsonElement element = cell.nbgrader().get();
        if (!element.isJsonObject()) {
            problems.add(where + ": metadata.nbgrader must be an object; got " + element);
            return problems;
        }
        JsonObject meta = element.getAsJsonObject();
        schemaProblems(meta, where, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        boolean grade = bool(meta, "grade");
        boolean solution = bool(meta, "solution");
        boolean locked = bool(meta, "locked");
        boolean task = meta.has("task") && bool(meta, "task");
        if ((grade || solution || locked) && (!meta.has("grade_id") || meta.get("grade_id").getAsString().isEmpty())) {
            problems.add(where + ": a graded, solution or locked cell needs a non-empty grade_id");
        }
        if (grade && !meta.has("points")) {
            problems.add(where + ": the graded cell \"" + cell.gradeId() + "\" has no points");
        } else if (grade && !(meta.get("points").getAsDouble() > 0)) {
            problems.add(where + ": the graded cell \"" + cell.gradeId() + "\" is worth " + meta.get("points")
                    + " points; a check is worth more than 0");
        }
        if (task && !cell.type().equals("markdown")) {
            problems.add(where + ": a task cell must be markdown");
        }
        if (!task && cell.type().equals("markdown") && grade != solution) {
            problems.add(where + ": a markdown cell must be both graded and a solution, or neither");
        }
        if (!solution && SolutionRegions.hasDelimiterLines(cell.source())) {
            problems.add(where + ": has solution delimiters but is not a solution cell");
        }
        if (cell.isCode() && solution) {
            try {
                if (SolutionRegions.find(cell.source(), where).isEmpty()) {
                    problems.add(where + ": the solution cell \"" + cell.gradeId() + "\" has no region; put the part the "
                            + "student writes between " + SolutionRegions.BEGIN + " and " + SolutionRegions.END);
                }
            } catch (NotebookFormatException e) {
                problems.add(e.getMessage());
            }
        }
        if (cell.isCode() && grade && (solution || !locked)) {
            problems.add(where + ": the check cell \"" + cell.gradeId() + "\" must be locked and not a solution "
                    + "(\"locked\": true, \"solution\": false)");
        }
        if (cell.isCode() && !grade && RUNS_A_CHECK.matcher(cell.source()).find()) {
            problems.add(where + ": runs a Check but is not a graded cell");
        }
        return problems;
    }

    private static void schemaProblems(JsonObject meta, String where, List<String> problems) {
        for (String key : meta.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(where + ": nbgrader metadata has the key \"" + key + "\", which schema 3 does not allow "
                        + "(allowed: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        for (String key : REQUIRED) {
            if (!meta.has(key)) {
                problems.add(where + ": nbgrader metadata lacks the required key \"" + key + "\"");
            }
        }
        if (meta.has("schema_version") && !(isNumber(meta.get("schema_version"))
                && meta.get("schema_version").getAsString().equals("3"))) {
            problems.add(where + ": nbgrader schema_version must be the integer 3; got " + meta.get("schema_version"));
        }
        for (String key : List.of("grade", "locked", "solution", "task")) {
            if (meta.has(key) && !(meta.get(key).isJsonPrimitive() && meta.get(key).getAsJsonPrimitive().isBoolean())) {
                problems.add(where + ": nbgrader \"" + key + "\" must be true or false; got " + meta.get(key));
            }
        }
        if (meta.has("grade_id") && !(isString(meta.get("grade_id")) && GRADE_ID.matcher(meta.get("grade_id").getAsString()).matches())) {
            problems.add(where + ": nbgrader grade_id must be a string of letters, digits, - and _; got " + meta.get("grade_id"));
        }
        if (meta.has("points") && !(isNumber(meta.get("points")) && meta.get("points").getAsDouble() >= 0)) {
            problems.add(where + ": nbgrader points must be a number, 0 or more; got " + meta.get("points"));
        }
        if (meta.has("checksum") && !(isString(meta.get("checksum")) && meta.get("checksum").getAsString().length() == 32)) {
            problems.add(where + ": nbgrader checksum must be a string of 32 characters; got " + meta.get("checksum"));
        }
        if (meta.has("cell_type") && !(isString(meta.get("cell_type"))
                && Set.of("raw", "code", "markdown").contains(meta.get("cell_type").getAsString()))) {
            problems.add(where + ": nbgrader cell_type must be raw, code or markdown; got " + meta.get("cell_type"));
        }
    }

    private static boolean bool(JsonObject meta, String key) {
        return meta.has(key) && meta.get(key).isJsonPrimitive() && meta.get(key).getAsJsonPrimitive().isBoolean()
                && meta.get(key).getAsBoolean();
    }

    private static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && ((JsonPrimitive) e).isNumber();
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && ((JsonPrimitive) e).isString();
    }
}
