package org.lectern.nn;

import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The linear autoencoder, {@code inputs -> k -> inputs} with identity activations and MSE: the
 * network PCA solves in closed form. Trained to its optimum, its reconstruction error equals that
 * of PCA with {@code k} components and its decoder spans the same space as the first {@code k}
 * components (Baldi and Hornik, 1989), though its code units are mixtures of them, neither
 * orthogonal nor ordered by variance ({@link Pca#subspaceOverlap} measures the agreement).
 *
 * <pre>{@code
 * Autoencoder linear = LinearAutoencoder.builder(32).seed(lecture.seed()).build();   // 784-32-784
 * Trainer.on(linear).epochs(10).data(mnistTrain).fit();
 * double gap = linear.reconstructionError(testImages) - Pca.fit(trainImages, 32).reconstructionError(testImages);
 * double overlap = pca.subspaceOverlap(linear.weights(1).transpose());                // 1 = same space
 * }</pre>
 */
public final class LinearAutoencoder {
    /**
     * The learning rate of the preset updater, Adam. Measured on MNIST (batches of 100, 3 epochs):
     * test errors within 0.6-3.6% of PCA's for codes of 2, 8, 32 and 64 units, where 1e-3 left the
     * 2-unit code 16% above.
     */
    public static final double LEARNING_RATE = 3e-3;

    private LinearAutoencoder() {
    }

    /**
     * Returns an autoencoder builder preset to {@code 784 -> codeSize -> 784}, identity activations on
     * the code and the output, MSE, Adam {@value #LEARNING_RATE}. Change the inputs, seed, number
     * type or updater on it as on any builder; a further {@code hidden(...)} would add a layer after
     * the code and, with a nonlinear activation, make the model nonlinear.
     *
     * @throws IllegalArgumentException if {@code codeSize} is less than 1
     */
    public static Autoencoder.Builder builder(int codeSize) {
        NetworkBuilder.requirePositive("the code size", codeSize);
        return Autoencoder.builder().hidden(codeSize, Activation.IDENTITY).outputActivation(Activation.IDENTITY)
                .loss(LossFunction.MSE).updater(new Adam(LEARNING_RATE));
    }
}
