package org.lectern.nn.lean;

/**
 * The elementwise work of a training step, each piece fused into one pass over memory. Matrices
 * are row-major blocks of {@code rows x cols}. Two implementations compute the same values:
 * {@link ScalarKernels} (plain Java) and {@code VectorKernels} (the JDK's Vector API, for float
 * blocks, when the JVM runs with {@code --add-modules jdk.incubator.vector}); {@link #best()} picks.
 * The vector kernels agree with the scalar ones within 2e-6 of {@code max(1, |x|)} per element and
 * within 1e-5 relative for sums, at every vector width.
 */
interface Kernels {
    /** The system property that forces the scalar kernels: {@code -Dlectern.lean.kernels=scalar}. */
    String PROPERTY = "lectern.lean.kernels";

    /**
     * Adds {@code bias} to every row of {@code z} and applies {@code act} (not softmax), in place.
     *
     * @return the sum of the absolute activations if {@code sumAbs}, otherwise 0
     */
    double biasActivation(Block z, int rows, int cols, Block bias, Act act, boolean sumAbs);

    /** Adds {@code bias} to every row of {@code z} and replaces each row with its softmax, in place. */
    void biasSoftmax(Block z, int rows, int cols, Block bias);

    /**
     * Writes the gradient of the squared error through the output activation,
     * {@code delta = scale * (y - t) * act'(y)}, for {@code n} elements.
     *
     * @return the sum of the squared errors {@code (y - t)^2}
     */
    double squaredErrorGradient(Block y, Block t, Block delta, int n, Act act, double scale);

    /**
     * Writes the gradient of the negative log-likelihood through the softmax,
     * {@code delta = scale * (p - t)}, for {@code n} elements.
     *
     * @return {@code -sum t * log(p)}, with {@code p} clipped to at least {@value ScalarKernels#LOG_CLIP} as DL4J does
     */
    double logLikelihoodGradient(Block p, Block t, Block delta, int n, double scale);

    /** Returns the sum of the squared errors {@code (y - t)^2} over {@code n} elements. */
    double squaredError(Block y, Block t, int n);

    /** Returns {@code -sum t * log(p)} over {@code n} elements, {@code p} clipped as in {@link #logLikelihoodGradient}. */
    double logLikelihood(Block p, Block t, int n);

    /** Returns the sum of the absolute values of {@code n} elements. */
    double sumAbs(Block h, int n);

    /**
     * Turns the gradient with respect to a hidden layer's activations {@code h} into the gradient with
     * respect to its pre-activations, in place: {@code d = (d + l1 * sign(h)) * act'(h)}.
     */
    void activationGradient(Block d, Block h, int n, Act act, double l1);

    /**
     * Sums each column of {@code delta} and writes {@code alpha} times the sums to {@code out},
     * added to what {@code out} holds if {@code accumulate}.
     */
    void columnSums(Block delta, int rows, int cols, Block out, double alpha, boolean accumulate);

    /**
     * Returns the Vector API kernels if the JVM has the module (and the property does not ask for
     * scalar ones), otherwise the scalar kernels.
     */
    static Kernels best() {
        if ("scalar".equals(System.getProperty(PROPERTY))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return ScalarKernels.INSTANCE;
        }
        try {
            return (Kernels) Class.forName("org.lectern.nn.lean.VectorKernels").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return ScalarKernels.INSTANCE;
        }
    }
}
