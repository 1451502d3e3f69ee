/**
 * Datasets for the lectures, never downloaded at run time: IDX readers, the registry of data
 * files with their SHA-256, the resolver that finds and checks them ({@link org.lectern.data.DataFiles}),
 * and the notebook-facing splits and iterators ({@link org.lectern.data.Mnist},
 * {@link org.lectern.data.FashionMnist}, {@link org.lectern.data.DataSplit}), the quick/full
 * {@link org.lectern.data.RunMode} that shrinks them (and the epoch counts) for fast runs, and the
 * seeded {@link org.lectern.data.Corruption}s a denoising autoencoder learns to undo
 * ({@link org.lectern.data.GaussianNoise}, {@link org.lectern.data.MaskingNoise}), and the images the
 * coordinate MLP regresses: the verified astronaut photo ({@link org.lectern.data.SampleImages}),
 * seeded text images drawn with Java2D ({@link org.lectern.data.TextImage}) and the square
 * {@link org.lectern.data.ImageResize} they are sized with.
 */
package org.lectern.data;
