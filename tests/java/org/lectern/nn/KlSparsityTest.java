package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The KL sparsity penalty: its value against the formula, its gradient (per activation, and of a
 * whole network against finite differences in double precision), the DL4J activation that carries
 * it through saving and loading, and its argument checks.
 */
class KlSparsityTest {
    private static final INDArray X = Nd4j.createFromArray(new double[][] {
            {0.0, 0.2, 0.9, 0.4, 0.6}, {1.0, 0.5, 0.1, 0.0, 0.3}, {0.3, 0.3, 0.3, 0.8, 0.7}, {0.5, 0.9, 0.2, 0.1, 0.0}});

    @TempDir
    Path dir;

    @Test
    void thePenaltyIsZeroWhereEveryUnitsMeanActivationIsRho() {
        // Unit means over the batch: (0.1 + 0.3) / 2 = 0.2 and (0.05 + 0.35) / 2 = 0.2.
        INDArray h = Nd4j.createFromArray(new double[][] {{0.1, 0.05}, {0.3, 0.35}});
        assertEquals(0.0, KlSparsity.of(0.2, 3).loss(h), 1e-15);
        assertTrue(KlSparsity.of(0.1, 3).loss(h) > 0, "another rho gives a positive penalty");
    }

    @Test
    void thePenaltyMatchesAHandComputedCase() {
        // rho_hat = (0.2, 0.6): KL(0.2 || 0.2) = 0; KL(0.2 || 0.6) = 0.2 ln(0.2 / 0.6) + 0.8 ln(0.8 / 0.4) = 0.334795...
        INDArray h = Nd4j.createFromArray(new double[][] {{0.1, 0.5}, {0.3, 0.7}});
        double second = 0.2 * Math.log(1.0 / 3) + 0.8 * Math.log(2);
        assertEquals(0.33479528, second, 1e-8);
        assertArrayEquals(new double[] {0, second}, KlSparsity.of(0.2, 2).divergences(h), 1e-15);
        assertEquals(2 * second, KlSparsity.of(0.2, 2).loss(h), 1e-15);
        assertEquals(2 * second, KlSparsity.of(0.2, 2).loss(h.castTo(DataType.FLOAT)), 1e-7);
    }

    @Test
    void aSaturatedUnitGivesALargeFinitePenalty() {
        INDArray h = Nd4j.createFromArray(new float[][] {{1f, 0.5f}, {1f, 0.5f}});
        double loss = KlSparsity.of(0.05, 1).loss(h);
        assertTrue(Double.isFinite(loss) && loss > 10, "penalty " + loss);
    }

    @Test
    void theDl4jActivationAddsTheDerivativeOfTheDivergenceAtEachUnitsBatchMean() {
        // Identity inside: h = z, so the gradient with respect to z is the incoming one plus the penalty's.
        INDArray z = Nd4j.createFromArray(new double[][] {{0.1, 0.5}, {0.3, 0.7}});
        INDArray incoming = Nd4j.createFromArray(new double[][] {{1.0, -1.0}, {0.5, 0.25}});
        INDArray dLdz = new KlSparsityActivation(new ActivationIdentity(), KlSparsity.of(0.2, 2))
                .backprop(z.dup(), incoming.dup()).getFirst();
        double first = 2 * (-0.2 / 0.2 + 0.8 / 0.8);
        double second = 2 * (-0.2 / 0.6 + 0.8 / 0.4);
        assertArrayEquals(new double[] {1.0 + first, -1.0 + second, 0.5 + first, 0.25 + second},
                ParamAssertions.values(dLdz), 1e-12);
    }

