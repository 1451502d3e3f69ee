package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

/**
 * Backprop against central finite differences, in double precision: through {@link Network}'s
 * own gradient on each engine and with DL4J's {@code GradientCheckUtil} on the
 * exported network.
 */
class GradientCheckTest {
    private static final double EPSILON = 1e-6;
    private static final double MAX_RELATIVE_ERROR = 1e-5;
    private static final double MIN_ABSOLUTE_ERROR = 1e-9;

    private static final INDArray FEATURES = Nd4j.rand(DataType.DOUBLE, 5, 6);

    @Test
    void theAutoencoderGradientMatchesFiniteDifferences() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).dataType(DataType.DOUBLE)
                    .seed(3).engine(engine).build();
            assertMatchesFiniteDifferences(ae, FEATURES, FEATURES);
        }
    }

    @Test
    void theStackedAutoencoderGradientMatchesFiniteDifferences() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder stacked = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).dataType(DataType.DOUBLE)
                    .seed(3).engine(engine).build().stack(3, Activation.TANH);
            assertMatchesFiniteDifferences(stacked, FEATURES, FEATURES);
        }
    }

    @Test
    void theClassifierGradientMatchesFiniteDifferences() {
        for (EngineFactory engine : Engines.BOTH) {
            assertMatchesFiniteDifferences(classifier(engine), FEATURES, labels());
        }
    }

    @Test
    void everyActivationAndLossOfTheLeanEngineMatchesFiniteDifferences() {
        INDArray targets = Nd4j.rand(DataType.DOUBLE, 5, 3);
        for (Activation hidden : new Activation[] {Activation.IDENTITY, Activation.TANH, Activation.SIGMOID,
                Activation.RELU}) {
            Mlp mlp = Mlp.builder().inputs(6).hidden(4, hidden).hidden(3, Activation.TANH)
                    .output(3, Activation.SIGMOID).dataType(DataType.DOUBLE).seed(9).engine(EngineFactory.lean())
                    .build();
            assertMatchesFiniteDifferences(mlp, FEATURES, targets);
        }
        Mlp softmax = Mlp.builder().inputs(6).hidden(4, Activation.RELU).output(3, Activation.SOFTMAX)
                .loss(org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction.MCXENT).dataType(DataType.DOUBLE)
                .seed(9).engine(EngineFactory.lean()).build();
        assertMatchesFiniteDifferences(softmax, FEATURES, labels());
    }

    @Test
    void dl4jGradientCheckPassesForTheAutoencoderAndTheClassifier() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).dataType(DataType.DOUBLE)
                .updater(new NoOp()).seed(3).build();
        Classifier clf = Classifier.builder().encoder(ae).classes(3).updater(new NoOp()).build();
        // GradientCheckUtil insists on double as ND4J's default type, a global setting: restore it after.
        DataType defaultType = Nd4j.defaultFloatingPointType();
        DataType networkType = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            assertTrue(dl4jCheck(ae, FEATURES), "autoencoder");
            assertTrue(dl4jCheck(clf, labels()), "classifier");
        } finally {
            Nd4j.setDefaultDataTypes(networkType, defaultType);
        }
    }

    private static boolean dl4jCheck(Network network, INDArray labels) {
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(network.toMultiLayerNetwork())
                .input(FEATURES).labels(labels).epsilon(EPSILON).maxRelError(MAX_RELATIVE_ERROR)
                .minAbsoluteError(MIN_ABSOLUTE_ERROR));
    }

    private static Classifier classifier(EngineFactory engine) {
        Autoencoder encoder = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).hidden(3, Activation.TANH)
                .dataType(DataType.DOUBLE).seed(4).engine(engine).build();
        return Classifier.builder().encoder(encoder).classes(3).build();
    }

    private static INDArray labels() {
        return Nd4j.createFromArray(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}});
    }

    static void assertMatchesFiniteDifferences(Network network, INDArray features, INDArray targets) {
        INDArray params = network.params();
        double[] analytic = ParamAssertions.values(network.gradient(features, targets));
        for (int i = 0; i < analytic.length; i++) {
            double original = params.getDouble(i);
            params.putScalar(i, original + EPSILON);
            network.setParams(params);
            double plus = network.loss(features, targets);
            params.putScalar(i, original - EPSILON);
            network.setParams(params);
            double minus = network.loss(features, targets);
            params.putScalar(i, original);
            double numeric = (plus - minus) / (2 * EPSILON);
            double absolute = Math.abs(numeric - analytic[i]);
            double relative = absolute / Math.max(Math.abs(numeric), Math.abs(analytic[i]));
            assertTrue(absolute < MIN_ABSOLUTE_ERROR || relative < MAX_RELATIVE_ERROR, network.kind() + " parameter "
                    + i + ": backprop " + analytic[i] + ", finite difference " + numeric);
        }
        network.setParams(params);
    }
}
