package org.lectern.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Executed notebooks written out cell by cell, for the grading tests. */
final class Notebooks {
    private final JsonArray cells = new JsonArray();

    static Notebooks builder() {
        return new Notebooks();
    }

    Notebooks markdown(String text) {
        cells.add(JsonParser.parseString("{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"" + text + "\"}"));
        return this;
    }

    /** A plain code cell that ran. */
    Notebooks code(int executionCount) {
        cells.add(JsonParser.parseString("{\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": "
                + executionCount + ", \"outputs\": [], \"source\": \"int x = 1;\"}"));
        return this;
    }

    /** A check cell that ran with the given outputs (JSON array text); executionCount null if it never ran. */
    Notebooks check(String gradeId, Object points, Integer executionCount, String outputs) {
        cells.add(JsonParser.parseString("{\"cell_type\": \"code\", \"metadata\": {\"nbgrader\": {\"grade\": true, "
                + "\"grade_id\": \"" + gradeId + "\", \"locked\": true, \"points\": " + points
                + ", \"schema_version\": 3, \"solution\": false, \"task\": false}}, \"execution_count\": "
                + executionCount + ", \"outputs\": " + outputs + ", \"source\": \"check();\"}"));
        return this;
    }

    /** An answer cell (solution, not graded). */
    Notebooks answer(String gradeId, int executionCount) {
        cells.add(JsonParser.parseString("{\"cell_type\": \"code\", \"metadata\": {\"nbgrader\": {\"grade\": false, "
                + "\"grade_id\": \"" + gradeId + "\", \"locked\": false, \"schema_version\": 3, \"solution\": true, "
                + "\"task\": false}}, \"execution_count\": " + executionCount + ", \"outputs\": [], \"source\": \"x\"}"));
        return this;
    }

    /** A manually graded answer (solution and grade both true), which the autograder leaves out. */
    Notebooks manual(String gradeId) {
        cells.add(JsonParser.parseString("{\"cell_type\": \"code\", \"metadata\": {\"nbgrader\": {\"grade\": true, "
                + "\"grade_id\": \"" + gradeId + "\", \"locked\": false, \"points\": 5, \"schema_version\": 3, "
                + "\"solution\": true, \"task\": false}}, \"execution_count\": 9, \"outputs\": [], \"source\": \"x\"}"));
        return this;
    }

    JsonObject build() {
        JsonObject notebook = new JsonObject();
        notebook.add("cells", cells);
        notebook.add("metadata", new JsonObject());
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 5);
        return notebook;
    }

    static String error(String ename, String evalue) {
        return "[{\"output_type\": \"error\", \"ename\": \"" + ename + "\", \"evalue\": \"" + evalue
                + "\", \"traceback\": [\"" + ename + "\"]}]";
    }

    static final String PRINTED = "[{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"ok\\n\"}]";
}
