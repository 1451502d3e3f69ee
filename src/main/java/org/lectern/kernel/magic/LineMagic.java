package org.lectern.kernel.magic;

/**
 * A magic written on one line of a cell: {@code %name arguments}.
 *
 * <pre>{@code
 * Magics.builder().line("hello", (context, args) -> {
 *     System.out.println("Hello, " + args);
 *     return MagicContext.NO_VALUE;
 * });
 * }</pre>
 */
@FunctionalInterface
public interface LineMagic {
    /**
     * Runs the magic; its printed output goes to {@code System.out}.
     *
     * @param context what the magic may ask of the evaluator
     * @param args    the rest of the line after the magic's name, trimmed
     * @return the value to show, or {@link MagicContext#NO_VALUE}
     * @throws MagicException the arguments are wrong or the magic failed (the message is shown)
     * @throws Exception      anything else; errors from {@link MagicContext#eval} pass through
     */
    Object run(MagicContext context, String args) throws Exception;
}
