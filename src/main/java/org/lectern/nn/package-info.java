/**
 * Dense networks for the lectures, built with fluent builders whose defaults are the lectures'
 * settings: {@link org.lectern.nn.Autoencoder} (with greedy {@code stack(...)} and a
 * {@code classifier(...)} head on its encoder), {@link org.lectern.nn.Classifier} and
 * {@link org.lectern.nn.Mlp}. Parameters start as PyTorch's {@code nn.Linear} draws them
 * ({@link org.lectern.nn.Init}), seeded.
 *
 * <p>Networks compute through an {@link org.lectern.nn.Engine}; the default
 * ({@link org.lectern.nn.EngineFactory#standard()}) is the lean engine ({@code nn/lean}) where it
 * applies and DL4J's {@code MultiLayerNetwork} ({@link org.lectern.nn.Dl4jEngine}) otherwise.
 * Notebooks and the trainer use only {@link org.lectern.nn.Network}'s methods, so the engine can
 * change under them.
 *
 * <p>Models beyond dense layers build on DL4J's own layers and train with
 * {@code org.lectern.train.ReconstructionTrainer}: {@link org.lectern.nn.Vae} (a variational
 * autoencoder on DL4J's {@code VariationalAutoencoder} layer: sampling, latent walks) and
 * {@link org.lectern.nn.ConvAutoencoder} (convolutional encoder, mirrored decoder). For
 * coordinate networks, {@link org.lectern.nn.InputMapping} maps pixel positions to features.
 *
 * <p>A hidden layer can carry penalties on its activations: {@link org.lectern.nn.ActivityL1}
 * ({@code .activityL1(rho)}), and on sigmoid layers {@link org.lectern.nn.KlSparsity}
 * ({@code .klSparsity(rho, beta)}) and {@link org.lectern.nn.ContractivePenalty}
 * ({@code .contractive(lambda)}); {@link org.lectern.nn.CodeMeasures} measures the resulting codes.
 *
 * <p>Beside the networks: {@link org.lectern.nn.Pca} (principal components through ND4J's LAPACK,
 * with the autoencoders' reconstruction error) and {@link org.lectern.nn.LinearAutoencoder}, the
 * network PCA solves in closed form; any hidden layer can drop out its outputs in training
 * ({@code .hidden(1000, Activation.RELU).dropout(0.5)}).
 *
 * <pre>{@code
 * Autoencoder ae = Autoencoder.builder().build();                 // 784-400-784, lecture 17
 * Autoencoder stacked = ae.stack(256, Activation.TANH);          // 784-400-256-400-784
 * Classifier clf = stacked.classifier(10);                        // 784-400-256-10
 * }</pre>
 */
package org.lectern.nn;
