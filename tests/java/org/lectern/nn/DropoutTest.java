package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.GaussianDropout;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Dropout on a hidden layer's outputs (an autoencoder's code): it changes what training sees and
 * nothing that is measured outside training, drops the share of units it is given, travels through
 * DL4J's configuration and saved models, and is refused where it cannot apply.
 */
class DropoutTest {
    private static final INDArray X = Nd4j.rand(DataType.DOUBLE, 6, 5);

    @TempDir
    Path dir;

    @Test
    void inferenceOutputsCodesAndLossesAreThoseOfTheSameNetworkWithoutDropout() {
        Autoencoder dropped = autoencoder(0.5);
        Autoencoder plain = autoencoder(0);
        ParamAssertions.assertBitIdentical(plain.params(), dropped.params(), "same seed, same parameters");
        ParamAssertions.assertBitIdentical(plain.reconstruct(X), dropped.reconstruct(X), "reconstructions");
        ParamAssertions.assertBitIdentical(plain.encode(X), dropped.encode(X), "codes");
        assertEquals(plain.loss(X), dropped.loss(X), 0.0);
        assertEquals(plain.reconstructionError(X), dropped.reconstructionError(X), 0.0);
        // ... and it stays so when asked again: inference draws no mask.
        ParamAssertions.assertBitIdentical(dropped.reconstruct(X), dropped.reconstruct(X), "a second inference");
    }

    @Test
    void trainingSeesDroppedCodeUnits() {
        Autoencoder dropped = autoencoder(0.5);
        Autoencoder plain = autoencoder(0);
        MultiLayerNetwork network = dropped.toMultiLayerNetwork();
        INDArray training = network.output(X, true);
        assertFalse(equal(network.output(X, false), training), "a training pass differs from inference");
        assertFalse(equal(training, network.output(X, true)), "each training pass draws a new mask");
        assertTrue(equal(plain.toMultiLayerNetwork().output(X, true), plain.reconstruct(X)),
                "without dropout, training and inference passes agree");
        dropped.fitBatch(new DataSet(X, X));
        plain.fitBatch(new DataSet(X, X));
        assertFalse(equal(plain.params(), dropped.params()), "one step from the same parameters ends elsewhere");
    }

    @Test
    void theShareDroppedIsPAndTheKeptUnitsAreScaledUp() {
        // 4-4-4 identity network with identity weights and zero biases: a training output is the dropped-out code.
        double p = 0.25;
        Autoencoder ae = Autoencoder.builder().inputs(4).hidden(4, Activation.IDENTITY).dropout(p)
                .outputActivation(Activation.IDENTITY).dataType(DataType.DOUBLE).build();
        INDArray params = ae.params().assign(0);
        ae.layout().weights(params, 0).assign(Nd4j.eye(4));
        ae.layout().weights(params, 1).assign(Nd4j.eye(4));
        ae.setParams(params);
        double[] out = ae.toMultiLayerNetwork().output(Nd4j.ones(DataType.DOUBLE, 5000, 4), true).reshape(20_000)
                .toDoubleVector();
        int zeros = 0;
        for (double value : out) {
            if (value == 0) {
                zeros++;
            } else {
                assertEquals(1 / (1 - p), value, 1e-12, "kept units are scaled by 1 / (1 - p)");
            }
        }
        assertEquals(p, zeros / 20_000.0, 0.015, "share of dropped units");
    }

