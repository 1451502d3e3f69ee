package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The contractive penalty: its closed form against a Jacobian taken by finite differences, the
 * network's loss and gradient (against finite differences in double precision), the DL4J layer that
 * carries it through saving and loading, and its argument checks.
 */
class ContractivePenaltyTest {
    private static final INDArray X = Nd4j.createFromArray(new double[][] {
            {0.0, 0.2, 0.9, 0.4, 0.6}, {1.0, 0.5, 0.1, 0.0, 0.3}, {0.3, 0.3, 0.3, 0.8, 0.7}, {0.5, 0.9, 0.2, 0.1, 0.0}});

    @TempDir
    Path dir;

    @Test
    void theClosedFormIsTheSquaredFrobeniusNormOfTheEncodersJacobian() {
        Autoencoder ae = autoencoder(ContractivePenalty.NONE);
        double[] closedForm = ContractivePenalty.squaredJacobianNorms(ae.encode(X), ae.weights(0));
        double step = 1e-6;
        for (int n = 0; n < X.rows(); n++) {
            double squares = 0;
            for (int i = 0; i < X.columns(); i++) {
                INDArray plus = X.getRow(n).dup().reshape(1, X.columns());
                INDArray minus = plus.dup();
                plus.putScalar(0, i, plus.getDouble(0, i) + step);
                minus.putScalar(0, i, minus.getDouble(0, i) - step);
                INDArray column = ae.encode(plus).sub(ae.encode(minus)).divi(2 * step);
                squares += column.mul(column).sumNumber().doubleValue();
            }
            assertEquals(squares, closedForm[n], 1e-8, "example " + n);
        }
        double mean = java.util.Arrays.stream(closedForm).average().orElseThrow();
        assertEquals(0.5 * mean, ContractivePenalty.of(0.5).loss(ae.encode(X), ae.weights(0)), 1e-15);
    }

