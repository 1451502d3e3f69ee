/**
 * Training and evaluation for the lectures: {@link org.lectern.train.Trainer} runs epochs over a
 * {@code DataSplit} or {@code DataSetIterator} with listeners (live progress bar, one printed line
 * per epoch, a stop on NaN or infinite loss), keeps a {@link org.lectern.train.TrainingHistory}
 * (Tablesaw table and plotting arrays; stages join into one curve), writes atomic checkpoints
 * and resumes from them; {@link org.lectern.train.ClassificationReport} gives accuracy,
 * per-class accuracy and the confusion matrix; {@link org.lectern.train.CodeSparsity} measures how
 * sparse an autoencoder's code is (mean |h|, units below a threshold, most active units).
 * For denoising autoencoders, {@link org.lectern.train.ReconstructionErrorCurve} follows the
 * held-out reconstruction error epoch by epoch (without the L1 term) and
 * {@link org.lectern.train.NoiseSweep} measures it against the strength of the corruption.
 * {@link org.lectern.train.ReconstructionTrainer} trains the models that are not dense networks
 * ({@code Vae}, {@code ConvAutoencoder}) with the same progress bar, printed lines and NaN stop.
 * {@link org.lectern.train.CodeSizeSweep} measures PCA and autoencoder families against the size of
 * the code; {@link org.lectern.train.IdentityMeasure} measures how close an autoencoder is to
 * the identity map, and {@link org.lectern.train.CodeRedundancy} how its error grows when a share of
 * its code units is switched off.
 *
 * <pre>{@code
 * TrainingHistory single = Trainer.on(ae).epochs(10).data(Mnist.train().batchSize(1000)).stage("single").fit();
 * TrainingHistory stacked = Trainer.on(deeper).epochs(10).data(Mnist.train().batchSize(1000)).stage("stacked").fit();
 * double[] x = single.then(stacked).epochs(), y = single.then(stacked).losses();
 * ClassificationReport report = ClassificationReport.of(classifier, Mnist.test());
 * }</pre>
 */
package org.lectern.train;
