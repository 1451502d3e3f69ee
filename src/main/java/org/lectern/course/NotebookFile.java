package org.lectern.course;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lectern.nn.AtomicFile;

/**
 * A Jupyter notebook (nbformat 4) as JSON: its cells, changed in place, and written back the way
 * nbformat writes it (one-space indent, keys in the order read, non-ASCII as is), so an unchanged
 * notebook is written back byte for byte. Gson, which the kernel already uses, reads and writes it.
 *
 * <pre>{@code
 * NotebookFile notebook = NotebookFile.read(Path.of("notebooks/01-stacked-autoencoders.ipynb"));
 * for (NotebookCell cell : notebook.cells()) { ... }
 * notebook.write(Path.of("build/student-edition/01-stacked-autoencoders.ipynb"));
 * }</pre>
 */
public final class NotebookFile {
    private static final Gson GSON = new GsonBuilder().setFormattingStyle(FormattingStyle.PRETTY.withIndent(" "))
            .serializeNulls().disableHtmlEscaping().create();

    private final Path path;
    private final JsonObject json;
    private final boolean finalNewline;
    private final List<NotebookCell> cells = new ArrayList<>();

    private NotebookFile(Path path, JsonObject json, boolean finalNewline) {
        this.path = path;
        this.json = json;
        this.finalNewline = finalNewline;
        JsonArray array = json.getAsJsonArray("cells");
        for (int i = 0; i < array.size(); i++) {
            cells.add(new NotebookCell(this, i, array.get(i).getAsJsonObject()));
        }
    }

    /**
     * Reads a notebook.
     *
     * @throws NotebookFormatException if it is not nbformat 4 JSON with a list of cells
     * @throws UncheckedIOException    if it cannot be read
     */
    public static NotebookFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notebook " + path + ": " + e.getMessage(), e);
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new NotebookFormatException(path + " is not a notebook: its JSON does not parse (" + e.getMessage() + ")");
        }
        if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("cells") || !parsed.getAsJsonObject().get("cells").isJsonArray()
                || !parsed.getAsJsonObject().has("nbformat") || parsed.getAsJsonObject().get("nbformat").getAsInt() != 4) {
            throw new NotebookFormatException(path + " is not an nbformat 4 notebook (a JSON object with \"nbformat\": 4 "
                    + "and a list of \"cells\")");
        }
        for (JsonElement cell : parsed.getAsJsonObject().getAsJsonArray("cells")) {
            if (!cell.isJsonObject() || !cell.getAsJsonObject().has("cell_type")) {
                throw new NotebookFormatException(path + " has a cell that is not an object with a \"cell_type\": " + cell);
            }
        }
        return new NotebookFile(path, parsed.getAsJsonObject(), text.endsWith("\n"));
    }

    /** Returns the file it was read from. */
    public Path path() {
        return path;
    }

    /** Returns the file name, e.g. {@code 01-stacked-autoencoders.ipynb}. */
    public String name() {
        return path.getFileName().toString();
    }

    /** Returns the cells in order; changes to them change this notebook. */
    public List<NotebookCell> cells() {
        return List.copyOf(cells);
    }

    /** Returns the notebook as nbformat writes it. */
    public String text() {
        return GSON.toJson(json) + (finalNewline ? "\n" : "");
    }

    /** Writes the notebook to {@code target} atomically, creating its directory. */
    public void write(Path target) {
        AtomicFile.write(target, temporary -> Files.writeString(temporary, text(), StandardCharsets.UTF_8));
    }
}
