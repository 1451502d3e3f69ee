package org.lectern.bench;

import java.util.List;

/**
 * What one worker process is started for: the mode ({@code train} or {@code gemm}), the arguments
 * after it, and the images per epoch. The same job goes to both sides.
 *
 * @param id        the workload's id in the report and CSV
 * @param mode      {@code train} or {@code gemm}
 * @param arguments {@link TrainingSpec#arguments()} or {@link StepProducts#arguments()}
 * @param images    images per epoch
 */
public record Job(String id, String mode, List<String> arguments, int images) {
    /** Copies the arguments and checks the mode. */
    public Job {
        arguments = List.copyOf(arguments);
        if (!mode.equals("train") && !mode.equals("gemm")) {
            throw new IllegalArgumentException("a job trains or multiplies (train or gemm); got " + mode);
        }
    }

    /** Returns the job that trains a workload. */
    public static Job training(Workload workload, int images) {
        return new Job(workload.id(), "train", workload.spec().arguments(), images);
    }

    /** Returns the job that runs only the matrix products of a step, one epoch's worth per epoch. */
    public static Job products(StepProducts products, int images) {
        return new Job(floorId(products), "gemm", products.arguments(), images);
    }

    /** Returns the id of a floor measurement, e.g. {@code sgemm-784-400-784-b1000}. */
    public static String floorId(StepProducts products) {
        return "sgemm-" + String.join("-", products.sizes().stream().map(String::valueOf).toList()) + "-b"
                + products.batch();
    }

    /** Returns the worker's command-line arguments: mode, images, then the job's arguments. */
    public List<String> workerArguments() {
        return concat(List.of(mode, "--images", String.valueOf(images)), arguments);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
