package org.lectern.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lectern.kernel.execution.CellTesting.failure;
import static org.lectern.kernel.execution.CellTesting.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedFailureTest extends SharedEvaluatorTestCase {
    @Override
    List<String> firstCells() {
        return List.of("import org.lectern.lecture.*;");
    }

    @Test
    void aFailedCheckIsItsFailLineAloneNamedCheckFailed() {
        ReportedFailureException e = failure(ReportedFailureException.class, evaluator, """
                double loss = 0.2;
                Check.that("final loss", loss).hint("train longer").isBelow(0.1)""");
        assertEquals("CheckFailed", e.errorName());
        assertEquals("FAIL: final loss is 0.2, not below 0.1. Hint: train longer", e.errorValue());
        assertEquals(List.of("FAIL: final loss is 0.2, not below 0.1. Hint: train longer"), e.traceback());
    }

    @Test
    void aFailedCheckInsideACellMethodStillShowsNoFrames() {
        ReportedFailureException e = failure(ReportedFailureException.class, evaluator, """
                void verify(double accuracy) {
                    Check.accuracy("test accuracy", accuracy).isAbove(90);
                }
                verify(80);""");
        assertEquals("CheckFailed", e.errorName());
        assertEquals("FAIL: test accuracy is 80%, not above 90%", plain(e));
    }

    @Test
    void anyExceptionWithAMessageAndNoStackTraceIsReportedTheSameWay() {
        ReportedFailureException e = failure(ReportedFailureException.class, evaluator, """
                class Refused extends RuntimeException {
                    Refused(String why) { super(why, null, false, false); }
                }
                throw new Refused("the answer must be positive");""");
        assertEquals("Refused", e.errorName());
        assertEquals(List.of("the answer must be positive"), e.traceback());
    }

    @Test
    void aJdkExceptionWithoutAStackTraceIsNoReport() {
        EvaluationException e = failure(EvaluationException.class, evaluator, """
                IllegalStateException quiet = new IllegalStateException("no frames");
                quiet.setStackTrace(new StackTraceElement[0]);
                throw quiet;""");
        assertEquals("java.lang.IllegalStateException", e.errorName());
        assertEquals("java.lang.IllegalStateException: no frames", plain(e));
    }

    @Test
    void anExceptionWithAStackTraceKeepsItsFrames() {
        EvaluationException e = failure(EvaluationException.class, evaluator, "throw new IllegalStateException(\"bug\");");
        assertEquals("java.lang.IllegalStateException", e.errorName());
        assertEquals("java.lang.IllegalStateException: bug\n    at cell line 1\n        throw new IllegalStateException(\"bug\");",
                plain(e));
    }

    @Test
    void aPassedCheckIsTheCellsValue() throws CellException {
        Object value = evaluator.eval("Check.that(\"final loss\", 0.05).isBelow(0.1)");
        assertEquals("PASS: final loss is 0.05, below 0.1", String.valueOf(value));
        assertFalse(String.valueOf(value).contains("Hint"));
    }
}
