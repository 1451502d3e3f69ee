package org.lectern.nn.lean.bench;

import java.util.concurrent.TimeUnit;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.EngineFactory;
import org.lectern.nn.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full training step of the lecture autoencoder (784-400-784, tanh, sigmoid, MSE, Sgd 0.98) on
 * each engine, and the step's five matrix products alone (the floor), at batch 1000 and 100.
 * Multiply by 60 (or 600) for seconds per MNIST epoch without the data loading.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class StepBenchmark {
    @Param({"1000", "100"})
    public int batch;

    private Network lean;
    private Network dl4j;
    private DataSet images;
    private INDArray w1;
    private INDArray w2;
    private INDArray h;
    private INDArray y;
    private INDArray dh;

    /** Builds both networks and a batch of random images. */
    @Setup
    public void build() {
        lean = Autoencoder.builder().engine(EngineFactory.lean()).build();
        dl4j = Autoencoder.builder().engine(EngineFactory.dl4j()).build();
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, 784);
        images = new DataSet(x, x);
        w1 = Nd4j.rand(DataType.FLOAT, 784, 400).dup('f');
        w2 = Nd4j.rand(DataType.FLOAT, 400, 784).dup('f');
        h = Nd4j.create(DataType.FLOAT, batch, 400);
        y = Nd4j.create(DataType.FLOAT, batch, 784);
        dh = Nd4j.create(DataType.FLOAT, batch, 400);
    }

    /** A training step on the lean engine. */
    @Benchmark
    public double leanStep() {
        return lean.fitBatch(images);
    }

    /** A training step on DL4J's engine. */
    @Benchmark
    public double dl4jStep() {
        return dl4j.fitBatch(images);
    }

    /** The five matrix products a step needs, nothing else. */
    @Benchmark
    public INDArray gemmFloor() {
        INDArray x = images.getFeatures();
        Nd4j.gemm(x, w1, h, false, false, 1.0, 0.0);
        Nd4j.gemm(h, w2, y, false, false, 1.0, 0.0);
        Nd4j.gemm(h, y, w2, true, false, 1e-9, 1.0);
        Nd4j.gemm(y, w2, dh, false, true, 1.0, 0.0);
        return Nd4j.gemm(x, dh, w1, true, false, 1e-9, 1.0);
    }
}
