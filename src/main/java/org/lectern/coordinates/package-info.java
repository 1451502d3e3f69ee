/**
 * Coordinate networks for images, the CS441 lecture's stretch goal and Tancik et al. 2020's 2-D
 * experiment: an MLP learns a pixel's colour from its position, seen through an
 * {@link org.lectern.nn.InputMapping} (none, basic, positional encoding or Gaussian Fourier
 * features). {@link org.lectern.coordinates.ImageTask} holds an image's positions and colours
 * (training pixels: even rows and columns; test: every pixel), {@link org.lectern.coordinates.ImageMlp}
 * is the network with its mapping, {@link org.lectern.coordinates.ImageTrainer} trains it full batch
 * and records {@link org.lectern.coordinates.Psnr} into an {@link org.lectern.coordinates.ImageFit};
 * {@link org.lectern.coordinates.PsnrCurves}, {@link org.lectern.coordinates.FeatureCurves} and
 * {@link org.lectern.coordinates.FeatureMaps} draw the lecture's figures; reconstructions go side by
 * side with {@link org.lectern.plot.PictureGrid}.
 *
 * <pre>{@code
 * ImageTask task = ImageTask.of(picture);                                  // square image
 * ImageMlp model = ImageMlp.builder().mapping(InputMapping.positional(128, 6)).build();
 * ImageFit fit = ImageTrainer.on(model).task(task).steps(2000).snapshots(100, 500).fit();
 * PsnrCurves.of(fit).build();                                             // train dashed, test solid
 * }</pre>
 */
package org.lectern.coordinates;
