package org.lectern.bench;

import java.util.List;
import java.util.Optional;

/**
 * The lecture workloads timed per MNIST epoch on both sides, with the lectures' settings: the
 * lecture-17 autoencoder and classifier at batch 1000 and 100, and lecture 20's denoising
 * autoencoder with the L1 activity penalty.
 */
public enum Workload {
    /** Lecture 17's autoencoder: 784-400(tanh)-784(sigmoid), MSE, SGD 0.98, batches of 1000. */
    AUTOENCODER_1000("ae-b1000", "autoencoder 784-400-784, batch 1000", autoencoder(1000)),
    /** The same autoencoder on batches of 100, where per-step overhead counts most. */
    AUTOENCODER_100("ae-b100", "autoencoder 784-400-784, batch 100", autoencoder(100)),
    /**
     * Lecture 20's denoising sparse autoencoder: input + N(0.1, 0.2) clamped to [0, 1], the clean
     * image as target, rho = 0.1 L1 activity penalty on the 400 codes, Adam 1e-3, batches of 1000.
     */
    DENOISING_L1_1000("dae-l1-b1000", "denoising + L1 activity penalty, batch 1000",
            new TrainingSpec(List.of(784, 400, 784), List.of("tanh", "sigmoid"), "mse", "adam", 1e-3, 1000,
                    new TrainingSpec.Noise(0.1, 0.2), 0.1)),
    /** Lecture 17's classifier: 784-400(tanh)-256(tanh)-10(softmax), NLL, SGD 0.1, batches of 100. */
    CLASSIFIER_100("clf-b100", "classifier 784-400-256-10, batch 100", classifier(100)),
    /** The same classifier on batches of 1000. */
    CLASSIFIER_1000("clf-b1000", "classifier 784-400-256-10, batch 1000", classifier(1000));

    private final String id;
    private final String title;
    private final TrainingSpec spec;

    Workload(String id, String title, TrainingSpec spec) {
        this.id = id;
        this.title = title;
        this.spec = spec;
    }

    /** Returns the short name used by {@code --only} and in the CSV, e.g. {@code ae-b1000}. */
    public String id() {
        return id;
    }

    /** Returns the row title, e.g. {@code autoencoder 784-400-784, batch 1000}. */
    public String title() {
        return title;
    }

    /** Returns what is trained. */
    public TrainingSpec spec() {
        return spec;
    }

    /** Returns the matrix products of one step: the workload's floor. */
    public StepProducts products() {
        return StepProducts.of(spec.sizes(), spec.batch());
    }

    /** Returns the workload with this {@link #id()}, or empty. */
    public static Optional<Workload> byId(String id) {
        for (Workload workload : values()) {
            if (workload.id.equals(id)) {
                return Optional.of(workload);
            }
        }
        return Optional.empty();
    }

    private static TrainingSpec autoencoder(int batch) {
        return new TrainingSpec(List.of(784, 400, 784), List.of("tanh", "sigmoid"), "mse", "sgd", 0.98, batch, null,
                null);
    }

    private static TrainingSpec classifier(int batch) {
        return new TrainingSpec(List.of(784, 400, 256, 10), List.of("tanh", "tanh", "logsoftmax"), "nll", "sgd", 0.1,
                batch, null, null);
    }
}
