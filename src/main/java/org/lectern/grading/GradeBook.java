package org.lectern.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every student's outcome on every exercise check, with per-student totals and per-exercise pass rates.
 * The checks a notebook has are the instructor's when given, and those found in any submission of it, so a
 * student whose copy lost a check cell, or could not be read at all, still gets a failed row for it.
 */
public final class GradeBook {
    /** What a check that a submission no longer contains says. */
    public static final String MISSING = "check cell missing from the submission";

    private final List<CheckOutcome> outcomes;

    private GradeBook(List<CheckOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** One student's points over all notebooks. */
    public record StudentTotal(String student, double points, double maxPoints) {
    }

    /** How many students passed one exercise check. */
    public record ExerciseRate(String notebook, String gradeId, double maxPoints, int passed, int graded) {
        /** Returns the passed fraction, 0 to 1. */
        public double rate() {
            return graded == 0 ? 0 : (double) passed / graded;
        }
    }

    /** Builds the grade book from each run and the outcomes graded from its executed copy (empty if it had none). */
    public static GradeBook of(Map<SubmissionRun, List<CheckOutcome>> graded) {
        return of(graded, Map.of());
    }

    /**
     * Builds the grade book, every notebook named in {@code expected} graded on those checks (grade_id to points, in
     * order: the instructor's) first, then on any other check found in a submission.
     */
    public static GradeBook of(Map<SubmissionRun, List<CheckOutcome>> graded, Map<String, Map<String, Double>> expected) {
        Map<String, Map<String, Double>> known = new LinkedHashMap<>();
        expected.forEach((notebook, checks) -> known.put(notebook, new LinkedHashMap<>(checks)));
        graded.values().forEach(list -> list.forEach(outcome -> known
                .computeIfAbsent(outcome.notebook(), notebook -> new LinkedHashMap<>())
                .putIfAbsent(outcome.gradeId(), outcome.maxPoints())));
        List<CheckOutcome> rows = new ArrayList<>();
        graded.forEach((run, list) -> {
            Map<String, Double> checks = known.getOrDefault(run.notebook(), Map.of());
            if (checks.isEmpty() && run.executed() == null) {
                rows.add(CheckOutcome.failed(run.student(), run.notebook(), "", 0, run.reason()));
            }
            checks.forEach((gradeId, maxPoints) -> rows.add(list.stream()
                    .filter(outcome -> outcome.gradeId().equals(gradeId)).findFirst()
                    .orElseGet(() -> CheckOutcome.failed(run.student(), run.notebook(), gradeId, maxPoints,
                            run.executed() == null ? run.reason() : MISSING))));
        });
        return new GradeBook(rows);
    }

    /** Returns one row per student and exercise check, students and notebooks in run order, checks in cell order. */
    public List<CheckOutcome> outcomes() {
        return outcomes;
    }

    /** Returns each student's total, in run order. */
    public List<StudentTotal> studentTotals() {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (CheckOutcome outcome : outcomes) {
            double[] sum = sums.computeIfAbsent(outcome.student(), student -> new double[2]);
            sum[0] += outcome.points();
            sum[1] += outcome.maxPoints();
        }
        List<StudentTotal> totals = new ArrayList<>();
        sums.forEach((student, sum) -> totals.add(new StudentTotal(student, sum[0], sum[1])));
        return totals;
    }

    /** Returns each exercise check's pass count, in the order the checks first appear. */
    public List<ExerciseRate> exerciseRates() {
        Map<List<String>, ExerciseRate> rates = new LinkedHashMap<>();
        for (CheckOutcome outcome : outcomes) {
            rates.merge(List.of(outcome.notebook(), outcome.gradeId()),
                    new ExerciseRate(outcome.notebook(), outcome.gradeId(), outcome.maxPoints(), outcome.passed() ? 1 : 0, 1),
                    (a, b) -> new ExerciseRate(a.notebook(), a.gradeId(), a.maxPoints(), a.passed() + b.passed(),
                            a.graded() + b.graded()));
        }
        return List.copyOf(rates.values());
    }
}
