package org.lectern.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Principal component analysis of features {@code [examples, inputs]}: the mean, the first
 * {@code k} principal directions (orthonormal, by decreasing variance) and the variance along each,
 * fitted with ND4J's LAPACK eigendecomposition ({@code Eigen.symmetricGeneralizedEigenvalues},
 * i.e. {@code syev}) of the covariance matrix. A code is {@code (x - mean) V}, a reconstruction
 * {@code code V^T + mean}; the reconstruction error is the mean squared error over examples and
 * inputs, as {@link Autoencoder#reconstructionError(INDArray)} measures it, so both compare
 * directly. The variances divide by the number of examples, so on the fitted data the
 * reconstruction error with {@code k} components is exactly the variance left out divided by the
 * number of inputs.
 *
 * <pre>{@code
 * Pca pca = Pca.fit(trainImages, 64);                   // [60000, 784] -> 64 components
 * INDArray codes = pca.project(testImages);             // [10000, 64]
 * INDArray back = pca.reconstruct(testImages);          // [10000, 784]
 * double mse = pca.reconstructionError(testImages);
 * double share = pca.truncated(2).explainedVarianceRatio()[1];
 * }</pre>
 *
 * <p>Why not ND4J's {@code PCA} class: it builds the covariance one example at a time (60,000
 * outer products for MNIST) in the default number type; here it is one product per chunk of
 * examples, in double precision.
 */
public final class Pca {
    /** How many examples are turned to double precision at once while fitting, projecting or measuring. */
    private static final int CHUNK = 5000;

    private final INDArray mean;
    private final INDArray components;
    private final double[] variances;
    private final double totalVariance;
    private final long examples;

    private Pca(INDArray mean, INDArray components, double[] variances, double totalVariance, long examples) {
        this.mean = mean;
        this.components = components;
        this.variances = variances;
        this.totalVariance = totalVariance;
        this.examples = examples;
    }

    /** Fits every component: as many as there are inputs. */
    public static Pca fit(INDArray features) {
        INDArray x = checkedFeatures(features, "features");
        return fit(x, (int) x.columns());
    }

