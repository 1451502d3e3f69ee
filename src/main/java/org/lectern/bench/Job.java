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
    /** The workers' modes: train a workload, run its matrix products only, fit the coordinate MLP. */
    public static final List<String> MODES = List.of("train", "gemm", "image");

    /** Copies the arguments and checks the mode. */
    public Job {
        arguments = List.copyOf(arguments);
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("a job trains, multiplies or fits a picture (" + String.join(", ", MODES)
                    + "); got " + mode);
        }
    }

    /** Returns the job that fits the coordinate MLP of notebook 05 to the bench picture. */
    public static Job imageFitting(ImageSpec spec) {
        return new Job(BenchOptions.COORDINATE_MLP, "image", spec.arguments(), spec.trainingPixels());
    }

    /** Returns the job that trains a workload. */
    public static Job training(Workload workload, int images) {
        return new Job(workload.id(), "train", workload.spec().arguments(), images);
    }

    /**
     * Returns the job that runs only the matrix products of a workload's step, one epoch's worth per
     * epoch. Each workload measures its own floor, in the same rounds as its training.
     */
    public static Job floor(Workload workload, int images) {
        return new Job(floorId(workload), "gemm", workload.products().arguments(), images);
    }

    /** Returns the id of a workload's floor measurement, e.g. {@code sgemm-ae-b1000}. */
    public static String floorId(Workload workload) {
        return "sgemm-" + workload.id();
    }

    /** Returns the worker's command-line arguments: mode, images, then the job's arguments. */
    public List<String> workerArguments() {
        return concat(List.of(mode, "--images", String.valueOf(images)), arguments);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
