package org.lectern.nn.lean;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code c = alpha * op(a) * op(b) + beta * c} for the lean engine's matrices. On the CPU backend
 * it calls OpenBLAS's {@code cblas_sgemm}/{@code cblas_dgemm} directly, the same library (through
 * the same JavaCPP binding) ND4J's own products end in: {@code Nd4j.gemm} measured 20-45 us of
 * bookkeeping per call against 0.1-0.5 us for the direct call, which at batch 100 is 0.1-0.2 s per
 * MNIST epoch. Other backends, and operands a direct call cannot describe, go through {@code Nd4j.gemm}.
 * Public so that {@code ./lectern bench} times its floor on the very products the engine runs.
 */
public final class Gemm {
    /** System property that, set to {@code nd4j}, keeps every product on {@code Nd4j.gemm} (to compare). */
    static final String PROPERTY = "lectern.lean.gemm";
    private static final Gemm BEST = new Gemm(!"nd4j".equals(System.getProperty(PROPERTY)) && directAvailable());

    private final boolean direct;

    private Gemm(boolean direct) {
        this.direct = direct;
    }

    /** Returns the direct OpenBLAS products where the backend allows them, {@code Nd4j.gemm} otherwise. */
    public static Gemm best() {
        return BEST;
    }

    /** Returns true if this instance calls OpenBLAS directly when the operands allow it. */
    boolean direct() {
        return direct;
    }

    /** Computes {@code c = alpha * op(a) * op(b) + beta * c}, op transposing where asked. */
    public void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double alpha,
                         double beta) {
        if (!direct || !describable(a, c) || !describable(b, c) || !describable(c, c)) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta);
            return;
        }
        // The layout follows c; an operand stored the other way round is its own transpose in that layout.
        boolean rowMajor = c.ordering() == 'c';
        int layout = rowMajor ? openblas_nolapack.CblasRowMajor : openblas_nolapack.CblasColMajor;
        int m = (int) c.rows();
        int n = (int) c.columns();
        int k = (int) (transposeA ? a.rows() : a.columns());
        if ((transposeA ? a.columns() : a.rows()) != m || (transposeB ? b.columns() : b.rows()) != k
                || (transposeB ? b.rows() : b.columns()) != n) {
            throw new IllegalArgumentException("gemm shapes do not fit: " + a.shapeInfoToString() + " x "
                    + b.shapeInfoToString() + " into " + c.shapeInfoToString());
        }
        int opA = flag(transposeA != (a.ordering() == 'c') != rowMajor);
        int opB = flag(transposeB != (b.ordering() == 'c') != rowMajor);
        if (c.dataType() == DataType.FLOAT) {
            openblas_nolapack.cblas_sgemm(layout, opA, opB, m, n, k, (float) alpha, floats(a), leading(a),
                    floats(b), leading(b), (float) beta, floats(c), leading(c));
        } else {
            openblas_nolapack.cblas_dgemm(layout, opA, opB, m, n, k, alpha, doubles(a), leading(a),
                    doubles(b), leading(b), beta, doubles(c), leading(c));
        }
    }

    private static int flag(boolean transpose) {
        return transpose ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
    }

    /** A matrix of c's type whose one unit stride makes it a plain row- or column-major block. */
    private static boolean describable(INDArray x, INDArray c) {
        DataType type = c.dataType();
        return x.rank() == 2 && x.dataType() == type && (type == DataType.FLOAT || type == DataType.DOUBLE)
                && (x.ordering() == 'c' ? x.columns() == 1 || x.stride(1) == 1 : x.rows() == 1 || x.stride(0) == 1);
    }

    /**
     * The distance between rows of a row-major block (columns of a column-major one). ND4J gives a
     * dimension of size 1 any stride, while BLAS wants at least the row (column) length there.
     */
    private static int leading(INDArray x) {
        long stride = x.ordering() == 'c' ? (x.rows() == 1 ? x.columns() : x.stride(0))
                : (x.columns() == 1 ? x.rows() : x.stride(1));
        return (int) Math.max(1, stride);
    }

    // A view's data buffer already starts at the view's offset.
    private static FloatPointer floats(INDArray x) {
        return new FloatPointer(x.data().addressPointer());
    }

    private static DoublePointer doubles(INDArray x) {
        return new DoublePointer(x.data().addressPointer());
    }

    private static boolean directAvailable() {
        try {
            return Nd4j.getEnvironment().isCPU() && openblas_nolapack.blas_get_num_threads() > 0;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
