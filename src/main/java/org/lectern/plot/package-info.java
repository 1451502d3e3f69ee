/**
 * Lecture figures: loss and accuracy curves, image grids (digits, reconstructions, weight tiles),
 * grids of colour pictures ({@link org.lectern.plot.PictureGrid}), confusion matrix heat maps and
 * histograms. {@link org.lectern.plot.Plots} has a one-liner for
 * each; the builders ({@link org.lectern.plot.EpochCurves}, {@link org.lectern.plot.ImageGrid},
 * {@link org.lectern.plot.ConfusionChart}, {@link org.lectern.plot.HistogramChart}) change
 * anything else. Charts are XChart charts and grids are {@link java.awt.image.BufferedImage}s, so
 * both show inline through the notebook's existing renderers; every figure saves as PNG with one
 * call ({@link org.lectern.plot.Plots#save}, or {@code save(Path)} on a builder). Styling lives in
 * {@link org.lectern.plot.FigureStyle}, apart from the data. For the autoencoder zoo:
 * {@link org.lectern.plot.CodeScatter} (two-dimensional codes coloured by class),
 * {@link org.lectern.plot.CodeSizeChart} (reconstruction error against code size) and
 * {@link org.lectern.plot.ChartRow} (charts side by side in one image).
 *
 * <p>Takes plain arrays, ND4J arrays and Tablesaw tables; depends on no other lecture package.
 */
package org.lectern.plot;
