package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's schedule and bookkeeping, with workers that only record what they are asked. */
class HarnessTest {
    private final List<String> calls = new ArrayList<>();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    /** A worker whose epochs take 1, 2, 3, ... seconds per side and whose memory grows by 1 MiB per epoch. */
    private final class FakeWorker implements Worker {
        private final Side side;
        private final int failAtEpoch;
        private int epochs;

        FakeWorker(Side side, int failAtEpoch) {
            this.side = side;
            this.failAtEpoch = failAtEpoch;
        }

        @Override
        public ProtocolLine ready() {
            return new ProtocolLine("ready", Map.of("side", side.id()));
        }

        @Override
        public ProtocolLine epoch() {
            epochs++;
            calls.add(side.id() + " epoch " + epochs);
            if (epochs == failAtEpoch) {
                throw new IllegalStateException("worker ended before its 'epoch' line");
            }
            return side == Side.OURS
                    ? new ProtocolLine("epoch", Map.of("seconds", String.valueOf(epochs), "loss", "0.5", "jvm_gcs", epochs + "0"))
                    : new ProtocolLine("epoch", Map.of("seconds", String.valueOf(epochs), "loss", "0.5"));
        }

        @Override
        public ProcStatus memory() {
            return new ProcStatus(1024L * epochs, 1024L * epochs + 10);
        }

        @Override
        public void close() {
            calls.add(side.id() + " closed");
        }
    }

    private Harness harness(int pytorchFailsAtEpoch) {
        WorkerFactory factory = (side, job) -> {
            calls.add(side.id() + " started for " + job.id());
            return new FakeWorker(side, side == Side.PYTORCH ? pytorchFailsAtEpoch : -1);
        };
        return new Harness(factory, new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    @Test
    void theSidesTakeTurnsEpochByEpochAfterBothAreReady() {
        Harness harness = harness(-1);
        harness.run(Job.training(Workload.AUTOENCODER_1000, 60000), Sample.Kind.EPOCH, 3, List.of(Side.OURS, Side.PYTORCH));
        assertEquals(List.of("ours started for ae-b1000", "pytorch started for ae-b1000",
                "ours epoch 1", "pytorch epoch 1", "ours epoch 2", "pytorch epoch 2", "ours epoch 3", "pytorch epoch 3",
                "ours closed", "pytorch closed"), calls);
        List<Sample> samples = harness.samples();
        assertEquals(List.of(0, 0, 1, 1, 2, 2), samples.stream().map(Sample::repetition).toList());
        assertTrue(samples.get(0).warmUp());
        assertEquals(new Sample("ae-b1000", Side.PYTORCH, Sample.Kind.EPOCH, 2, 60000, 3.0, 0.5,
                new ProcStatus(3072, 3082), -1), samples.get(5));
        assertEquals(30, samples.get(4).jvmGcs(), "our worker counts its garbage collections");
        assertEquals(Map.of(Side.OURS, new ProtocolLine("ready", Map.of("side", "ours")),
                Side.PYTORCH, new ProtocolLine("ready", Map.of("side", "pytorch"))), harness.readyLines().get("ae-b1000"));
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("ae-b1000 warm-up:  Lectern 1.000 s (1 MiB)  "
                + "PyTorch 1.000 s (1 MiB)"), progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTrainingAndItsFloorRunInTheSameRounds() {
        Harness harness = harness(-1);
        Job training = Job.training(Workload.AUTOENCODER_1000, 60000);
        Job floor = Job.floor(Workload.AUTOENCODER_1000, 60000);
        harness.run(List.of(new Harness.Turn(training, Side.OURS, Sample.Kind.EPOCH),
                new Harness.Turn(training, Side.PYTORCH, Sample.Kind.EPOCH),
                new Harness.Turn(floor, Side.OURS, Sample.Kind.SGEMM),
                new Harness.Turn(floor, Side.PYTORCH, Sample.Kind.SGEMM)), 2);
        assertEquals(List.of("ours started for ae-b1000", "pytorch started for ae-b1000", "ours started for sgemm-ae-b1000",
                "pytorch started for sgemm-ae-b1000", "ours epoch 1", "pytorch epoch 1", "ours epoch 1", "pytorch epoch 1",
                "ours epoch 2", "pytorch epoch 2", "ours epoch 2", "pytorch epoch 2",
                "ours closed", "pytorch closed", "ours closed", "pytorch closed"), calls);
        assertEquals(List.of("ae-b1000 ours EPOCH", "ae-b1000 pytorch EPOCH", "sgemm-ae-b1000 ours SGEMM",
                "sgemm-ae-b1000 pytorch SGEMM"), harness.samples().subList(4, 8).stream()
                .map(s -> s.workload() + " " + s.side().id() + " " + s.kind()).toList());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("ae-b1000 repetition 1:  Lectern 2.000 s (2 MiB)  "
                + "PyTorch 2.000 s (2 MiB)  |  sgemm-ae-b1000 repetition 1:  Lectern 2.000 s (2 MiB)  PyTorch 2.000 s (2 MiB)"),
                progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSideThatCannotRunYetIsNotStarted() {
        Harness harness = harness(-1);
        harness.run(Job.training(Workload.DENOISING_L1_1000, 5000), Sample.Kind.EPOCH, 2, List.of(Side.PYTORCH));
        assertEquals(List.of("pytorch started for dae-l1-b1000", "pytorch epoch 1", "pytorch epoch 2", "pytorch closed"),
                calls);
    }

    @Test
    void memoryEpochsAreNumberedFromOne() {
        Harness harness = harness(-1);
        harness.run(new Job("memory", "train", List.of(), 5000), Sample.Kind.MEMORY, 2, List.of(Side.OURS));
        assertEquals(List.of(1, 2), harness.samples().stream().map(Sample::repetition).toList());
        assertTrue(harness.samples().stream().noneMatch(Sample::warmUp));
    }

    @Test
    void aFailureIsRecordedBothWorkersAreClosedAndTheNextJobRuns() {
        Harness harness = harness(2);
        harness.run(Job.training(Workload.CLASSIFIER_100, 60000), Sample.Kind.EPOCH, 3, List.of(Side.OURS, Side.PYTORCH));
        assertEquals(List.of("clf-b100 on PyTorch failed: worker ended before its 'epoch' line"), harness.failures());
        assertEquals(List.of("ours started for clf-b100", "pytorch started for clf-b100", "ours epoch 1", "pytorch epoch 1",
                "ours epoch 2", "pytorch epoch 2", "ours closed", "pytorch closed"), calls);
        assertEquals(3, harness.samples().size());
        calls.clear();
        harness.run(Job.training(Workload.CLASSIFIER_1000, 60000), Sample.Kind.EPOCH, 1, List.of(Side.OURS));
        assertEquals(List.of("ours started for clf-b1000", "ours epoch 1", "ours closed"), calls);
    }
}
