package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Our worker's protocol and its floor work, in this JVM. */
class WorkerMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String commands, String... args) {
        return WorkerMain.run(List.of(args), new BufferedReader(new StringReader(commands)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<ProtocolLine> answers() {
        return out.toString(StandardCharsets.UTF_8).lines().map(ProtocolLine::parse).flatMap(java.util.Optional::stream)
                .toList();
    }

    @Test
    void aGemmWorkerAnswersReadyEpochAndDone() {
        assertEquals(0, run("epoch\nepoch\nquit\n", "gemm", "--images", "10", "--sizes", "6,4,6", "--batch", "5"));
        List<ProtocolLine> answers = answers();
        assertEquals(List.of("ready", "epoch", "epoch", "done"), answers.stream().map(ProtocolLine::verb).toList());
        // 2 steps of 5 products: 2*5*6*4 + 2*6*5*4 + 2*5*4*6 + 2*4*5*6 + 2*5*6*4 = 1200 flops per step.
        assertEquals("2400", answers.get(0).field("flops_per_epoch"));
        assertEquals("CpuBackend", answers.get(0).field("backend"));
        assertTrue(answers.get(1).number("seconds") >= 0);
        assertTrue(Double.isNaN(answers.get(1).number("loss")));
        assertTrue(answers.get(2).number("jvm_gcs") >= answers.get(1).number("jvm_gcs"));
    }

    @Test
    void anImageWorkerFitsTheCoordinateMlpStepsPerEpoch() {
        ImageSpec spec = new ImageSpec(16, 8, 10, 16, 3, 1e-2, 4, 7);
        List<String> args = new java.util.ArrayList<>(Job.imageFitting(spec).workerArguments());
        assertEquals(0, run("epoch\nepoch\nquit\n", args.toArray(String[]::new)));
        List<ProtocolLine> answers = answers();
        assertEquals(List.of("ready", "epoch", "epoch", "done"), answers.stream().map(ProtocolLine::verb).toList());
        assertEquals("64", answers.get(0).field("images"), "the 8 x 8 pixels with even row and column");
        assertEquals("4", answers.get(0).field("steps_per_epoch"));
        assertEquals("MLP 16-16-16-3", answers.get(0).field("network"), "16 features (8 sines, 8 cosines)");
        double first = answers.get(1).number("loss");
        double second = answers.get(2).number("loss");
        assertTrue(Double.isFinite(first) && second < first, "Adam on a fixed batch lowers the loss: " + first + ", "
                + second);
    }

    @Test
    void theFloorsProductsAreTheStepsProducts() {
        GemmFloor floor = new GemmFloor(StepProducts.of(List.of(6, 4, 3), 5), 5);
        List<GemmFloor.Call> calls = floor.calls();
        assertEquals(5, calls.size());
        for (GemmFloor.Call call : calls) {
            call.run();
            INDArray a = call.transposeA() ? call.a().transpose() : call.a();
            INDArray b = call.transposeB() ? call.b().transpose() : call.b();
            INDArray expected = a.castTo(DataType.DOUBLE).mmul(b.castTo(DataType.DOUBLE));
            assertEquals(0, expected.sub(call.result().castTo(DataType.DOUBLE)).norm1Number().doubleValue(), 1e-4,
                    "product " + call);
        }
        List<StepProducts.Product> shapes = StepProducts.of(List.of(6, 4, 3), 5).products();
        for (int i = 0; i < shapes.size(); i++) {
            assertEquals(List.of((long) shapes.get(i).rows(), (long) shapes.get(i).columns()),
                    List.of(calls.get(i).result().size(0), calls.get(i).result().size(1)), "result " + i);
        }
    }

    @Test
    void badArgumentsAndCommandsExitWithStatus2AndAMessage() {
        assertEquals(2, run("", "fit", "--sizes", "6,4"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the first argument is one of train, gemm, image; got "
                + "[fit, --sizes, 6,4]"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("", "train", "--images", "1234", "--sizes", "784,400,784", "--activations", "tanh,sigmoid",
                "--loss", "mse", "--optimizer", "sgd", "--lr", "0.98", "--batch", "1000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("our side trains on the whole training split (60000 "
                + "images) or its quick subset (5000); got --images 1234"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("", "gemm", "--images"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--images needs a value"));
        err.reset();
        assertEquals(2, run("train\n", "gemm", "--images", "5", "--sizes", "3,2", "--batch", "5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'train'; the commands are epoch and quit"));
    }
}
