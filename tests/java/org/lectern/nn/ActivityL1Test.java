package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The L1 activity penalty: its per-activation gradient ({@code rho * sign(h)}, or {@code rho / B}
 * averaged over the batch), its loss term, the DL4J activation that carries it, and its checks.
 */
class ActivityL1Test {
    private static final double RHO = 0.1;
    private static final INDArray X = Nd4j.createFromArray(new double[][] {
            {0.0, 0.2, 0.9, 0.4}, {1.0, 0.5, 0.1, 0.0}, {0.3, 0.3, 0.3, 0.8}});

    @TempDir
    Path dir;

    @Test
    void theDl4jActivationAddsRhoTimesTheSignOfEachActivationPerExampleOfTheSummedLoss() {
        // h = identity(z) with positive, negative and zero entries; the incoming gradient is zero.
        INDArray z = Nd4j.createFromArray(new double[][] {{0.5, -2.0, 0.0}, {-0.25, 0.0, 3.0}});
        INDArray dLdz = new L1ActivityActivation(new ActivationIdentity(), ActivityL1.sum(RHO))
                .backprop(z.dup(), Nd4j.zeros(DataType.DOUBLE, 2, 3)).getFirst();
        // DL4J divides the summed gradient by B = 2 at the end, so rho * sign(h) arrives as 2 * rho * sign(h).
        assertArrayEquals(new double[] {0.2, -0.2, 0, -0.2, 0, 0.2}, ParamAssertions.values(dLdz), 1e-15);

        INDArray mean = new L1ActivityActivation(new ActivationIdentity(), ActivityL1.batchMean(RHO))
                .backprop(z.dup(), Nd4j.zeros(DataType.DOUBLE, 2, 3)).getFirst();
        assertArrayEquals(new double[] {0.1, -0.1, 0, -0.1, 0, 0.1}, ParamAssertions.values(mean), 1e-15);
    }

    @Test
    void theBiasGradientGainsRhoTimesTheSignSummedOverTheBatchAndZeroActivationsGainNothing() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder plain = autoencoder(engine, ActivityL1.NONE);
            Autoencoder sparse = autoencoder(engine, ActivityL1.sum(RHO));
            INDArray params = plain.params();
            // Unit 2 of the code gets zero weights and bias: h = tanh(0) = 0 exactly for every example.
            plain.layout().weights(params, 0).getColumn(2).assign(0);
            plain.layout().bias(params, 0).putScalar(2, 0);
            plain.setParams(params);
            sparse.setParams(params);
            INDArray h = plain.encode(X);

