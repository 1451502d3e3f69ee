package org.lectern.kernel.magic;

import java.util.stream.Collectors;

/** {@code %lsmagic}: prints the line and cell magics that are available. */
public final class LsMagic implements LineMagic {

    @Override
    public Object run(MagicContext context, String args) throws MagicException {
        if (!args.isBlank()) {
            throw new MagicException("%lsmagic takes no arguments (found '" + args + "')");
        }
        Magics magics = context.magics();
        System.out.println("Available line magics:");
        System.out.println(magics.lineNames().stream().map(n -> "%" + n).collect(Collectors.joining("  ")));
        System.out.println();
        System.out.println("Available cell magics:");
        System.out.println(magics.cellNames().stream().map(n -> "%%" + n).collect(Collectors.joining("  ")));
        return MagicContext.NO_VALUE;
    }
}
