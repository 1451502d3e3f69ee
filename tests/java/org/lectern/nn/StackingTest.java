package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.nn.ParamAssertions.assertBitIdentical;
import static org.lectern.nn.ParamAssertions.values;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The lecture's three stages: 784-400-784, stacked 784-400-256-400-784, classifier 784-400-256-10. */
class StackingTest {
    private static Autoencoder trained;

    @BeforeAll
    static void trainTheSingleAutoencoderALittle() {
        trained = Autoencoder.builder().build();
        INDArray images = Nd4j.rand(DataType.FLOAT, 50, 784);
        for (int i = 0; i < 3; i++) {
            trained.fitBatch(new DataSet(images, images));
        }
        // So that "kept bit for bit" means the trained values, not the fresh ones.
        assertFalse(Arrays.equals(values(trained.params()), values(Autoencoder.builder().build().params())));
    }

    @Test
    void theLectureAutoencoderHasTheLectureShapeAndSettings() {
        assertEquals(List.of(new LayerSpec(784, 400, Activation.TANH), new LayerSpec(400, 784, Activation.SIGMOID)),
                trained.layers());
        assertEquals(LossFunction.MSE, trained.loss());
        assertEquals(new Sgd(0.98), trained.updater());
        assertEquals(0, trained.codeLayer());
        assertEquals(400, trained.codeSize());
        assertEquals(784 * 400 + 400 + 400 * 784 + 784, trained.parameterCount());
    }

    @Test
    void stackingInsertsTwoLayersAndKeepsTheOuterOnesBitForBit() {
        Autoencoder stacked = trained.stack(256, Activation.TANH);

        assertEquals(List.of(new LayerSpec(784, 400, Activation.TANH), new LayerSpec(400, 256, Activation.TANH),
                new LayerSpec(256, 400, Activation.TANH), new LayerSpec(400, 784, Activation.SIGMOID)),
                stacked.layers());
        assertEquals("784-400-256-400-784", stacked.spec().sizes());
        assertBitIdentical(trained.weights(0), stacked.weights(0), "encoder weights");
        assertBitIdentical(trained.bias(0), stacked.bias(0), "encoder biases");
        assertBitIdentical(trained.weights(1), stacked.weights(3), "decoder weights");
        assertBitIdentical(trained.bias(1), stacked.bias(3), "decoder biases");
        assertEquals(1, stacked.codeLayer());
        assertEquals(256, stacked.codeSize());
        assertEquals(trained.updater(), stacked.updater());
        assertEquals(trained.loss(), stacked.loss());
        assertArrayEquals(new long[] {5, 256}, stacked.encode(Nd4j.rand(5, 784)).shape());
    }

    @Test
    void theNewInnerLayersAreFreshSeededAndWithinTheirBounds() {
        Autoencoder stacked = trained.stack(256, Activation.TANH);
        Autoencoder again = trained.stack(256, Activation.TANH);
        for (int layer : new int[] {1, 2}) {
            assertBitIdentical(stacked.weights(layer), again.weights(layer), "seeded layer " + layer);
            double bound = 1 / Math.sqrt(stacked.layers().get(layer).inputs());
            double max = Arrays.stream(values(stacked.weights(layer))).map(Math::abs).max().orElseThrow();
            assertTrue(max <= (float) bound && max > 0.95 * bound, "layer " + layer + " max |w| " + max);
        }
        assertFalse(Arrays.equals(values(stacked.weights(1)), values(stacked.weights(2).transpose())));
    }

    @Test
    void theTrainedAutoencoderIsUnchangedByStacking() {
        INDArray before = trained.params();
        trained.stack(128);
        assertBitIdentical(before, trained.params(), "the original");
    }

    @Test
    void theClassifierKeepsTheEncoderWithItsParametersAndAddsASoftmaxHead() {
        Autoencoder stacked = trained.stack(256, Activation.TANH);
        Classifier clf = stacked.classifier(10);

        assertEquals(List.of(new LayerSpec(784, 400, Activation.TANH), new LayerSpec(400, 256, Activation.TANH),
                new LayerSpec(256, 10, Activation.SOFTMAX)), clf.layers());
        assertBitIdentical(stacked.weights(0), clf.weights(0), "first encoder layer weights");
        assertBitIdentical(stacked.bias(0), clf.bias(0), "first encoder layer biases");
        assertBitIdentical(stacked.weights(1), clf.weights(1), "second encoder layer weights");
        assertBitIdentical(stacked.bias(1), clf.bias(1), "second encoder layer biases");
        assertEquals(LossFunction.NEGATIVELOGLIKELIHOOD, clf.loss());
        assertEquals(new Sgd(0.1), clf.updater());
        assertEquals(10, clf.classes());
        double bound = 1 / Math.sqrt(256);
        assertTrue(Arrays.stream(values(clf.weights(2))).allMatch(w -> Math.abs(w) <= (float) bound));
        INDArray p = clf.probabilities(Nd4j.rand(4, 784));
        assertArrayEquals(new long[] {4, 10}, p.shape());
        assertEquals(4.0, p.sumNumber().doubleValue(), 1e-5, "each row sums to 1");
        assertEquals(4, clf.predict(Nd4j.rand(4, 784)).length);
    }

    @Test
    void aClassifierBuilderCanAddHiddenLayersAfterTheEncoderAndChecksInputs() {
        Classifier clf = Classifier.builder().encoder(trained).hidden(32, Activation.RELU).classes(3).build();
        assertEquals("784-400-32-3", clf.spec().sizes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Classifier.builder().encoder(trained).inputs(100).build());
        assertEquals("inputs(100) does not match the encoder's 784 inputs; leave inputs(...) out when building on "
                + "an encoder", e.getMessage());
    }

    @Test
    void buildingADeepAutoencoderDirectlyMirrorsItsEncoder() {
        Autoencoder deep = Autoencoder.builder().hidden(400, Activation.TANH).hidden(256, Activation.RELU).build();
        assertEquals(List.of(new LayerSpec(784, 400, Activation.TANH), new LayerSpec(400, 256, Activation.RELU),
                new LayerSpec(256, 400, Activation.RELU), new LayerSpec(400, 784, Activation.SIGMOID)), deep.layers());
        assertInstanceOf(Autoencoder.class, deep.stack(64));
        assertEquals("784-400-256-64-256-400-784", deep.stack(64).spec().sizes());
        assertEquals(Activation.RELU, deep.stack(64).layers().get(2).activation(), "stack(n) uses the code's activation");
    }
}