            INDArray extra = sparse.gradient(X, X).sub(plain.gradient(X, X));
            INDArray biasExtra = plain.layout().bias(extra, 0);
            for (int unit = 0; unit < 3; unit++) {
                double expected = 0;
                for (int example = 0; example < X.rows(); example++) {
                    double value = h.getDouble(example, unit);
                    expected += RHO * Math.signum(value) * (1 - value * value);
                }
                assertEquals(expected, biasExtra.getDouble(unit), 1e-12, engine + " bias of unit " + unit);
            }
            assertEquals(0.0, biasExtra.getDouble(2), 0.0, engine + ": sign(0) = 0");
            assertEquals(0.0, plain.layout().segment(extra, 1).norm1Number().doubleValue(), 1e-15,
                    engine + ": the decoder's gradient does not change");
        }
    }

    @Test
    void theLossGainsRhoTimesTheSumOfAbsoluteActivationsOrItsBatchMean() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder plain = autoencoder(engine, ActivityL1.NONE);
            double sumAbs = plain.encode(X).norm1Number().doubleValue();
            assertEquals(plain.loss(X) + RHO * sumAbs, autoencoder(engine, ActivityL1.sum(RHO)).loss(X), 1e-12,
                    engine.toString());
            assertEquals(plain.loss(X) + RHO * sumAbs / X.rows(), autoencoder(engine, ActivityL1.batchMean(RHO))
                    .loss(X), 1e-12, engine.toString());
        }
    }

    @Test
    void rhoZeroGivesExactlyThePlainGradient() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder plain = autoencoder(engine, ActivityL1.NONE);
            Autoencoder zero = Autoencoder.builder().inputs(4).hidden(3, Activation.TANH).activityL1(0.0)
                    .dataType(DataType.DOUBLE).seed(8).engine(engine).build();
            ParamAssertions.assertBitIdentical(plain.gradient(X, X), zero.gradient(X, X), engine + " gradient");
        }
    }

    @Test
    void thePenalisedModelPassesAGradientCheck() {
        for (EngineFactory engine : Engines.BOTH) {
            GradientCheckTest.assertMatchesFiniteDifferences(autoencoder(engine, ActivityL1.sum(RHO)), X, X);
            GradientCheckTest.assertMatchesFiniteDifferences(autoencoder(engine, ActivityL1.batchMean(0.3)), X, X);
        }
    }

    @Test
    void dl4jConfigurationJsonKeepsThePenaltyAndSavedModelsLoadWithIt() {
        Autoencoder sparse = Autoencoder.builder().inputs(4).hidden(3, Activation.TANH).activityL1(RHO)
                .updater(new Adam(1e-3)).seed(8).build();
        MultiLayerConfiguration conf = sparse.toMultiLayerNetwork().getLayerWiseConfigurations();
        assertTrue(conf.toJson().contains("L1ActivityActivation"), conf.toJson());
        assertEquals(conf, MultiLayerConfiguration.fromJson(conf.toJson()));

        sparse.save(dir.resolve("sparse.zip"));
        Autoencoder loaded = Autoencoder.load(dir.resolve("sparse.zip"));
        assertEquals(sparse.spec(), loaded.spec());
        assertEquals(ActivityL1.sum(RHO), loaded.layers().get(0).activityL1());
        assertEquals(sparse.loss(X.castTo(DataType.FLOAT)), loaded.loss(X.castTo(DataType.FLOAT)), 0.0);
    }

    @Test
    void theSummaryAndTheLayerNameThePenalty() {
        Autoencoder sparse = Autoencoder.builder().hidden(400, Activation.TANH).activityL1(RHO).build();
        assertEquals("784 -> 400 tanh, L1 activity 0.1", sparse.layers().get(0).toString());
        assertTrue(sparse.summary().contains("encoder (code), L1 activity 0.1"), sparse.summary());
        assertEquals("tanh + L1 activity 0.1 (batch mean)",
                new L1ActivityActivation(new ActivationTanH(), ActivityL1.batchMean(RHO)).toString());
    }

    @Test
    void aClassifierOnASparseEncoderDropsThePenalty() {
        Autoencoder sparse = Autoencoder.builder().inputs(4).hidden(3, Activation.TANH).activityL1(RHO).build();
        assertEquals(ActivityL1.NONE, sparse.classifier(2).layers().get(0).activityL1());
    }

    @Test
    void misplacedOrInvalidPenaltiesAreRefusedWithWhatToDo() {
        IllegalStateException first = assertThrows(IllegalStateException.class,
                () -> Autoencoder.builder().activityL1(RHO));
        assertEquals("activityL1(...) penalises the hidden layer added last, and none is added yet: call "
                + "hidden(units, activation) first, e.g. .hidden(400, Activation.TANH).activityL1(0.1)", first.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> Autoencoder.builder().hidden(4, Activation.TANH).activityL1(-0.1));
        assertEquals("the L1 activity strength rho must be a finite number >= 0 (0 = none); got -0.1",
                negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActivityL1.sum(Double.NaN));
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder().inputs(2).output(1, Activation.SIGMOID).build().spec()
                        .withLayers(java.util.List.of(new LayerSpec(2, 1, Activation.SIGMOID, ActivityL1.sum(RHO)))));
        assertEquals("an activity L1 penalty goes on a hidden layer; the output layer 2 -> 1 sigmoid, L1 activity 0.1 "
                + "has one: put it on a hidden layer with .hidden(units, activation).activityL1(rho)", output.getMessage());
    }

    private static Autoencoder autoencoder(EngineFactory engine, ActivityL1 penalty) {
        return Autoencoder.builder().inputs(4).hidden(3, Activation.TANH).activityL1(penalty)
                .dataType(DataType.DOUBLE).seed(8).engine(engine).build();
    }
}
