package org.lectern.kernel.magic;

/**
 * A magic that owns a whole cell: {@code %%name arguments} on the first line, the body below.
 *
 * <pre>{@code
 * Magics.builder().cell("upper", (context, args, body) -> body.toUpperCase());
 * }</pre>
 */
@FunctionalInterface
public interface CellMagic {
    /**
     * Runs the magic on the cell's body; its printed output goes to {@code System.out}.
     *
     * @param context what the magic may ask of the evaluator
     * @param args    the rest of the first line after the magic's name, trimmed
     * @param body    the cell after its first line
     * @return the value to show, or {@link MagicContext#NO_VALUE}
     * @throws MagicException the arguments are wrong or the magic failed (the message is shown)
     * @throws Exception      anything else; errors from {@link MagicContext#eval} pass through
     */
    Object run(MagicContext context, String args, String body) throws Exception;
}
