package org.lectern.course;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * One cell of a {@link NotebookFile}: its type, source, nbgrader metadata and outputs. Changes
 * write through to the notebook.
 */
public final class NotebookCell {
    private final NotebookFile notebook;
    private final int index;
    private final JsonObject json;

    NotebookCell(NotebookFile notebook, int index, JsonObject json) {
        this.notebook = notebook;
        this.index = index;
        this.json = json;
    }

    /** Returns the cell's position, from 1. */
    public int number() {
        return index + 1;
    }

    /** Returns the cell's id, or "" for notebooks older than nbformat 4.5. */
    public String id() {
        return json.has("id") ? json.get("id").getAsString() : "";
    }

    /** Returns {@code code}, {@code markdown} or {@code raw}. */
    public String type() {
        return json.get("cell_type").getAsString();
    }

    /** Returns whether this is a code cell. */
    public boolean isCode() {
        return type().equals("code");
    }

    /** Returns the source as one string (nbformat may store it as a list of lines). */
    public String source() {
        JsonElement source = json.get("source");
        if (source == null || source.isJsonNull()) {
            return "";
        }
        if (source.isJsonArray()) {
            StringBuilder text = new StringBuilder();
            source.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
            return text.toString();
        }
        return source.getAsString();
    }

    /** Replaces the source, stored as nbformat stores it: a list of lines, each but the last ending in a newline. */
    public void source(String text) {
        JsonArray lines = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        json.add("source", lines);
    }

    /** Returns a copy of the cell's metadata. */
    public JsonObject metadata() {
        JsonElement metadata = json.get("metadata");
        return metadata != null && metadata.isJsonObject() ? metadata.getAsJsonObject().deepCopy() : new JsonObject();
    }

    /** Returns a copy of the cell's {@code nbgrader} metadata, if it has any. */
    public Optional<JsonElement> nbgrader() {
        JsonObject metadata = metadata();
        return metadata.has("nbgrader") ? Optional.of(metadata.get("nbgrader")) : Optional.empty();
    }

    /** Returns whether nbgrader marks this cell as a solution (answer) cell. */
    public boolean isSolution() {
        return flag("solution");
    }

    /** Returns whether nbgrader grades this cell (a check cell, for code). */
    public boolean isGrade() {
        return flag("grade");
    }

    /** Returns the cell's nbgrader grade_id, or "" if it has none. */
    public String gradeId() {
        return nbgrader().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .filter(m -> m.has("grade_id") && m.get("grade_id").isJsonPrimitive())
                .map(m -> m.get("grade_id").getAsString()).orElse("");
    }

    /** Returns a copy of the outputs; empty for cells that have none. */
    public JsonArray outputs() {
        return json.has("outputs") && json.get("outputs").isJsonArray() ? json.getAsJsonArray("outputs").deepCopy() : new JsonArray();
    }

    /** Returns the execution count, or empty if the cell has not run. */
    public Optional<Integer> executionCount() {
        JsonElement count = json.get("execution_count");
        return count == null || count.isJsonNull() ? Optional.empty() : Optional.of(count.getAsInt());
    }

    /** Clears what running left in a code cell: outputs, execution count and the execution timing metadata. */
    public void clearExecution() {
        if (!isCode()) {
            return;
        }
        json.add("outputs", new JsonArray());
        json.add("execution_count", JsonNull.INSTANCE);
        JsonElement metadata = json.get("metadata");
        if (metadata != null && metadata.isJsonObject()) {
            metadata.getAsJsonObject().remove("execution");
        }
    }

    /** Returns where the cell is, for messages: {@code 01-stacked-autoencoders.ipynb, cell 52 (id 1a2bc68e)}. */
    public String where() {
        return notebook.name() + ", cell " + number() + (id().isEmpty() ? "" : " (id " + id() + ")");
    }

    private boolean flag(String key) {
        return nbgrader().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .filter(m -> m.has(key) && m.get(key).isJsonPrimitive() && m.get(key).getAsJsonPrimitive().isBoolean())
                .map(m -> m.get(key).getAsBoolean()).orElse(false);
    }
}