    @Test
    void theSpecTheSummaryAndTheEngineShowIt() {
        Autoencoder dropped = autoencoder(0.5);
        assertEquals(List.of(0.5, 0.0), dropped.layers().stream().map(LayerSpec::dropout).toList());
        assertEquals("5 -> 8 relu, dropout 0.5", dropped.layers().get(0).toString());
        assertTrue(dropped.summary().contains("encoder (code), dropout 0.5 in training"), dropped.summary());
        assertTrue(dropped.spec().hasDropout());
        assertInstanceOf(Dl4jEngine.class, dropped.engine(), "the standard engine falls back to DL4J");
        IllegalArgumentException lean = assertThrows(IllegalArgumentException.class, () -> Autoencoder.builder()
                .inputs(5).hidden(8, Activation.RELU).dropout(0.5).engine(EngineFactory.lean()).build());
        assertTrue(lean.getMessage().startsWith("The lean engine cannot compute this network: layer 0 has dropout 0.5 "
                + "on its outputs. "), lean.getMessage());
        MultiLayerNetwork network = dropped.toMultiLayerNetwork();
        assertEquals(new Dropout(0.5), network.getLayerWiseConfigurations().getConf(1).getLayer().getIDropout(),
                "DL4J keeps 1 - p at the decoder's input");
        assertEquals(null, network.getLayerWiseConfigurations().getConf(0).getLayer().getIDropout());
    }

    @Test
    void aSavedModelComesBackWithItsDropout() {
        Autoencoder dropped = Autoencoder.builder().inputs(5).hidden(8, Activation.RELU).dropout(0.2)
                .hidden(3, Activation.TANH).dropout(0.1).dataType(DataType.DOUBLE).build();
        Path file = dir.resolve("dropped.zip");
        dropped.save(file);
        Autoencoder loaded = Autoencoder.load(file);
        assertEquals(dropped.spec(), loaded.spec());
        assertEquals(List.of(0.2, 0.1, 0.0, 0.0), loaded.layers().stream().map(LayerSpec::dropout).toList());
        ParamAssertions.assertBitIdentical(dropped.reconstruct(X), loaded.reconstruct(X), "reconstructions");
    }

    @Test
    void aClassifierOnTheEncoderLeavesTheDropoutBehind() {
        Classifier classifier = autoencoder(0.5).classifier(3);
        assertFalse(classifier.spec().hasDropout());
        Classifier withOwn = Classifier.builder().encoder(autoencoder(0.5)).hidden(4, Activation.RELU).dropout(0.3)
                .classes(3).build();
        assertEquals(List.of(0.0, 0.3, 0.0), withOwn.layers().stream().map(LayerSpec::dropout).toList());
    }

    @Test
    void badProbabilitiesAndPlacesAreRefusedWithTheReason() {
        String range = "the dropout probability is the share of outputs zeroed in training, from 0 (none) up to but "
                + "not including 1; got ";
        for (double p : new double[] {1.0, -0.1, Double.NaN}) {
            assertEquals(range + p, assertThrows(IllegalArgumentException.class,
                    () -> Autoencoder.builder().hidden(8, Activation.RELU).dropout(p)).getMessage());
        }
        assertEquals("dropout(p) drops outputs of the hidden layer added last, and none is added yet: call "
                + "hidden(units, activation) first, e.g. .hidden(1000, Activation.RELU).dropout(0.5)",
                assertThrows(IllegalStateException.class, () -> Autoencoder.builder().dropout(0.5)).getMessage());
        List<LayerSpec> layers = List.of(new LayerSpec(3, 2, Activation.TANH),
                new LayerSpec(2, 3, Activation.SIGMOID).withDropout(0.5));
        assertEquals("dropout goes on a hidden layer's outputs; the output layer 2 -> 3 sigmoid, dropout 0.5 has it: "
                + "put it on a hidden layer with .hidden(units, activation).dropout(p)",
                assertThrows(IllegalArgumentException.class, () -> new NetworkSpec(layers, LossFunction.MSE, new Sgd(0.1),
                        DataType.FLOAT, 1, Init.PYTORCH)).getMessage());
    }

    @Test
    void dl4jNetworksWithDropoutOnTheInputsOrAnotherKindAreRefused() {
        MultiLayerNetwork onInputs = autoencoder(0).toMultiLayerNetwork();
        onInputs.getLayerWiseConfigurations().getConf(0).getLayer().setIDropout(new Dropout(0.8));
        assertEquals("layer 0 drops out the network's inputs; Lectern's dense networks drop out only hidden layers' "
                + "outputs (dropout on layer i's input is layer i-1's dropout)", assertThrows(IllegalArgumentException.class,
                        () -> Dl4jConfigurations.specOf(onInputs, Init.PYTORCH)).getMessage());
        MultiLayerNetwork gaussian = autoencoder(0).toMultiLayerNetwork();
        gaussian.getLayerWiseConfigurations().getConf(1).getLayer().setIDropout(new GaussianDropout(0.1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Dl4jConfigurations.specOf(gaussian, Init.PYTORCH))
                .getMessage().endsWith("; Lectern's dense networks use DL4J's plain Dropout with a fixed probability"));
    }

