package org.lectern.kernel.execution;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Base of tests that share one evaluator per class, set up with {@link #firstCells()}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedEvaluatorTestCase {
    JShellEvaluator evaluator;

    /** Returns the cells run once before the tests, e.g. a variable they expect to survive; none by default. */
    List<String> firstCells() {
        return List.of();
    }

    @BeforeAll
    void startEvaluator() throws CellException {
        evaluator = JShellEvaluator.builder().build();
        for (String cell : firstCells()) {
            evaluator.eval(cell);
        }
    }

    @AfterAll
    void closeEvaluator() {
        evaluator.close();
    }
}
