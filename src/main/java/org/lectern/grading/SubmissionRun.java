package org.lectern.grading;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the execution of one submitted notebook ended, as the executor ({@code lectern_grade.py}) recorded it.
 *
 * @param student   the student's folder name
 * @param notebook  the notebook's path inside the student's folder
 * @param executed  the executed copy, or null when the submission could not be read as a notebook
 * @param stoppedAt the index of the cell where execution was stopped, or null when every cell ran
 * @param reason    why execution stopped (time limit, dead kernel, out of memory, unreadable), or null
 */
public record SubmissionRun(String student, String notebook, Path executed, Integer stoppedAt, String reason) {
    /** Checks that a stopped or unreadable run says why. */
    public SubmissionRun {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(notebook, "notebook");
        if ((stoppedAt != null || executed == null) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("the run of " + student + "/" + notebook + " stopped without a reason");
        }
    }

    /** Returns whether the cell at this index comes at or after the cell where execution was stopped. */
    public boolean stoppedBefore(int cellIndex) {
        return stoppedAt != null && cellIndex >= stoppedAt;
    }
}
