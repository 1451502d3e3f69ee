package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** What every network shows and checks: its summary, its parameter views and its input shapes. */
class NetworkTest {

    @Test
    void theSummaryListsLayersSizesActivationsParameterCountsAndRoles() {
        assertEquals("""
                Autoencoder 784-400-784: 628,384 parameters, float, loss MSE, Sgd lr 0.98, seed 42
                  #  layer               activation   parameters  role
                  0  Linear(784 -> 400)  tanh            314,000  encoder (code)
                  1  Linear(400 -> 784)  sigmoid         314,384  decoder (output)""",
                Autoencoder.builder().build().toString());
        assertEquals("""
                MLP 2-64-3: 387 parameters, double, loss MSE, Adam lr 0.001, seed 5
                  #  layer            activation   parameters  role
                  0  Linear(2 -> 64)  relu                192  hidden
                  1  Linear(64 -> 3)  sigmoid             195  output""",
                Mlp.builder().inputs(2).hidden(64, Activation.RELU).output(3, Activation.SIGMOID)
                        .updater(new Adam(1e-3)).dataType(DataType.DOUBLE).seed(5).build().summary());
    }

    @Test
    void weightsAndBiasesAreCopiesShapedLikeTheLayer() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).build();
        INDArray w = ae.weights(0);
        assertArrayEquals(new long[] {6, 4}, w.shape());
        assertArrayEquals(new long[] {4}, ae.bias(0).shape());
        // Column j is unit j's input weights: the first 6 values of the flat vector.
        assertEquals(6 * 4 + 4 + 4 * 6 + 6, ParamAssertions.values(ae.params()).length);
        for (int i = 0; i < 6; i++) {
            assertEquals(ae.params().getDouble(i), w.getDouble(i, 0), 0.0);
        }
        w.assign(0);
        assertEquals(ae.params().getDouble(0), ae.weights(0).getDouble(0, 0), 0.0, "changing a copy changes nothing");
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> ae.weights(2));
        assertEquals("layer 2 does not exist: this network has layers 0 to 1", e.getMessage());
    }

    @Test
    void setParamsReplacesEveryParameterAndRejectsAWrongLength() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).build();
        INDArray twos = Nd4j.valueArrayOf(new long[] {1, ae.parameterCount()}, 2.0, DataType.DOUBLE);
        ae.setParams(twos);
        assertEquals(2.0 * ae.parameterCount(), ae.params().sumNumber().doubleValue(), 0.0);
        assertEquals(DataType.FLOAT, ae.params().dataType());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ae.setParams(Nd4j.zeros(5)));
        assertEquals("this Autoencoder 6-4-6 has 58 parameters; got a vector of 5 [5]", e.getMessage());
    }

    @Test
    void featuresOfTheWrongShapeAreRejectedWithTheExpectedShape() {
        Autoencoder ae = Autoencoder.builder().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ae.reconstruct(Nd4j.rand(DataType.FLOAT, 10, 28, 28)));
        assertEquals("Autoencoder 784-400-784 expects features shaped [examples, 784] (one example per row); "
                + "got [10, 28, 28]", e.getMessage());
        assertArrayEquals(new long[] {1, 784}, ae.reconstruct(Nd4j.rand(DataType.FLOAT, 784)).shape(),
                "a single example may be a vector");
        Classifier clf = Classifier.builder().inputs(4).classes(3).build();
        IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
                () -> clf.fitBatch(new DataSet(Nd4j.rand(2, 4), Nd4j.rand(2, 10))));
        assertEquals("Classifier 4-3 expects targets shaped [examples, 3] (one example per row); got [2, 10]",
                labels.getMessage());
    }

    @Test
    void buildersExplainWhatIsMissingOrWrong() {
        IllegalStateException mlp = assertThrows(IllegalStateException.class,
                () -> Mlp.builder().inputs(3).loss(LossFunction.MSE).build());
        assertEquals("an MLP needs inputs(n) and output(units, activation); got inputs 3 and no output layer",
                mlp.getMessage());
        IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class,
                () -> Autoencoder.builder().hidden(0, Activation.TANH));
        assertEquals("a hidden layer needs at least 1 unit; got 0", hidden.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Autoencoder.builder().dataType(DataType.HALF));
        assertEquals("networks compute in FLOAT or DOUBLE; got HALF", type.getMessage());
        IllegalArgumentException classes = assertThrows(IllegalArgumentException.class,
                () -> Classifier.builder().classes(1));
        assertEquals("a classifier needs at least 2 classes; got 1", classes.getMessage());
    }

    @Test
    void aDoubleNetworkAcceptsFloatFeatures() {
        Autoencoder ae = Autoencoder.builder().inputs(5).hidden(3, Activation.TANH).dataType(DataType.DOUBLE).build();
        INDArray out = ae.reconstruct(Nd4j.rand(DataType.FLOAT, 2, 5));
        assertEquals(DataType.DOUBLE, out.dataType());
        assertArrayEquals(new long[] {2, 3}, ae.encode(Nd4j.rand(DataType.FLOAT, 2, 5)).shape());
    }
}
