package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/peer.py} on tiny made-up IDX files. Its checks of arguments and data files run
 * without numpy and PyTorch (they come before either is imported), and so do these tests; its
 * training, products and picture need Debian's python3-torch (which brings numpy), which only
 * {@code ./lectern bench} installs, so those tests are skipped, with the reason, where it is missing.
 */
class PeerScriptTest {
    private static final Path PEER = Path.of(ProcessWorkers.PEER_SCRIPT).toAbsolutePath();
    private static final int IMAGES = 300;

    @TempDir
    static Path data;

    @BeforeAll
    static void writeTinyMnist() throws IOException {
        Random random = new Random(7);
        byte[] pixels = new byte[IMAGES * 784];
        random.nextBytes(pixels);
        byte[] labels = new byte[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        Files.write(data.resolve("images"), idx(2051, new int[] {IMAGES, 28, 28}, pixels));
        Files.write(data.resolve("labels"), idx(2049, new int[] {IMAGES}, labels));
        Files.write(data.resolve("gzipped"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    private static byte[] idx(int magic, int[] dimensions, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(payload);
        }
        return bytes.toByteArray();
    }

    private static boolean imports(String module) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ProcessWorkers.PYTHON, "-c", "import " + module)
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private record Exit(int status, String stderr) {
    }

    private static Exit runPeer(List<String> args) throws IOException, InterruptedException {
        return runPeer(args, null);
    }

    /** Runs the peer, with {@code pythonPath} (if not null) searched for modules before the installed ones. */
    private static Exit runPeer(List<String> args, Path pythonPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessWorkers.PYTHON, PEER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (pythonPath != null) {
            builder.environment().put("PYTHONPATH", pythonPath.toString());
        }
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "peer.py did not end");
        return new Exit(process.exitValue(), stderr);
    }

    private static List<String> train(Workload workload, String images) {
        List<String> args = new ArrayList<>(Job.training(workload, IMAGES).workerArguments());
        args.addAll(List.of("--train-images", data.resolve(images).toString(), "--train-labels",
                data.resolve("labels").toString()));
        return args;
    }

    @Test
    void aCompressedImageFileIsRefusedWithoutTorch() throws Exception {
        Exit exit = runPeer(train(Workload.AUTOENCODER_100, "gzipped"));
        assertEquals(2, exit.status(), exit.stderr());
        assertTrue(exit.stderr().contains("is not an uncompressed IDX file with magic 2051 (found 529205248); "
                + "gzip-compressed files must be unpacked first"), exit.stderr());
    }

    @Test
    void moreImagesThanTheFileHoldsAreRefused() throws Exception {
        List<String> args = train(Workload.AUTOENCODER_100, "images");
        args.set(args.indexOf("--images") + 1, "301");
        Exit exit = runPeer(args);
        assertEquals(2, exit.status(), exit.stderr());
        assertTrue(exit.stderr().contains("--images 301 is more than the 300 images in the file"), exit.stderr());
    }

    @Test
    void inconsistentArgumentsAreRefused() throws Exception {
        Exit exit = runPeer(List.of("train", "--sizes", "784,400,784", "--activations", "tanh", "--batch", "10"));
        assertEquals(2, exit.status(), exit.stderr());
        assertTrue(exit.stderr().contains("--activations needs one name per layer (2); got 'tanh'"), exit.stderr());
        exit = runPeer(List.of("gemm", "--sizes", "784", "--batch", "10"));
        assertEquals(2, exit.status(), exit.stderr());
        assertTrue(exit.stderr().contains("expected at least two positive sizes such as 784,400,784; got 784"),
                exit.stderr());
    }

    @Test
    void withoutNumpyOrTorchThePeerSaysWhatToInstall(@TempDir Path modules) throws Exception {
        // Modules on PYTHONPATH come before the installed ones: these stand for a missing numpy, then a missing torch.
        String missing = "raise ModuleNotFoundError(\"No module named '%s'\", name=\"%s\")\n";
        Files.writeString(modules.resolve("numpy.py"), String.format(missing, "numpy", "numpy"));
        Files.writeString(modules.resolve("torch.py"), String.format(missing, "torch", "torch"));
        List<String> args = train(Workload.AUTOENCODER_100, "images");
        Exit exit = runPeer(args, modules);
        assertEquals(3, exit.status(), exit.stderr());
        assertEquals("peer.py: numpy is not installed for " + ProcessWorkers.PYTHON + "; ./lectern bench installs "
                + "Debian's python3-torch, which brings numpy\n", exit.stderr());
        Files.writeString(modules.resolve("numpy.py"), "");
        exit = runPeer(args, modules);
        assertEquals(3, exit.status(), exit.stderr());
        assertTrue(exit.stderr().startsWith("peer.py: torch is not installed for "), exit.stderr());
    }

    @Test
    void thePeerTrainsEveryWorkloadThroughTheHarnesssWorker(@TempDir Path logs) throws Exception {
        assumeTrue(imports("torch"), "python3-torch is not installed; ./lectern bench installs it");
        ProcessWorkers workers = new ProcessWorkers(PEER.getParent().getParent(), logs, data.resolve("images"),
                data.resolve("labels"));
        for (Workload workload : List.of(Workload.AUTOENCODER_100, Workload.DENOISING_L1_1000, Workload.CLASSIFIER_100)) {
            try (Worker peer = workers.start(Side.PYTORCH, Job.training(workload, IMAGES))) {
                Map<String, String> ready = peer.ready().fields();
                assertEquals(String.valueOf(IMAGES), ready.get("images"), workload.id());
                assertEquals("2", ready.get("threads"));
                assertTrue(ready.get("torch").startsWith("1."), ready.toString());
                double first = peer.epoch().number("loss");
                double second = peer.epoch().number("loss");
                assertTrue(Double.isFinite(first) && first > 0 && Double.isFinite(second), workload.id() + ": " + first
                        + ", " + second);
                assertTrue(peer.memory().rssKib() > 50_000, "a Python with torch holds tens of MiB");
            }
        }
    }

    @Test
    void thePeerMultipliesWhatTheFloorCounts(@TempDir Path logs) throws Exception {
        assumeTrue(imports("torch"), "python3-torch is not installed; ./lectern bench installs it");
        ProcessWorkers workers = new ProcessWorkers(PEER.getParent().getParent(), logs, data.resolve("images"),
                data.resolve("labels"));
        StepProducts products = Workload.CLASSIFIER_100.products();
        try (Worker peer = workers.start(Side.PYTORCH, Job.floor(Workload.CLASSIFIER_100, IMAGES))) {
            assertEquals(String.valueOf(products.flopsPerEpoch(IMAGES)), peer.ready().field("flops_per_epoch"));
            assertTrue(Double.isNaN(peer.epoch().number("loss")));
        }
    }

    @Test
    void thePeerDrawsTheSamePictureAsOurWorker() throws Exception {
        assumeTrue(imports("numpy"), "numpy is not installed for /usr/bin/python3 (python3-torch brings it)");
        int size = 48;
        String script = "import sys, numpy as np; sys.path.insert(0, sys.argv[1]); import peer; "
                + "sys.stdout.write(bytes(np.rint(peer.synthetic_picture(np, int(sys.argv[2])) * 255).astype(np.uint8)"
                + ".ravel()).hex())";
        Process process = new ProcessBuilder(ProcessWorkers.PYTHON, "-c", script, PEER.getParent().toString(),
                String.valueOf(size)).start();
        String hex = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, stderr);
        java.awt.image.BufferedImage ours = ImageFitting.syntheticPicture(size);
        StringBuilder expected = new StringBuilder();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                expected.append(String.format("%06x", ours.getRGB(column, row) & 0xffffff));
            }
        }
        assertEquals(expected.toString(), hex, "the peer's picture, row by row, red-green-blue per pixel");
    }

    @Test
    void thePeerFitsTheCoordinateMlp(@TempDir Path logs) throws Exception {
        assumeTrue(imports("torch"), "python3-torch is not installed; ./lectern bench installs it");
        ProcessWorkers workers = new ProcessWorkers(PEER.getParent().getParent(), logs, data.resolve("images"),
                data.resolve("labels"));
        ImageSpec spec = new ImageSpec(16, 8, 10, 16, 3, 1e-2, 4, 7);
        try (Worker peer = workers.start(Side.PYTORCH, Job.imageFitting(spec))) {
            assertEquals("64", peer.ready().field("images"));
            assertEquals("4", peer.ready().field("steps_per_epoch"));
            double first = peer.epoch().number("loss");
            double second = peer.epoch().number("loss");
            assertTrue(Double.isFinite(first) && second < first, first + ", " + second);
        }
    }

    @Test
    void aWorkerThatEndsEarlyIsReportedWithItsLog(@TempDir Path logs) throws Exception {
        ProcessWorkers workers = new ProcessWorkers(PEER.getParent().getParent(), logs, data.resolve("gzipped"),
                data.resolve("labels"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> workers.start(Side.PYTORCH, Job.training(Workload.AUTOENCODER_100, IMAGES)));
        assertTrue(e.getMessage().startsWith("ae-b100 on PyTorch ended before its 'ready' line with exit status 2."),
                e.getMessage());
        assertTrue(e.getMessage().contains(logs.resolve("ae-b100-pytorch.log").toString()), e.getMessage());
    }
}