    @Test
    void theLossGainsBetaTimesTheDivergenceOfTheCodesBatchMeans() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder plain = autoencoder(KlSparsity.NONE, engine);
            Autoencoder sparse = autoencoder(KlSparsity.of(0.1, 3), engine);
            double expected = plain.loss(X) + KlSparsity.of(0.1, 3).loss(plain.encode(X));
            assertEquals(expected, sparse.loss(X), 1e-12, engine.toString());
            assertTrue(sparse.loss(X) > plain.loss(X) + 0.1, engine + ": the code's means are far from 0.1");
        }
    }

    @Test
    void thePenalisedAutoencoderPassesAGradientCheck() {
        for (EngineFactory engine : Engines.BOTH) {
            GradientCheckTest.assertMatchesFiniteDifferences(autoencoder(KlSparsity.of(0.1, 3), engine), X, X);
        }
    }

    @Test
    void aPenaltyOnADeeperLayerReachesTheLayersBelowInTheGradientCheck() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder deep = Autoencoder.builder().inputs(5).hidden(4, Activation.TANH).hidden(3, Activation.SIGMOID)
                    .klSparsity(0.3, 2).dataType(DataType.DOUBLE).seed(6).engine(engine).build();
            GradientCheckTest.assertMatchesFiniteDifferences(deep, X, X);
            Mlp mlp = Mlp.builder().inputs(5).hidden(3, Activation.SIGMOID).klSparsity(0.05, 1).activityL1(0.01)
                    .output(2, Activation.SIGMOID).dataType(DataType.DOUBLE).seed(6).engine(engine).build();
            GradientCheckTest.assertMatchesFiniteDifferences(mlp, X, Nd4j.rand(DataType.DOUBLE, 4, 2));
        }
    }

    @Test
    void theAutomaticEngineIsTheLeanOne() {
        assertInstanceOf(LeanEngine.class, Autoencoder.builder().hidden(4, Activation.SIGMOID).klSparsity(0.1, 3).build()
                .engine());
    }

    @Test
    void savedModelsLoadWithThePenaltyAndTrainOnIdentically() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder sparse = Autoencoder.builder().inputs(5).hidden(3, Activation.SIGMOID).klSparsity(0.05, 2)
                    .updater(new Adam(0.01)).seed(8).engine(engine).build();
            MultiLayerConfiguration conf = sparse.toMultiLayerNetwork().getLayerWiseConfigurations();
            assertTrue(conf.toJson().contains("KlSparsityActivation"), conf.toJson());
            assertEquals(conf, MultiLayerConfiguration.fromJson(conf.toJson()));

            INDArray x = X.castTo(DataType.FLOAT);
            sparse.fitBatch(new DataSet(x, x));
            sparse.save(dir.resolve("sparse.zip"));
            Autoencoder loaded = Autoencoder.load(dir.resolve("sparse.zip"));
            assertEquals(sparse.engine().getClass(), loaded.engine().getClass());
            assertEquals(sparse.spec(), loaded.spec());
            assertEquals(KlSparsity.of(0.05, 2), loaded.layers().get(0).klSparsity());
            assertEquals(sparse.loss(x), loaded.loss(x), 0.0, engine.toString());
            assertEquals(sparse.fitBatch(new DataSet(x, x)), loaded.fitBatch(new DataSet(x, x)), 0.0, engine.toString());
            ParamAssertions.assertBitIdentical(sparse.params(), loaded.params(), engine + ": parameters after a step each");
        }
    }

    @Test
    void theLayerTheSummaryAndTheActivationNameThePenalty() {
        Autoencoder sparse = Autoencoder.builder().hidden(256, Activation.SIGMOID).klSparsity(0.05, 3).build();
        assertEquals("784 -> 256 sigmoid, KL sparsity rho 0.05 beta 3", sparse.layers().get(0).toString());
        assertTrue(sparse.summary().contains("encoder (code), KL sparsity rho 0.05 beta 3"), sparse.summary());
        assertEquals("sigmoid + KL sparsity rho 0.05 beta 3",
                new KlSparsityActivation(new ActivationSigmoid(), KlSparsity.of(0.05, 3)).toString());
        assertEquals(KlSparsity.NONE, sparse.classifier(10).layers().get(0).klSparsity(),
                "a classifier on the encoder trains without the penalty");
        assertEquals(KlSparsity.NONE, Autoencoder.builder().hidden(4, Activation.SIGMOID).klSparsity(0.3, 0).build()
                .layers().get(0).klSparsity(), "beta 0 is no penalty");
    }

    @Test
    void badArgumentsAreRefusedWithWhatToDo() {
        for (double rho : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KlSparsity.of(rho, 1));
            assertEquals("the KL sparsity target rho is a mean sigmoid activation, strictly between 0 and 1 (e.g. 0.05); "
                    + "got " + rho, e.getMessage());
        }
        for (double beta : new double[] {-1, Double.POSITIVE_INFINITY, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KlSparsity.of(0.05, beta));
            assertEquals("the KL sparsity strength beta must be a finite number >= 0 (0 = none); got " + beta,
                    e.getMessage());
        }
        IllegalArgumentException tanh = assertThrows(IllegalArgumentException.class,
                () -> Autoencoder.builder().hidden(256, Activation.TANH).klSparsity(0.05, 3));
        assertEquals("KL sparsity compares each unit's mean activation with the target rho, a probability in (0, 1), so "
                + "it needs a sigmoid layer; this layer is tanh: use .hidden(units, Activation.SIGMOID).klSparsity(0.05, 3)",
                tanh.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LayerSpec(4, 3, Activation.RELU, ActivityL1.NONE, KlSparsity.of(0.1, 1), ContractivePenalty.NONE));
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> Autoencoder.builder().klSparsity(0.05, 3));
        assertEquals("klSparsity(...) penalises the hidden layer added last, and none is added yet: call hidden(units, "
                + "activation) first, e.g. .hidden(256, Activation.SIGMOID).klSparsity(0.05, 3)", none.getMessage());
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> autoencoder(KlSparsity.NONE).spec().withLayers(java.util.List.of(
                        new LayerSpec(5, 5, Activation.SIGMOID, ActivityL1.NONE, KlSparsity.of(0.1, 1),
                                ContractivePenalty.NONE))));
        assertEquals("KL sparsity and contractive penalties go on a hidden layer; the output layer 5 -> 5 sigmoid, KL "
                + "sparsity rho 0.1 beta 1 has one: put it on a hidden sigmoid layer with .hidden(units, "
                + "Activation.SIGMOID).klSparsity(rho, beta) or .contractive(lambda)", output.getMessage());
    }

    private static Autoencoder autoencoder(KlSparsity penalty) {
        return autoencoder(penalty, EngineFactory.standard());
    }

    private static Autoencoder autoencoder(KlSparsity penalty, EngineFactory engine) {
        return Autoencoder.builder().inputs(5).hidden(3, Activation.SIGMOID).klSparsity(penalty)
                .dataType(DataType.DOUBLE).seed(8).engine(engine).build();
    }
}
