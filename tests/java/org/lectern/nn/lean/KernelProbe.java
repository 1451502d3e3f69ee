package org.lectern.nn.lean;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Opens the package-private kernels to the micro-benchmarks in {@code org.lectern.nn.lean.bench}. */
public final class KernelProbe {
    private final Kernels kernels;

    private KernelProbe(Kernels kernels) {
        this.kernels = kernels;
    }

    /** Returns the kernels {@link Kernels#best()} picks (the Vector API ones when the module is there). */
    public static KernelProbe vector() {
        return new KernelProbe(Kernels.best());
    }

    /** Returns the plain-Java kernels. */
    public static KernelProbe scalar() {
        return new KernelProbe(ScalarKernels.INSTANCE);
    }

    /** Adds the bias row and applies tanh in place. */
    public double biasTanh(INDArray z, INDArray bias) {
        return kernels.biasActivation(Block.of(z), (int) z.rows(), (int) z.columns(), Block.of(bias), Act.TANH, false);
    }

    /** Adds the bias row and applies the sigmoid in place. */
    public double biasSigmoid(INDArray z, INDArray bias) {
        return kernels.biasActivation(Block.of(z), (int) z.rows(), (int) z.columns(), Block.of(bias), Act.SIGMOID,
                false);
    }

    /** Writes the MSE gradient through the sigmoid into {@code delta} and returns the squared-error sum. */
    public double mseSigmoidGradient(INDArray y, INDArray t, INDArray delta) {
        return kernels.squaredErrorGradient(Block.of(y), Block.of(t), Block.of(delta), (int) y.length(), Act.SIGMOID,
                2.0 / y.length());
    }
}
