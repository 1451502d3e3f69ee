package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** DL4J's own fit and evaluate loops drive the iterator (resets, asynchronous prefetch) and learn from it. */
class ImageBatchIteratorTrainingTest {
    @Test
    void dl4jTrainsAndEvaluatesThroughTheIterator() {
        int size = 400;
        float[] pixels = new float[size * 2];
        int[] labels = new int[size];
        for (int i = 0; i < size; i++) {
            float brightness = (i % 100) / 100f;
            pixels[2 * i] = brightness;
            pixels[2 * i + 1] = 1 - brightness;
            labels[i] = brightness < 0.5f ? 0 : 1;
        }
        LabeledImages images = new LabeledImages("bright or dark",
                Nd4j.create(pixels, new long[] {size, 2}, DataType.FLOAT), labels, List.of("dark", "bright"), 1, 2);
        ImageBatchIterator iterator = new ImageBatchIterator(images, 32, OptionalLong.of(1));

        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(0.1)).list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(2).nOut(2).activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        network.fit(iterator, 20);

        assertTrue(iterator.epoch() >= 19, "DL4J reset the iterator between epochs: epoch " + iterator.epoch());
        Evaluation evaluation = network.evaluate(iterator);
        assertEquals(size, evaluation.getNumRowCounter(), "every example evaluated once");
        assertTrue(evaluation.accuracy() > 0.95, "accuracy " + evaluation.accuracy());
    }
}
