package org.lectern.nn.lean;

import java.util.List;
import java.util.Optional;
import org.lectern.nn.LayerSpec;
import org.lectern.nn.NetworkSpec;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Says whether the lean engine can compute a network, and if not, what it lacks and what to use instead. */
final class LeanSupport {
    static final String WHAT_IT_COMPUTES = "the lean engine computes dense layers with the activations identity, "
            + "tanh, sigmoid and relu (softmax only on the output layer, with NEGATIVELOGLIKELIHOOD or MCXENT), "
            + "the losses MSE, NEGATIVELOGLIKELIHOOD and MCXENT, and activity L1, KL sparsity and contractive penalties";
    static final String USE_DL4J = "DL4J's engine computes this network: add .engine(EngineFactory.dl4j()) to the "
            + "builder";

    private LeanSupport() {
    }

    /** Returns what in the spec, on ND4J's active backend, the lean engine cannot compute, or empty if it can compute all of it. */
    static Optional<String> problem(NetworkSpec spec) {
        return problem(spec, Nd4j.getEnvironment().isCPU());
    }

    /**
     * Returns what the lean engine cannot compute on a CPU ({@code cpuBackend}) or GPU backend. On a GPU
     * it computes nothing: its kernels and OpenBLAS products work on host memory, where the CUDA
     * backend's arrays live on the device, so DL4J's engine (cuBLAS and cuDNN through ND4J) computes there.
     */
    static Optional<String> problem(NetworkSpec spec, boolean cpuBackend) {
        if (!cpuBackend) {
            return Optional.of("ND4J computes on a GPU here (its CUDA backend), and the lean engine only on the CPU");
        }
        List<LayerSpec> layers = spec.layers();
        int last = layers.size() - 1;
        for (int i = 0; i <= last; i++) {
            LayerSpec layer = layers.get(i);
            Optional<Act> act = Act.of(layer.activation());
            if (act.isEmpty()) {
                return Optional.of("layer " + i + " uses the activation " + layer.activationName());
            }
            if (act.get() == Act.SOFTMAX && i < last) {
                return Optional.of("layer " + i + " is a hidden softmax layer");
            }
            if (layer.hasDropout()) {
                return Optional.of("layer " + i + " has " + layer.dropoutText() + " on its outputs");
            }
        }
        LossFunction loss = spec.loss();
        boolean softmaxOutput = layers.get(last).activation() == org.nd4j.linalg.activations.Activation.SOFTMAX;
        boolean logLikelihood = isLogLikelihood(loss);
        if (loss != LossFunction.MSE && !logLikelihood) {
            return Optional.of("the loss is " + loss);
        }
        if (logLikelihood && !softmaxOutput) {
            return Optional.of("the loss " + loss + " follows a " + layers.get(last).activationName()
                    + " output instead of a softmax");
        }
        if (!logLikelihood && softmaxOutput) {
            return Optional.of("the softmax output is trained with " + loss + " instead of the log-likelihood");
        }
        if (spec.parameterCount() > Integer.MAX_VALUE / 8) {
            return Optional.of("the network has " + spec.parameterCount() + " parameters");
        }
        return Optional.empty();
    }

    /** Returns the message for a spec the lean engine cannot compute. */
    static String message(String problem) {
        return "The lean engine cannot compute this network: " + problem + ". " + capitalised(WHAT_IT_COMPUTES)
                + ". " + USE_DL4J + ".";
    }

    static boolean isLogLikelihood(LossFunction loss) {
        return loss == LossFunction.NEGATIVELOGLIKELIHOOD || loss == LossFunction.MCXENT;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
