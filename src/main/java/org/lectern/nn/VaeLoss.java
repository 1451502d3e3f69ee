package org.lectern.nn;

/**
 * The two terms of a {@link Vae}'s loss (the negative evidence lower bound), each the mean per
 * image, in nats: {@code loss = reconstruction + kl}.
 *
 * @param reconstruction the expected negative log-likelihood of the pixels under the decoder's
 *                       Bernoulli distribution, {@code -sum_i [x_i log p_i + (1 - x_i) log(1 - p_i)]}
 *                       (binary cross-entropy summed over the pixels), for a code drawn from q(z|x)
 * @param kl             the Kullback-Leibler divergence of q(z|x) from the prior N(0, I)
 */
public record VaeLoss(double reconstruction, double kl) {

    /** Returns {@code reconstruction + kl}, what training minimises. */
    public double total() {
        return reconstruction + kl;
    }
}