    @Test
    void dropoutAndPenaltiesTravelTogether() {
        LayerSpec all = new LayerSpec(5, 8, Activation.SIGMOID, ActivityL1.batchMean(0.1), KlSparsity.of(0.05, 3),
                ContractivePenalty.of(0.1), 0.25);
        assertEquals(0.25, all.withActivityL1(ActivityL1.NONE).withKlSparsity(KlSparsity.NONE)
                .withContractive(ContractivePenalty.NONE).dropout());
        assertEquals(all, all.withDropout(0).withDropout(0.25), "withDropout keeps the penalties");
        assertEquals(new LayerSpec(5, 8, Activation.SIGMOID), all.withoutPenalties(), "and dropout goes too");
        assertEquals(new LayerSpec(5, 8, Activation.SIGMOID), new LayerSpec(5, 8, Activation.SIGMOID,
                ActivityL1.NONE, KlSparsity.NONE, ContractivePenalty.NONE, -0.0), "-0.0 is no dropout");

        Autoencoder both = Autoencoder.builder().inputs(5).hidden(8, Activation.SIGMOID).klSparsity(0.05, 3)
                .dropout(0.2).hidden(3, Activation.SIGMOID).contractive(0.1).dropout(0.1).dataType(DataType.DOUBLE)
                .updater(new Sgd(0.5)).seed(4).build();
        assertEquals("5 -> 8 sigmoid, KL sparsity rho 0.05 beta 3, dropout 0.2", both.layers().get(0).toString());
        assertTrue(both.summary().contains("contractive 0.1, dropout 0.1 in training"), both.summary());
        assertInstanceOf(Dl4jEngine.class, both.engine(), "dropout sends even penalised networks to DL4J");
        MultiLayerNetwork network = both.toMultiLayerNetwork();
        assertInstanceOf(ContractiveDenseLayer.class, network.getLayerWiseConfigurations().getConf(1).getLayer());
        assertEquals(new Dropout(0.8), network.getLayerWiseConfigurations().getConf(1).getLayer().getIDropout());
        Path file = dir.resolve("both.zip");
        both.save(file);
        assertEquals(both.spec(), Autoencoder.load(file).spec());
        assertFalse(both.classifier(2).spec().hasDropout());
        assertFalse(both.classifier(2).layers().stream().anyMatch(LayerSpec::penalised));

        // The contractive layer's own computation drops its inputs in training, too.
        Autoencoder intoContractive = Autoencoder.builder().inputs(5).hidden(8, Activation.RELU).dropout(0.5)
                .hidden(3, Activation.SIGMOID).contractive(0.1).dataType(DataType.DOUBLE).updater(new Sgd(0.5))
                .seed(4).build();
        MultiLayerNetwork contractive = intoContractive.toMultiLayerNetwork();
        INDArray code = contractive.feedForwardToLayer(1, X, false).get(2);
        assertFalse(equal(code, contractive.feedForwardToLayer(1, X, true).get(2)));
        intoContractive.fitBatch(new DataSet(X, X));
        assertTrue(Double.isFinite(intoContractive.loss(new DataSet(X, X))));
    }

    private static Autoencoder autoencoder(double dropout) {
        return Autoencoder.builder().inputs(5).hidden(8, Activation.RELU).dropout(dropout).dataType(DataType.DOUBLE)
                .updater(new Sgd(0.5)).seed(4).engine(EngineFactory.dl4j()).build();
    }

    private static boolean equal(INDArray a, INDArray b) {
        return java.util.Arrays.equals(ParamAssertions.values(a), ParamAssertions.values(b));
    }
}
