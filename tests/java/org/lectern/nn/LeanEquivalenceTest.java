package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * The lean engine computes what DL4J computes: the same losses and parameters, step after step,
 * from the same initial parameters, in double precision (relative difference below
 * {@value #TOLERANCE}), for every activation, loss, penalty and updater it supports; and
 * its updater state crosses to DL4J and back.
 */
class LeanEquivalenceTest {
    static final double TOLERANCE = 1e-5;
    private static final int STEPS = 4;

    private static final INDArray X = Nd4j.rand(DataType.DOUBLE, 7, 6);
    private static final INDArray Y = Nd4j.createFromArray(new double[][] {
            {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}});
    private static final INDArray REGRESSION = Nd4j.rand(DataType.DOUBLE, 7, 3).subi(0.5);

    @TempDir
    Path dir;

    static Stream<Arguments> updaters() {
        return Stream.of(new Sgd(0.7), new Adam(0.05), new Nesterovs(0.1, 0.9), new AdaGrad(0.2), new RmsProp(0.02),
                new AdaMax(0.05), new Nadam(0.05), new AMSGrad(0.05), new AdaDelta(),
                new Sgd(new ExponentialSchedule(ScheduleType.ITERATION, 0.5, 0.8)),
                new Adam(new StepSchedule(ScheduleType.EPOCH, 0.05, 0.5, 1))).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updaters")
    void theLectureAutoencoderTrainsAlikeWithEveryUpdater(IUpdater updater) {
        assertSameTraining(() -> Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).updater(updater)
                .dataType(DataType.DOUBLE).seed(1), X, X);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updaters")
    void aStackedClassifierTrainsAlikeWithEveryUpdater(IUpdater updater) {
        assertSameTraining(() -> Classifier.builder().inputs(6).hidden(5, Activation.TANH).hidden(4, Activation.RELU)
                .classes(3).updater(updater).dataType(DataType.DOUBLE).seed(2), X, Y);
    }

    @Test
    void everyActivationTrainsAlike() {
        for (Activation hidden : List.of(Activation.IDENTITY, Activation.TANH, Activation.SIGMOID, Activation.RELU)) {
            for (Activation output : List.of(Activation.IDENTITY, Activation.TANH, Activation.SIGMOID,
                    Activation.RELU)) {
                assertSameTraining(() -> Mlp.builder().inputs(6).hidden(5, hidden).output(3, output)
                        .updater(new Sgd(0.3)).dataType(DataType.DOUBLE).seed(3), X, REGRESSION.add(0.5));
            }
        }
    }

    @Test
    void theCrossEntropyLossesTrainAlike() {
        for (LossFunction loss : List.of(LossFunction.MCXENT, LossFunction.NEGATIVELOGLIKELIHOOD)) {
            assertSameTraining(() -> Mlp.builder().inputs(6).hidden(4, Activation.SIGMOID)
                    .output(3, Activation.SOFTMAX).loss(loss).updater(new Adam(0.05)).dataType(DataType.DOUBLE)
                    .seed(4), X, Y);
        }
    }

    @Test
    void activityPenaltiesTrainAlike() {
        for (ActivityL1 penalty : List.of(ActivityL1.sum(0.1), ActivityL1.batchMean(0.3))) {
            assertSameTraining(() -> Autoencoder.builder().inputs(6).hidden(5, Activation.TANH).activityL1(penalty)
                    .hidden(3, Activation.RELU).activityL1(penalty).updater(new Adam(0.01))
                    .dataType(DataType.DOUBLE).seed(5), X, X);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sgd", "Adam"})
    void klSparsityAndContractivePenaltiesTrainAlike(String updater) {
        Supplier<IUpdater> fresh = () -> updater.equals("Sgd") ? new Sgd(0.5) : new Adam(0.02);
        assertSameTraining(() -> Autoencoder.builder().inputs(6).hidden(4, Activation.SIGMOID).klSparsity(0.1, 0.5)
                .updater(fresh.get()).dataType(DataType.DOUBLE).seed(8), X, X);
        assertSameTraining(() -> Autoencoder.builder().inputs(6).hidden(4, Activation.SIGMOID).contractive(0.3)
                .updater(fresh.get()).dataType(DataType.DOUBLE).seed(8), X, X);
        assertSameTraining(() -> Autoencoder.builder().inputs(6).hidden(5, Activation.TANH).hidden(3, Activation.SIGMOID)
                .contractive(0.5).klSparsity(0.2, 0.3).activityL1(0.01).updater(fresh.get()).dataType(DataType.DOUBLE)
                .seed(8), X, X);
    }

    @ParameterizedTest(name = "kernels {0}")
    @ValueSource(strings = {"best", "scalar"})
    void inFloatBothKernelsStayWithinFloatPrecisionOfDl4j(String kernels) {
        INDArray images = Nd4j.rand(DataType.FLOAT, 50, 80);
        for (IUpdater updater : List.of(new Sgd(0.98), new Adam(1e-3))) {
            Autoencoder dl4j = Autoencoder.builder().inputs(80).hidden(40, Activation.TANH).activityL1(1e-3)
                    .updater(updater).engine(EngineFactory.dl4j()).build();
            System.setProperty("lectern.lean.kernels", kernels);
            Autoencoder lean;
            try {
                lean = Autoencoder.builder().inputs(80).hidden(40, Activation.TANH).activityL1(1e-3)
                        .updater(updater).engine(EngineFactory.lean()).build();
            } finally {
                System.clearProperty("lectern.lean.kernels");
            }
            assertEquals(kernels.equals("scalar") ? "ScalarKernels" : "VectorKernels",
                    ((LeanEngine) lean.engine()).kernels());
            for (int step = 0; step < 3; step++) {
                double expected = dl4j.fitBatch(new DataSet(images, images));
                double actual = lean.fitBatch(new DataSet(images, images));
                assertEquals(expected, actual, 1e-5 * expected, updater + " loss at step " + step);
            }
            double[] e = ParamAssertions.values(dl4j.params());
            double[] a = ParamAssertions.values(lean.params());
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i], a[i], 1e-5, updater + " parameter " + i);
            }
        }
    }

    @Test
    void theUpdaterStateCrossesToDl4jAndBack() {
        Supplier<Classifier.Builder> builder = () -> Classifier.builder().inputs(6).hidden(5, Activation.TANH)
                .classes(3).updater(new Adam(0.05)).dataType(DataType.DOUBLE).seed(6);
        Classifier lean = builder.get().engine(EngineFactory.lean()).build();
        for (int step = 0; step < 3; step++) {
            lean.fitBatch(new DataSet(X, Y));
        }
        lean.epochDone();
        Engine dl4j = Dl4jEngine.wrap(lean.toMultiLayerNetwork());
        Engine back = LeanEngine.adopt(lean.spec(), lean.toMultiLayerNetwork());
        for (int step = 0; step < 3; step++) {
            double expected = lean.fitBatch(new DataSet(X, Y));
            assertRelativelyClose(expected, dl4j.fit(X, Y), "DL4J continuing, step " + step);
            assertRelativelyClose(expected, back.fit(X, Y), "lean adopting DL4J's state, step " + step);
        }
        assertRelativelyClose(lean.params(), dl4j.params(), "DL4J continuing");
        assertRelativelyClose(lean.params(), back.params(), "lean adopting DL4J's state");
    }

    @Test
    void aSavedLeanNetworkLoadsWithItsEngineAndContinuesIdentically() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.TANH).updater(new RmsProp(0.01))
                .engine(EngineFactory.lean()).build();
        INDArray x = X.castTo(DataType.FLOAT);
        ae.fitBatch(new DataSet(x, x));
        ae.save(dir.resolve("ae.zip"));
        Autoencoder loaded = Autoencoder.load(dir.resolve("ae.zip"));
        assertTrue(loaded.engine() instanceof LeanEngine, loaded.engine().getClass().getName());
        assertEquals(ae.fitBatch(new DataSet(x, x)), loaded.fitBatch(new DataSet(x, x)), 0.0);
        ParamAssertions.assertBitIdentical(ae.params(), loaded.params(), "after a second RmsProp step");
    }

    @Test
    void gradientsLossesOutputsAndActivationsAgreeWithoutTraining() {
        Classifier dl4j = Classifier.builder().inputs(6).hidden(5, Activation.SIGMOID).hidden(4, Activation.TANH)
                .classes(3).dataType(DataType.DOUBLE).seed(7).engine(EngineFactory.dl4j()).build();
        Classifier lean = Classifier.builder().inputs(6).hidden(5, Activation.SIGMOID).hidden(4, Activation.TANH)
                .classes(3).dataType(DataType.DOUBLE).seed(7).engine(EngineFactory.lean()).build();
        assertRelativelyClose(dl4j.gradient(X, Y), lean.gradient(X, Y), "gradient");
        assertRelativelyClose(dl4j.loss(X, Y), lean.loss(X, Y), "loss");
        assertRelativelyClose(dl4j.output(X), lean.output(X), "output");
        assertRelativelyClose(dl4j.engine().activations(X, 1), lean.engine().activations(X, 1), "activations");
        assertRelativelyClose(dl4j.output(X.getRow(2)), lean.output(X.getRow(2)), "one example");
    }

    /** Trains one network per engine from the same parameters and compares losses and parameters after each step. */
    static void assertSameTraining(Supplier<? extends NetworkBuilder<?>> builder, INDArray features,
                                   INDArray targets) {
        Network dl4j = build(builder.get().engine(EngineFactory.dl4j()));
        Network lean = build(builder.get().engine(EngineFactory.lean()));
        String what = dl4j.spec().sizes() + " " + dl4j.layers() + " " + dl4j.loss() + " " + dl4j.updater();
        ParamAssertions.assertBitIdentical(dl4j.params(), lean.params(), what + ": initial parameters");
        for (int step = 0; step < STEPS; step++) {
            double expected = dl4j.engine().fit(features, targets);
            double actual = lean.engine().fit(features, targets);
            assertRelativelyClose(expected, actual, what + ": loss at step " + step);
            assertRelativelyClose(dl4j.params(), lean.params(), what + ": parameters after step " + step);
            if (step == 1) {
                dl4j.epochDone();
                lean.epochDone();
            }
        }
    }

    static void assertRelativelyClose(double expected, double actual, String what) {
        double difference = Math.abs(expected - actual) / Math.max(Math.abs(expected), 1e-12);
        assertTrue(difference < TOLERANCE, what + ": DL4J " + expected + ", lean " + actual);
    }

    static void assertRelativelyClose(INDArray expected, INDArray actual, String what) {
        double[] e = ParamAssertions.values(expected);
        double[] a = ParamAssertions.values(actual);
        assertEquals(e.length, a.length, what + ": length");
        double scale = Math.max(expected.amaxNumber().doubleValue(), 1e-12);
        for (int i = 0; i < e.length; i++) {
            double difference = Math.abs(e[i] - a[i]) / Math.max(Math.abs(e[i]), scale * 1e-3);
            assertTrue(difference < TOLERANCE, what + ", element " + i + ": DL4J " + e[i] + ", lean " + a[i]);
        }
    }

    private static Network build(NetworkBuilder<?> builder) {
        if (builder instanceof Autoencoder.Builder ae) {
            return ae.build();
        }
        if (builder instanceof Classifier.Builder clf) {
            return clf.build();
        }
        return ((Mlp.Builder) builder).build();
    }
}
