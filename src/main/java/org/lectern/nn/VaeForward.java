package org.lectern.nn;

import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.BIAS_KEY_SUFFIX;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.DECODER_PREFIX;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.ENCODER_PREFIX;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.PXZ_B;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.PXZ_W;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.PZX_LOGSTD2_B;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.PZX_LOGSTD2_W;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.PZX_MEAN_B;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.PZX_MEAN_W;
import static org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer.WEIGHT_KEY_SUFFIX;

import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The forward passes of DL4J's variational autoencoder layer that it does not expose: the
 * log-variance of q(z|x) (DL4J's layer outputs only the mean) and the decoder's pre-activation
 * for given codes (DL4J returns only the Bernoulli means). They give the two loss terms apart;
 * written here because the layer keeps both passes private. Computed from the layer's own
 * parameters and activations, so they follow the trained layer exactly.
 */
final class VaeForward {
    private final org.deeplearning4j.nn.api.Layer layer;
    private final VariationalAutoencoder conf;

    VaeForward(org.deeplearning4j.nn.api.Layer layer) {
        this.layer = layer;
        this.conf = (VariationalAutoencoder) layer.conf().getLayer();
    }

    /** Returns q(z|x) for features already cast to the layer's number type. */
    Posterior posterior(INDArray features) {
        INDArray hidden = features;
        for (int i = 0; i < conf.getEncoderLayerSizes().length; i++) {
            hidden = dense(hidden, ENCODER_PREFIX + i, conf.getActivationFn());
        }
        IActivation pzx = conf.getPzxActivationFn();
        INDArray mean = affine(hidden, PZX_MEAN_W, PZX_MEAN_B);
        INDArray logVariance = affine(hidden, PZX_LOGSTD2_W, PZX_LOGSTD2_B);
        return new Posterior(pzx.getActivation(mean, false), pzx.getActivation(logVariance, false));
    }

    /** Returns the decoder's pre-activations of the Bernoulli parameters for codes {@code [examples, latent]}. */
    INDArray decoderPreOutput(INDArray codes) {
        INDArray hidden = codes;
        for (int i = 0; i < conf.getDecoderLayerSizes().length; i++) {
            hidden = dense(hidden, DECODER_PREFIX + i, conf.getActivationFn());
        }
        return affine(hidden, PXZ_W, PXZ_B);
    }

    private INDArray dense(INDArray input, String prefix, IActivation activation) {
        return activation.getActivation(affine(input, prefix + WEIGHT_KEY_SUFFIX, prefix + BIAS_KEY_SUFFIX), false);
    }

    private INDArray affine(INDArray input, String weights, String bias) {
        return input.mmul(layer.getParam(weights)).addiRowVector(layer.getParam(bias));
    }
}
