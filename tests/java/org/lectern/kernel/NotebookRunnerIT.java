package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lectern run}'s runner on a notebook with a failing cell: exit 1, the cell named, the partial copy kept. */
class NotebookRunnerIT {
    @TempDir
    Path temp;

    @Test
    void aFailingCellFailsTheRunAndTheExecutedCopyShowsHowFarItGot() throws Exception {
        InstalledKernel kernel = InstalledKernel.install(temp);
        Path out = temp.resolve("out");
        InstalledKernel.Output run = kernel.run(List.of(InstalledKernel.PYTHON, InstalledKernel.RUNNER,
                "--out", out.toString(), "tests/resources/notebooks/failing.ipynb"), Duration.ofMinutes(3));

        assertEquals(1, run.exit(), run.text());
        assertTrue(run.text().contains("FAILED tests/resources/notebooks/failing.ipynb"), run.text());
        assertTrue(run.text().contains("this cell fails on purpose"), run.text());
        String executed = Files.readString(out.resolve("failing.ipynb"));
        assertTrue(executed.contains("IllegalStateException"), "the error output is saved");
        assertFalse(executed.contains("\"execution_count\": 3"), "cells after the failure do not run");
        assertTrue(Files.readString(out.resolve("failing.html")).contains("this cell fails on purpose"));
    }

    @Test
    void aMissingNotebookIsAUsageError() throws Exception {
        InstalledKernel kernel = InstalledKernel.install(temp);
        InstalledKernel.Output run = kernel.run(List.of(InstalledKernel.PYTHON, InstalledKernel.RUNNER,
                "no/such.ipynb"), Duration.ofMinutes(1));
        assertEquals(2, run.exit(), run.text());
        assertTrue(run.text().contains("no such notebook: no/such.ipynb"), run.text());
    }
}
