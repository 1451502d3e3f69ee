package org.lectern.train.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lectern.data.DataSplit;
import org.lectern.data.FashionMnist;
import org.lectern.data.Mnist;
import org.lectern.nativebuild.NativeBuildSelector;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.ConvAutoencoder;
import org.lectern.nn.ReconstructionModel;
import org.lectern.nn.Vae;
import org.lectern.train.ReconstructionTrainer;
import org.lectern.train.Trainer;
import org.lectern.train.TrainingHistory;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Seconds per epoch of the variational and the convolutional autoencoder on the full training set
 * (60,000 images, batches of 100), with the dense autoencoder on the same data for comparison, so
 * notebook 06 can size its full and quick modes. Prints one line per epoch and the median.
 *
 * <pre>
 * OMP_WAIT_POLICY=PASSIVE java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.lectern.train.bench.ReconstructionEpochTimes [epochs] [vae2|vae16|cae|dense-fashion|dense-mnist ...]
 * </pre>
 */
public final class ReconstructionEpochTimes {
    private ReconstructionEpochTimes() {
    }

    /** Runs the named workloads (all by default) for the given number of epochs (default 2). */
    public static void main(String[] args) {
        NativeBuildSelector.select();
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        List<String> names = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("vae2", "vae16", "cae", "dense-fashion");
        DataSplit mnist = Mnist.train().quick(false);
        DataSplit fashion = FashionMnist.train().quick(false);
        for (String name : names) {
            TrainingHistory history = switch (name) {
                case "vae2" -> run(Vae.builder().latent(2).build(), mnist, Mnist.test().quick(false), epochs);
                case "vae16" -> run(Vae.builder().latent(16).build(), mnist, Mnist.test().quick(false), epochs);
                case "cae" -> run(ConvAutoencoder.builder().build(), fashion, FashionMnist.test().quick(false), epochs);
                case "dense-fashion" -> Trainer.on(Autoencoder.builder().hidden(400, Activation.TANH)
                        .updater(new Adam(1e-3)).build()).epochs(epochs).data(fashion)
                        .evaluateOn(FashionMnist.test().quick(false)).progress(false).fit();
                case "dense-mnist" -> Trainer.on(Autoencoder.builder().hidden(400, Activation.TANH)
                        .updater(new Adam(1e-3)).build()).epochs(epochs).data(mnist)
                        .evaluateOn(Mnist.test().quick(false)).progress(false).fit();
                default -> throw new IllegalArgumentException("unknown workload " + name);
            };
            double[] seconds = history.seconds().clone();
            Arrays.sort(seconds);
            System.out.printf(Locale.ROOT, "%s: median %.1f s per epoch of 60000 (min %.1f, max %.1f), "
                    + "evaluation %.1f s%n", name, seconds[seconds.length / 2], seconds[0],
                    seconds[seconds.length - 1], history.last().evaluationSeconds());
        }
    }

    private static TrainingHistory run(ReconstructionModel model, DataSplit train, DataSplit test, int epochs) {
        System.out.println(model);
        return ReconstructionTrainer.on(model).epochs(epochs).data(train).evaluateOn(test).progress(false).fit();
    }
}