    /**
     * Fits the first {@code k} principal components of the features {@code [examples, inputs]}.
     *
     * @throws IllegalArgumentException if the features are not a matrix of finite numbers with at least
     *                                  2 examples, or {@code k} is not between 1 and the number of inputs
     */
    public static Pca fit(INDArray features, int k) {
        INDArray x = checkedFeatures(features, "features");
        int inputs = (int) x.columns();
        requireCodeSize(k, inputs, "the number of inputs");
        long n = x.rows();
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 examples (rows) to measure variance; got " + n);
        }
        INDArray mean = Nd4j.zeros(DataType.DOUBLE, 1, inputs);
        for (long start = 0; start < n; start += CHUNK) {
            mean.addi(chunk(x, start).sum(true, 0));
        }
        mean.divi(n);
        INDArray covariance = Nd4j.create(DataType.DOUBLE, new long[] {inputs, inputs}, 'f');
        for (long start = 0; start < n; start += CHUNK) {
            INDArray centred = chunk(x, start).subiRowVector(mean);
            Nd4j.gemm(centred, centred, covariance, true, false, 1.0, 1.0);
        }
        covariance.divi(n);
        double total = 0;
        for (int i = 0; i < inputs; i++) {
            total += covariance.getDouble(i, i);
        }
        requireFinite(total, "features");
        // syev overwrites the matrix with its eigenvectors as columns, eigenvalues in ascending order.
        INDArray ascending = Eigen.symmetricGeneralizedEigenvalues(covariance, true);
        INDArray components = Nd4j.create(DataType.DOUBLE, new long[] {inputs, k}, 'f');
        double[] variances = new double[k];
        for (int j = 0; j < k; j++) {
            int source = inputs - 1 - j;
            INDArray direction = covariance.getColumn(source).dup();
            // Eigenvectors come with either sign: the largest entry is made positive, so fits repeat exactly.
            int largest = Nd4j.argMax(Transforms.abs(direction, true)).getInt(0);
            if (direction.getDouble(largest) < 0) {
                direction.negi();
            }
            components.putColumn(j, direction);
            // Rounding can leave the zero eigenvalues of rank-deficient data slightly negative.
            variances[j] = Math.max(0, ascending.getDouble(source));
        }
        return new Pca(mean.reshape(inputs), components, variances, total, n);
    }

    /** Returns the number of inputs (features per example). */
    public int inputs() {
        return (int) components.rows();
    }

    /** Returns the number of components kept, the size of a code. */
    public int codeSize() {
        return (int) components.columns();
    }

    /** Returns the number of examples the PCA was fitted on. */
    public long examples() {
        return examples;
    }

    /** Returns a copy of the mean of the fitted features, {@code [inputs]}, in double precision. */
    public INDArray mean() {
        return mean.dup();
    }

    /**
     * Returns a copy of the components as columns, {@code [inputs, codeSize()]}, in double precision:
     * orthonormal, by decreasing variance; for MNIST each column is a 28x28 image.
     */
    public INDArray components() {
        return components.dup('c');
    }

    /** Returns the variance of the fitted features along each kept component, largest first. */
    public double[] explainedVariance() {
        return variances.clone();
    }

    /** Returns each kept component's share of the total variance, largest first. */
    public double[] explainedVarianceRatio() {
        return Arrays.stream(variances).map(v -> totalVariance > 0 ? v / totalVariance : 0).toArray();
    }

    /** Returns the total variance of the fitted features: the sum of every input's variance (the covariance's trace). */
    public double totalVariance() {
        return totalVariance;
    }

    /**
     * Returns this PCA with only its first {@code k} components (a fit with {@code k} components gives
     * the same), so one fit serves several code sizes.
     *
     * @throws IllegalArgumentException if {@code k} is not between 1 and {@link #codeSize()}
     */
    public Pca truncated(int k) {
        requireCodeSize(k, codeSize(), "the " + codeSize() + " components this PCA kept");
        INDArray kept = components.get(NDArrayIndex.all(), NDArrayIndex.interval(0, k)).dup('f');
        return new Pca(mean, kept, Arrays.copyOf(variances, k), totalVariance, examples);
    }

    /** Returns the codes of the features, {@code (x - mean) V}, {@code [examples, codeSize()]}, in the features' number type. */
    public INDArray project(INDArray features) {
        INDArray x = checkedInputs(features);
        INDArray codes = Nd4j.create(DataType.DOUBLE, x.rows(), codeSize());
        for (long start = 0; start < x.rows(); start += CHUNK) {
            INDArray centred = chunk(x, start).subiRowVector(mean);
            codes.get(rows(start, x.rows()), NDArrayIndex.all()).assign(centred.mmul(components));
        }
        return codes.castTo(x.dataType());
    }

    /** Returns the features that codes {@code [examples, codeSize()]} stand for, {@code code V^T + mean}, in the codes' number type. */
    public INDArray decode(INDArray codes) {
        INDArray c = checkedFeatures(codes, "codes");
        if (c.columns() != codeSize()) {
            throw new IllegalArgumentException("this PCA keeps " + codeSize() + " components, so codes are shaped [examples, "
                    + codeSize() + "]; got " + Arrays.toString(c.shape()));
        }
        INDArray back = c.castTo(DataType.DOUBLE).mmul(components.transpose()).addiRowVector(mean);
        return back.castTo(c.dataType());
    }

    /** Returns the reconstructions of the features: their projection onto the kept components, {@code [examples, inputs]}. */
    public INDArray reconstruct(INDArray features) {
        INDArray x = checkedInputs(features);
        INDArray back = Nd4j.create(DataType.DOUBLE, x.rows(), inputs());
        for (long start = 0; start < x.rows(); start += CHUNK) {
            back.get(rows(start, x.rows()), NDArrayIndex.all()).assign(reconstructChunk(x, start));
        }
        return back.castTo(x.dataType());
    }

    /** Returns the mean squared reconstruction error over every example and every input, as an autoencoder's. */
    public double reconstructionError(INDArray features) {
        return Arrays.stream(reconstructionErrors(features)).average().orElseThrow();
    }

    /** Returns each example's mean squared reconstruction error over its inputs, in order. */
    public double[] reconstructionErrors(INDArray features) {
        INDArray x = checkedInputs(features);
        double[] errors = new double[(int) x.rows()];
        for (long start = 0; start < x.rows(); start += CHUNK) {
            INDArray difference = reconstructChunk(x, start).subi(chunk(x, start));
            double[] part = difference.muli(difference).mean(1).toDoubleVector();
            System.arraycopy(part, 0, errors, (int) start, part.length);
        }
        return errors;
    }

    /**
     * Returns how much the space spanned by the columns of {@code directions} {@code [inputs, m]}
     * overlaps the space of the kept components: the mean squared cosine of the principal angles
     * between the two, {@code trace(P_D P_V) / min(m, k)} with {@code P} the orthogonal projections.
     * 1 means the same space (or one inside the other), 0 orthogonal spaces; random spaces of
     * {@code k} directions score about {@code k / inputs}. A trained linear autoencoder's decoder,
     * {@code ae.weights(1).transpose()}, spans the top-k space without being the components themselves.
     *
     * @throws IllegalArgumentException if {@code directions} is not {@code [inputs, m]} with independent columns
     */
    public double subspaceOverlap(INDArray directions) {
        Objects.requireNonNull(directions, "directions");
        if (directions.rank() != 2 || directions.rows() != inputs() || directions.columns() < 1
                || directions.columns() > inputs()) {
            throw new IllegalArgumentException("directions are columns of " + inputs() + " inputs each, shaped [" + inputs()
                    + ", m] with 1 <= m <= " + inputs() + "; got " + Arrays.toString(directions.shape())
                    + " (a decoder's weights [k, inputs] need .transpose())");
        }
        INDArray d = directions.castTo(DataType.DOUBLE);
        requireFinite(d.sumNumber().doubleValue(), "directions");
        // G^-1 through G's eigendecomposition, whose eigenvalues also tell whether the columns are independent.
        INDArray basis = Nd4j.create(DataType.DOUBLE, new long[] {d.columns(), d.columns()}, 'f')
                .assign(d.transpose().mmul(d));
        INDArray eigenvalues = Eigen.symmetricGeneralizedEigenvalues(basis, true);
        double largest = eigenvalues.maxNumber().doubleValue();
        if (!(eigenvalues.minNumber().doubleValue() > 1e-12 * largest)) {
            throw new IllegalArgumentException("the directions are not independent: some column is a combination of the "
                    + "others (or zero); give m independent columns");
        }
        INDArray inverse = basis.mulRowVector(Transforms.pow(eigenvalues, -1, true)).mmul(basis.transpose());
        INDArray onComponents = d.transpose().mmul(components);
        // trace(G^-1 O O^T) as the sum of the elementwise product of G^-1 O and O.
        double trace = inverse.mmul(onComponents).muli(onComponents).sumNumber().doubleValue();
        return trace / Math.min(d.columns(), codeSize());
    }

    /** Returns e.g. {@code PCA: 64 of 784 components, 86.3% of the variance, fitted on 60000 examples}. */
    @Override
    public String toString() {
        double share = Arrays.stream(explainedVarianceRatio()).sum();
        return String.format(Locale.ROOT, "PCA: %d of %d components, %.1f%% of the variance, fitted on %d examples",
                codeSize(), inputs(), 100 * share, examples);
    }

    private INDArray reconstructChunk(INDArray x, long start) {
        INDArray centred = chunk(x, start).subiRowVector(mean);
        return centred.mmul(components).mmul(components.transpose()).addiRowVector(mean);
    }

    private INDArray checkedInputs(INDArray features) {
        INDArray x = checkedFeatures(features, "features");
        if (x.columns() != inputs()) {
            throw new IllegalArgumentException("this PCA was fitted on " + inputs() + " inputs, so features are shaped "
                    + "[examples, " + inputs() + "]; got " + Arrays.toString(x.shape()));
        }
        return x;
    }

    private static INDArray checkedFeatures(INDArray features, String what) {
        Objects.requireNonNull(features, what);
        INDArray x = features.rank() == 1 ? features.reshape(1, features.length()) : features;
        if (x.rank() != 2 || x.rows() == 0 || x.columns() == 0) {
            throw new IllegalArgumentException(what + " must be a matrix [examples, inputs] with one example per row; got "
                    + "shape " + Arrays.toString(features.shape()));
        }
        if (!x.dataType().isFPType()) {
            throw new IllegalArgumentException(what + " must hold floating-point numbers; got " + x.dataType()
                    + " (cast with .castTo(DataType.FLOAT))");
        }
        return x;
    }

    private static INDArray chunk(INDArray x, long start) {
        INDArray part = x.get(rows(start, x.rows()), NDArrayIndex.all());
        return part.dataType() == DataType.DOUBLE ? part.dup('c') : part.castTo(DataType.DOUBLE);
    }

    private static INDArrayIndex rows(long start, long count) {
        return NDArrayIndex.interval(start, Math.min(count, start + CHUNK));
    }

    private static void requireCodeSize(int k, int most, String what) {
        if (k < 1 || k > most) {
            throw new IllegalArgumentException("the number of components must be between 1 and " + what + " (" + most
                    + "); got " + k);
        }
    }

    private static void requireFinite(double sum, String what) {
        if (!Double.isFinite(sum)) {
            throw new IllegalArgumentException("the " + what + " hold NaN or infinite values; PCA needs finite numbers");
        }
    }
}
