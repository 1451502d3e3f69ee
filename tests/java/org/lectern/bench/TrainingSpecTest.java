package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSpecTest {
    @Test
    void everyWorkloadSurvivesTheCommandLine() {
        for (Workload workload : Workload.values()) {
            assertEquals(workload.spec(), TrainingSpec.parse(workload.spec().arguments()), workload.id());
        }
    }

    @Test
    void theDenoisingWorkloadCarriesNoiseAndPenaltyOnTheCommandLine() {
        assertEquals(List.of("--sizes", "784,400,784", "--activations", "tanh,sigmoid", "--loss", "mse", "--optimizer",
                "adam", "--lr", "0.001", "--batch", "1000", "--noise-mean", "0.1", "--noise-sigma", "0.2", "--l1", "0.1"),
                Workload.DENOISING_L1_1000.spec().arguments());
    }

    @Test
    void theAutoencoderStepNeedsFiveProducts() {
        StepProducts products = Workload.AUTOENCODER_1000.products();
        assertEquals(List.of(new StepProducts.Product(1000, 784, 400), new StepProducts.Product(400, 1000, 784),
                new StepProducts.Product(1000, 400, 784), new StepProducts.Product(784, 1000, 400),
                new StepProducts.Product(1000, 784, 400)), products.products());
        assertEquals(60, products.steps(60000));
        // 5 products of 2 * 1000 * 784 * 400 flops, 60 steps: the number bench/peer.py gemm reports too.
        assertEquals(188_160_000_000L, products.flopsPerEpoch(60000));
    }

    @Test
    void theClassifierStepNeedsEightProductsAndAShortLastBatchCountsAsAStep() {
        StepProducts products = Workload.CLASSIFIER_100.products();
        assertEquals(8, products.products().size());
        assertEquals(new StepProducts.Product(100, 10, 256), products.products().get(7));
        assertEquals(11, products.steps(1001));
        assertEquals("sgemm-clf-b100", Job.floorId(Workload.CLASSIFIER_100));
    }

    @Test
    void inconsistentSpecsAreRefused() {
        assertEquals("one activation per layer: 2 layers but 1 activations [tanh]", refused(List.of(784, 400, 784),
                List.of("tanh"), "mse"));
        assertEquals("unknown activation 'gelu'; use one of [tanh, sigmoid, relu, logsoftmax]",
                refused(List.of(784, 400), List.of("gelu"), "mse"));
        assertEquals("a logsoftmax output goes with the nll loss, and only with it; got [tanh, logsoftmax] with mse",
                refused(List.of(784, 400, 10), List.of("tanh", "logsoftmax"), "mse"));
        assertEquals("a logsoftmax output goes with the nll loss, and only with it; got [tanh, sigmoid] with nll",
                refused(List.of(784, 400, 10), List.of("tanh", "sigmoid"), "nll"));
    }

    @Test
    void badCommandLinesNameTheOption() {
        List<String> args = new ArrayList<>(Workload.AUTOENCODER_1000.spec().arguments());
        assertEquals("give both --noise-mean and --noise-sigma, or neither", parseError(with(args, "--noise-mean", "0.1")));
        assertEquals("--lr is given twice", parseError(with(args, "--lr", "0.5")));
        assertTrue(parseError(with(args, "--epochs", "3")).startsWith("unknown option '--epochs'"));
        assertEquals("--batch needs a whole number; got 'big'", parseError(List.of("--sizes", "4,2,4", "--activations",
                "tanh,sigmoid", "--loss", "mse", "--optimizer", "sgd", "--lr", "1", "--batch", "big")));
        assertEquals("--lr is missing", parseError(List.of("--sizes", "4,2,4", "--activations", "tanh,sigmoid",
                "--loss", "mse", "--optimizer", "sgd", "--batch", "10")));
        assertEquals("noise needs a finite mean and a sigma of at least 0; got mean 0.1, sigma -0.2",
                assertThrows(IllegalArgumentException.class, () -> new TrainingSpec.Noise(0.1, -0.2)).getMessage());
    }

    private static String refused(List<Integer> sizes, List<String> activations, String loss) {
        return assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec(sizes, activations, loss, "sgd", 0.1, 100, null, null)).getMessage();
    }

    private static String parseError(List<String> args) {
        return assertThrows(IllegalArgumentException.class, () -> TrainingSpec.parse(args)).getMessage();
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
