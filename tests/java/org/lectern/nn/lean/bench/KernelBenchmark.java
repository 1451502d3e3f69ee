package org.lectern.nn.lean.bench;

import java.util.concurrent.TimeUnit;
import org.lectern.nn.lean.KernelProbe;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.SigmoidDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lean engine's elementwise kernels against ND4J's ops doing the same work, on the lecture
 * autoencoder's shapes at batch 1000: bias + tanh on the 1000 x 400 code, bias + sigmoid on the
 * 1000 x 784 output, and the output gradient of MSE through the sigmoid. Each invocation starts
 * from the same pre-activations (copied in the setup), so every variant sees the same values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KernelBenchmark {
    private static final int BATCH = 1000;

    private INDArray codeSource;
    private INDArray outputSource;
    private INDArray code;
    private INDArray output;
    private INDArray codeBias;
    private INDArray outputBias;
    private INDArray targets;
    private INDArray delta;
    private KernelProbe vector;
    private KernelProbe scalar;

    /** Draws the arrays once. */
    @Setup(Level.Trial)
    public void draw() {
        codeSource = Nd4j.rand(DataType.FLOAT, BATCH, 400).subi(0.5).muli(6);
        outputSource = Nd4j.rand(DataType.FLOAT, BATCH, 784).subi(0.5).muli(6);
        code = codeSource.dup();
        output = outputSource.dup();
        codeBias = Nd4j.rand(DataType.FLOAT, 1, 400);
        outputBias = Nd4j.rand(DataType.FLOAT, 1, 784);
        targets = Nd4j.rand(DataType.FLOAT, BATCH, 784);
        delta = Nd4j.create(DataType.FLOAT, BATCH, 784);
        vector = KernelProbe.vector();
        scalar = KernelProbe.scalar();
    }

    /** Restores the pre-activations the in-place kernels overwrite. */
    @Setup(Level.Invocation)
    public void restore() {
        code.assign(codeSource);
        output.assign(outputSource);
    }

    /** ND4J: add the bias row, then tanh, two passes. */
    @Benchmark
    public INDArray biasTanhNd4j() {
        code.addiRowVector(codeBias);
        return Nd4j.getExecutioner().exec(new Tanh(code));
    }

    /** Lean, Vector API: bias and tanh in one pass. */
    @Benchmark
    public double biasTanhVector() {
        return vector.biasTanh(code, codeBias);
    }

    /** Lean, plain Java: bias and tanh in one pass. */
    @Benchmark
    public double biasTanhScalar() {
        return scalar.biasTanh(code, codeBias);
    }

    /** ND4J: add the bias row, then sigmoid, two passes. */
    @Benchmark
    public INDArray biasSigmoidNd4j() {
        output.addiRowVector(outputBias);
        return Nd4j.getExecutioner().exec(new Sigmoid(output));
    }

    /** Lean, Vector API: bias and sigmoid in one pass. */
    @Benchmark
    public double biasSigmoidVector() {
        return vector.biasSigmoid(output, outputBias);
    }

    /** ND4J: the MSE gradient through the sigmoid as DL4J computes it (difference, scale, derivative op, loss sum). */
    @Benchmark
    public double mseSigmoidGradientNd4j() {
        INDArray error = outputSource.sub(targets);
        double loss = error.mul(error).sumNumber().doubleValue();
        Nd4j.getExecutioner().exec(new SigmoidDerivative(outputSource, error.muli(2.0 / outputSource.length()), delta));
        return loss;
    }

    /** Lean, Vector API: the same gradient and the loss sum in one pass. */
    @Benchmark
    public double mseSigmoidGradientVector() {
        return vector.mseSigmoidGradient(outputSource, targets, delta);
    }
}