    @Test
    void theLossGainsLambdaTimesTheMeanSquaredJacobianNorm() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder plain = autoencoder(ContractivePenalty.NONE, engine);
            Autoencoder contractive = autoencoder(ContractivePenalty.of(0.5), engine);
            double[] norms = ContractivePenalty.squaredJacobianNorms(plain.encode(X), plain.weights(0));
            double expected = plain.loss(X) + 0.5 * java.util.Arrays.stream(norms).average().orElseThrow();
            assertEquals(expected, contractive.loss(X), 1e-12, engine.toString());
        }
        assertInstanceOf(LeanEngine.class, autoencoder(ContractivePenalty.of(0.5)).engine(), "the automatic engine");
    }

    @Test
    void thePenalisedAutoencoderPassesAGradientCheck() {
        for (EngineFactory engine : Engines.BOTH) {
            GradientCheckTest.assertMatchesFiniteDifferences(autoencoder(ContractivePenalty.of(0.5), engine), X, X);
        }
    }

    @Test
    void aPenaltyOnADeeperLayerAndWithOtherPenaltiesPassesTheGradientCheck() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder deep = Autoencoder.builder().inputs(5).hidden(4, Activation.TANH).hidden(3, Activation.SIGMOID)
                    .contractive(2).dataType(DataType.DOUBLE).seed(6).engine(engine).build();
            GradientCheckTest.assertMatchesFiniteDifferences(deep, X, X);
            Autoencoder all = Autoencoder.builder().inputs(5).hidden(3, Activation.SIGMOID).contractive(0.7)
                    .klSparsity(0.2, 0.5).activityL1(0.05).dataType(DataType.DOUBLE).seed(6).engine(engine).build();
            GradientCheckTest.assertMatchesFiniteDifferences(all, X, X);
        }
    }

    @Test
    void savedModelsLoadWithThePenaltyAndTrainOnIdentically() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder contractive = Autoencoder.builder().inputs(5).hidden(3, Activation.SIGMOID).contractive(0.3)
                    .updater(new Adam(0.01)).seed(8).engine(engine).build();
            MultiLayerConfiguration conf = contractive.toMultiLayerNetwork().getLayerWiseConfigurations();
            assertTrue(conf.toJson().contains("\"@class\" : \"org.lectern.nn.ContractiveDenseLayer\""), conf.toJson());
            assertTrue(conf.toJson().contains("\"lambda\" : 0.3"), conf.toJson());
            assertEquals(conf, MultiLayerConfiguration.fromJson(conf.toJson()));

            INDArray x = X.castTo(DataType.FLOAT);
            contractive.fitBatch(new DataSet(x, x));
            contractive.save(dir.resolve("contractive.zip"));
            Autoencoder loaded = Autoencoder.load(dir.resolve("contractive.zip"));
            assertEquals(contractive.engine().getClass(), loaded.engine().getClass());
            assertEquals(contractive.spec(), loaded.spec());
            assertEquals(ContractivePenalty.of(0.3), loaded.layers().get(0).contractive());
            assertEquals(contractive.loss(x), loaded.loss(x), 0.0, engine.toString());
            assertEquals(contractive.fitBatch(new DataSet(x, x)), loaded.fitBatch(new DataSet(x, x)), 0.0,
                    engine.toString());
            ParamAssertions.assertBitIdentical(contractive.params(), loaded.params(),
                    engine + ": parameters after a step each");
        }
    }

    @Test
    void thePenaltyChangesTheGradientOfTheEncoderOnly() {
        for (EngineFactory engine : Engines.BOTH) {
            Autoencoder plain = autoencoder(ContractivePenalty.NONE, engine);
            Autoencoder contractive = autoencoder(ContractivePenalty.of(0.5), engine);
            INDArray extra = contractive.gradient(X, X).sub(plain.gradient(X, X));
            assertTrue(plain.layout().segment(extra, 0).norm1Number().doubleValue() > 1e-3,
                    engine + ": the encoder's gradient changes");
            assertEquals(0.0, plain.layout().segment(extra, 1).norm1Number().doubleValue(), 1e-15,
                    engine + ": the decoder's gradient does not");
        }
    }

    @Test
    void theNamesShowThePenalty() {
        Autoencoder contractive = Autoencoder.builder().hidden(256, Activation.SIGMOID).contractive(0.1).build();
        assertEquals("784 -> 256 sigmoid, contractive 0.1", contractive.layers().get(0).toString());
        assertTrue(contractive.summary().contains("encoder (code), contractive 0.1"), contractive.summary());
        assertEquals("ContractiveDenseLayer(784 -> 256, contractive 0.1)",
                contractive.toMultiLayerNetwork().getLayerWiseConfigurations().getConf(0).getLayer().toString());
        assertEquals(ContractivePenalty.NONE, contractive.classifier(10).layers().get(0).contractive());
    }

    @Test
    void badArgumentsAreRefusedWithWhatToDo() {
        for (double lambda : new double[] {-0.1, Double.POSITIVE_INFINITY, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Autoencoder.builder().hidden(4, Activation.SIGMOID).contractive(lambda));
            assertEquals("the contractive strength lambda must be a finite number >= 0 (0 = none); got " + lambda,
                    e.getMessage());
        }
        IllegalArgumentException relu = assertThrows(IllegalArgumentException.class,
                () -> Autoencoder.builder().hidden(256, Activation.RELU).contractive(0.1));
        assertEquals("the contractive penalty uses the closed form of a sigmoid layer's Jacobian, sum_j (h_j (1 - h_j))^2 "
                + "* sum_i W_ij^2; this layer is relu: use .hidden(units, Activation.SIGMOID).contractive(0.1)",
                relu.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> Autoencoder.builder().contractive(0.1));
        assertEquals("contractive(...) penalises the hidden layer added last, and none is added yet: call hidden(units, "
                + "activation) first, e.g. .hidden(256, Activation.SIGMOID).contractive(0.1)", none.getMessage());
        IllegalArgumentException shapes = assertThrows(IllegalArgumentException.class,
                () -> ContractivePenalty.squaredJacobianNorms(Nd4j.zeros(2, 3), Nd4j.zeros(5, 4)));
        assertEquals("the activations [examples, units] and the weights [inputs, units] need the same number of units; "
                + "got [2, 3] and [5, 4]", shapes.getMessage());
    }

    @Test
    void dl4jRefusesTheLayerWithAnotherActivation() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
                .layer(new ContractiveDenseLayer.Builder(ContractivePenalty.of(0.1)).nIn(3).nOut(2)
                        .activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunction.MSE).nIn(2).nOut(3).activation(Activation.SIGMOID).build())
                .build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new MultiLayerNetwork(conf).init());
        assertEquals("layer 0: the contractive penalty's closed form is that of a sigmoid layer; this "
                + "ContractiveDenseLayer applies tanh: give it .activation(Activation.SIGMOID)", e.getMessage());
    }

    private static Autoencoder autoencoder(ContractivePenalty penalty) {
        return autoencoder(penalty, EngineFactory.standard());
    }

    private static Autoencoder autoencoder(ContractivePenalty penalty, EngineFactory engine) {
        return Autoencoder.builder().inputs(5).hidden(3, Activation.SIGMOID).contractive(penalty)
                .dataType(DataType.DOUBLE).seed(8).engine(engine).build();
    }
}
