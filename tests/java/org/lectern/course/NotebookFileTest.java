package org.lectern.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookFileTest {
    @TempDir
    Path temp;

    @Test
    void everyCommittedNotebookIsWrittenBackByteForByte() throws IOException {
        for (Path path : NbgraderFormatTest.notebooks()) {
            assertEquals(Files.readString(path), NotebookFile.read(path).text(), path + " changed on a round trip");
        }
    }

    @Test
    void aSourceIsStoredAsNbformatStoresIt() {
        NotebookFile notebook = NotebookFile.read(NbgraderFormatTest.FIXTURE);
        NotebookCell cell = notebook.cells().get(1);
        cell.source("int a = 1;\n\nint b = 2;");
        assertEquals("int a = 1;\n\nint b = 2;", cell.source());
        assertTrue(notebook.text().contains("   \"source\": [\n    \"int a = 1;\\n\",\n    \"\\n\",\n    \"int b = 2;\"\n   ]"),
                notebook.text());
    }

    @Test
    void clearingExecutionEmptiesOutputsCountAndTiming() {
        NotebookFile notebook = NotebookFile.read(NbgraderFormatTest.FIXTURE);
        NotebookCell check = notebook.cells().get(4);
        assertEquals(1, check.outputs().size());
        check.clearExecution();
        assertEquals(new JsonArray(), check.outputs());
        assertTrue(check.executionCount().isEmpty());
        assertTrue(!check.metadata().has("execution") && check.metadata().has("nbgrader"), check.metadata().toString());
        assertTrue(notebook.text().contains("\"execution_count\": null"), "a cleared count is written as null");
    }

    @Test
    void aFileThatIsNotANotebookIsRefusedWithItsPath() throws IOException {
        Path json = Files.writeString(temp.resolve("list.ipynb"), "[1, 2]");
        Path broken = Files.writeString(temp.resolve("broken.ipynb"), "{\"cells\": [");
        assertEquals(json + " is not an nbformat 4 notebook (a JSON object with \"nbformat\": 4 and a list of \"cells\")",
                assertThrows(NotebookFormatException.class, () -> NotebookFile.read(json)).getMessage());
        assertTrue(assertThrows(NotebookFormatException.class, () -> NotebookFile.read(broken)).getMessage()
                .startsWith(broken + " is not a notebook: its JSON does not parse"));
    }
}
