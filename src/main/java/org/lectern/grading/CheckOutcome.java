package org.lectern.grading;

import java.util.Objects;

/**
 * One student's result on one exercise check: a row of the grade table.
 *
 * @param student   the student's folder name
 * @param notebook  the notebook's path inside the student's folder
 * @param gradeId   the check cell's nbgrader {@code grade_id}
 * @param points    the points earned: all of them or none
 * @param maxPoints the check cell's nbgrader {@code points}
 * @param passed    whether the check cell ran without an error output
 * @param reason    why it failed (empty when it passed)
 */
public record CheckOutcome(String student, String notebook, String gradeId, double points, double maxPoints,
                           boolean passed, String reason) {
    /** Checks that nothing is missing. */
    public CheckOutcome {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(gradeId, "gradeId");
        Objects.requireNonNull(reason, "reason");
    }

    /** Returns a passed check that earns its points. */
    public static CheckOutcome passed(String student, String notebook, String gradeId, double maxPoints) {
        return new CheckOutcome(student, notebook, gradeId, maxPoints, maxPoints, true, "");
    }

    /** Returns a failed check that earns nothing, with the reason. */
    public static CheckOutcome failed(String student, String notebook, String gradeId, double maxPoints, String reason) {
        return new CheckOutcome(student, notebook, gradeId, 0, maxPoints, false, reason);
    }

    /** Returns "passed" or "failed", as the grade table writes it. */
    public String status() {
        return passed ? "passed" : "failed";
    }
}
