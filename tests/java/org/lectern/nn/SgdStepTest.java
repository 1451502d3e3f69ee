package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One training step of a tiny network, computed here by hand (forward pass, backprop, plain SGD
 * {@code w -= lr * grad}) and compared with what the network does, as the lecture's loop does it.
 */
class SgdStepTest {
    private static final double LEARNING_RATE = 0.7;
    private static final double TOLERANCE = 1e-12;

    private static final INDArray X = Nd4j.createFromArray(new double[][] {
            {0.0, 0.2, 0.9}, {1.0, 0.5, 0.1}, {0.3, 0.3, 0.3}, {0.8, 0.0, 0.6}});

    @Test
    void anAutoencoderStepIsMeanSquaredErrorBackpropAndPlainSgd() {
        Autoencoder ae = Autoencoder.builder().inputs(3).hidden(2, Activation.TANH).dataType(DataType.DOUBLE)
                .updater(new Sgd(LEARNING_RATE)).seed(5).build();
        INDArray w1 = ae.weights(0), b1 = ae.bias(0), w2 = ae.weights(1), b2 = ae.bias(1);

        INDArray h = Transforms.tanh(X.mmul(w1).addRowVector(b1));
        INDArray y = Transforms.sigmoid(h.mmul(w2).addRowVector(b2));
        INDArray error = y.sub(X);
        double expectedLoss = error.mul(error).meanNumber().doubleValue();
        // d(mean over all 4x3 elements)/dy, then through the sigmoid and the tanh
        INDArray dz2 = error.mul(2.0 / X.length()).mul(y.mul(y.rsub(1.0)));
        INDArray dz1 = dz2.mmul(w2.transpose()).mul(h.mul(h).rsub(1.0));
        INDArray gw1 = X.transpose().mmul(dz1), gb1 = dz1.sum(0), gw2 = h.transpose().mmul(dz2), gb2 = dz2.sum(0);

        assertClose(Nd4j.toFlattened('f', gw1, gb1, gw2, gb2), ae.gradient(X, X));
        double loss = ae.fitBatch(new DataSet(X, X));

        assertEquals(expectedLoss, loss, TOLERANCE, "the step reports the loss before the update");
        assertClose(w1.sub(gw1.mul(LEARNING_RATE)), ae.weights(0));
        assertClose(b1.sub(gb1.mul(LEARNING_RATE)), ae.bias(0));
        assertClose(w2.sub(gw2.mul(LEARNING_RATE)), ae.weights(1));
        assertClose(b2.sub(gb2.mul(LEARNING_RATE)), ae.bias(1));
    }

    @Test
    void aClassifierStepIsSoftmaxNegativeLogLikelihoodBackpropAndPlainSgd() {
        Classifier clf = Classifier.builder().inputs(3).hidden(4, Activation.TANH).classes(3)
                .dataType(DataType.DOUBLE).updater(new Sgd(LEARNING_RATE)).seed(9).build();
        INDArray labels = Nd4j.createFromArray(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}});
        INDArray w1 = clf.weights(0), b1 = clf.bias(0), w2 = clf.weights(1), b2 = clf.bias(1);

        INDArray h = Transforms.tanh(X.mmul(w1).addRowVector(b1));
        INDArray p = Transforms.softmax(h.mmul(w2).addRowVector(b2));
        double expectedLoss = -Transforms.log(p).mul(labels).sumNumber().doubleValue() / X.rows();
        INDArray dz2 = p.sub(labels).div(X.rows());
        INDArray dz1 = dz2.mmul(w2.transpose()).mul(h.mul(h).rsub(1.0));
        INDArray gw1 = X.transpose().mmul(dz1), gb1 = dz1.sum(0), gw2 = h.transpose().mmul(dz2), gb2 = dz2.sum(0);

        assertClose(Nd4j.toFlattened('f', gw1, gb1, gw2, gb2), clf.gradient(X, labels));
        double loss = clf.fitBatch(new DataSet(X, labels));

        assertEquals(expectedLoss, loss, TOLERANCE);
        assertClose(w1.sub(gw1.mul(LEARNING_RATE)), clf.weights(0));
        assertClose(b1.sub(gb1.mul(LEARNING_RATE)), clf.bias(0));
        assertClose(w2.sub(gw2.mul(LEARNING_RATE)), clf.weights(1));
        assertClose(b2.sub(gb2.mul(LEARNING_RATE)), clf.bias(1));
    }

    private static void assertClose(INDArray expected, INDArray actual) {
        assertArrayEquals(expected.shape(), actual.shape());
        assertArrayEquals(expected.dup('c').reshape(expected.length()).toDoubleVector(),
                actual.dup('c').reshape(actual.length()).toDoubleVector(), TOLERANCE);
    }
}
