package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.nn.Classifier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.dataset.api.iterator.TestDataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

/** Per-class accuracy and confusion counts on predictions whose answers are known. */
class ClassificationReportTest {
    private static final List<String> NAMES = List.of("cat", "dog", "bird");
    // true:      cat cat cat dog dog bird bird bird bird
    // predicted: cat cat dog dog bird bird bird cat bird
    private static final int[] ACTUAL = {0, 0, 0, 1, 1, 2, 2, 2, 2};
    private static final int[] PREDICTED = {0, 0, 1, 1, 2, 2, 2, 0, 2};

    @Test
    void countsPerClassAndOverall() {
        ClassificationReport report = ClassificationReport.of(ACTUAL, PREDICTED, NAMES);
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {1, 0, 3}}, report.confusionMatrix());
        assertEquals(9, report.examples());
        assertEquals(6, report.correct());
        assertEquals(600.0 / 9, report.accuracyPercent(), 1e-12);
        assertArrayEquals(new double[] {200.0 / 3, 50.0, 75.0}, report.perClassAccuracyPercent(), 1e-12);
        assertEquals(3, report.correct(2));
        assertEquals(4, report.total(2));
        assertEquals(9, report.evaluation().getNumRowCounter(), "DL4J's Evaluation counted every example");
    }

    @Test
    void thePerClassTableShowsIndexNameCountsAndAccuracy() {
        Table table = ClassificationReport.of(ACTUAL, PREDICTED, NAMES).perClassTable();
        assertEquals(List.of("class", "name", "correct", "total", "accuracy %"), table.columnNames());
        assertEquals(List.of(0, 1, 2), table.intColumn("class").asList());
        assertEquals(List.of("cat", "dog", "bird"), table.stringColumn("name").asList());
        assertEquals(List.of(2, 1, 3), table.intColumn("correct").asList());
        assertEquals(List.of(3, 2, 4), table.intColumn("total").asList());
        assertEquals(75.0, table.doubleColumn("accuracy %").get(2), 1e-12);
    }

    @Test
    void theLecturesNumbersGoBesideOursWithTheDifference() {
        Table table = ClassificationReport.of(ACTUAL, PREDICTED, NAMES).perClassTable(Map.of(0, 70.0, 2, 80.0));
        assertEquals(List.of("class", "name", "correct", "total", "accuracy %", "lecture %", "difference"),
                table.columnNames());
        assertEquals(80.0, table.doubleColumn("lecture %").get(2), 0.0);
        assertEquals(-5.0, table.doubleColumn("difference").get(2), 1e-12);
        assertTrue(table.doubleColumn("lecture %").isMissing(1), "no lecture number for dog");
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> ClassificationReport.of(ACTUAL, PREDICTED, NAMES).perClassTable(Map.of(7, 1.0)));
        assertEquals("class 7 does not exist: the classes are 0 to 2", e.getMessage());
    }

    @Test
    void theConfusionTableHasTrueClassRowsAndPredictedClassColumns() {
        Table table = ClassificationReport.of(ACTUAL, PREDICTED, NAMES).confusionTable();
        assertEquals(List.of("true \\ predicted", "cat", "dog", "bird"), table.columnNames());
        assertEquals(List.of("cat", "dog", "bird"), table.stringColumn(0).asList());
        assertEquals(List.of(2, 0, 1), table.intColumn("cat").asList(), "predicted cat: 2 cats, 0 dogs, 1 bird");
        assertEquals(List.of(0, 1, 3), table.intColumn("bird").asList(), "predicted bird: 0 cats, 1 dog, 3 birds");
    }

    @Test
    void aClassifiersPredictionsAreCountedOverAllBatches() {
        // No hidden layer, weights 10 * identity, zero bias: the predicted class is the largest feature.
        Classifier argmax = Classifier.builder().inputs(3).classes(3).build();
        INDArray params = Nd4j.concat(0, Nd4j.eye(3).mul(10).reshape(9), Nd4j.zeros(3)).castTo(
                argmax.dataType());
        argmax.setParams(params);
        INDArray features = Nd4j.zeros(9, 3);
        for (int i = 0; i < 9; i++) {
            features.putScalar(i, PREDICTED[i], 1.0);
        }
        INDArray labels = Nd4j.zeros(9, 3);
        for (int i = 0; i < 9; i++) {
            labels.putScalar(i, ACTUAL[i], 1.0);
        }
        DataSetIterator batches = new TestDataSetIterator(new DataSet(features, labels), 4);
        ClassificationReport report = ClassificationReport.of(argmax, batches, NAMES);
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {1, 0, 3}}, report.confusionMatrix());
    }

    @Test
    void badInputIsExplained() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0, 1}, new int[] {0}, NAMES));
        assertEquals("got 2 true classes but 1 predictions; there must be one prediction per example",
                length.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0, 3}, new int[] {0, 1}, NAMES));
        assertEquals("true class 3 of example 1 is not a class index 0..2", index.getMessage());
    }
}
