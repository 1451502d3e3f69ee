package org.lectern.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The matrix products one training step of a dense network needs, and nothing else: for every
 * layer the forward product {@code [batch, in] x [in, out]} and the weight gradient
 * {@code [out, batch] x [batch, in]} (shaped as PyTorch's weights, {@code [out, in]}), and for every
 * layer but the first the gradient that flows back to its input, {@code [batch, out] x [out, in]}. An autoencoder 784-400-784 needs five; no
 * engine can train faster than these products run, so their time is the floor of a workload.
 * {@code bench/peer.py gemm} multiplies the same shapes.
 *
 * @param sizes    units per layer boundary, input first
 * @param batch    images per step
 * @param products the products of one step, in the order above
 */
public record StepProducts(List<Integer> sizes, int batch, List<Product> products) {
    /**
     * One product {@code [rows, inner] x [inner, columns]}.
     *
     * @param rows    rows of the left operand and of the result
     * @param inner   the summed dimension
     * @param columns columns of the right operand and of the result
     */
    public record Product(int rows, int inner, int columns) {
        /** Returns the floating-point operations of the product, a multiply and an add per term. */
        public long flops() {
            return 2L * rows * inner * columns;
        }
    }

    /** Checks the arguments and copies the lists. */
    public StepProducts {
        sizes = List.copyOf(sizes);
        products = List.copyOf(products);
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1; got " + batch);
        }
    }

    /** Returns the products of one training step of a network with these sizes on batches of {@code batch}. */
    public static StepProducts of(List<Integer> sizes, int batch) {
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("a network needs at least two sizes; got " + sizes);
        }
        List<Product> products = new ArrayList<>();
        for (int layer = 0; layer + 1 < sizes.size(); layer++) {
            int in = sizes.get(layer);
            int out = sizes.get(layer + 1);
            products.add(new Product(batch, in, out));
            products.add(new Product(out, batch, in));
            if (layer > 0) {
                products.add(new Product(batch, out, in));
            }
        }
        return new StepProducts(sizes, batch, products);
    }

    /** Returns the number of steps an epoch over {@code images} images takes (the last batch may be short). */
    public int steps(int images) {
        return (images + batch - 1) / batch;
    }

    /** Returns the floating-point operations of one epoch over {@code images} images, counting every step as full. */
    public long flopsPerEpoch(int images) {
        return products.stream().mapToLong(Product::flops).sum() * steps(images);
    }

    /** Returns the arguments after {@code gemm} for {@code bench/peer.py} and {@link WorkerMain}. */
    public List<String> arguments() {
        return List.of("--sizes", TrainingSpec.join(sizes), "--batch", String.valueOf(batch));
    }
}
