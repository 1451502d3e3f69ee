package org.lectern.kernel.magic;

import java.time.Duration;

/**
 * {@code %time <statement>} and {@code %%time}: runs the statement or the cell, then prints
 * {@code Wall time: 12.3 ms}; the value of the timed code is still returned.
 */
public final class TimeMagic implements LineMagic, CellMagic {

    @Override
    public Object run(MagicContext context, String args) throws Exception {
        if (args.isBlank()) {
            throw new MagicException("%time needs a statement to time, e.g. %time Thread.sleep(100)");
        }
        return timed(context, args);
    }

    @Override
    public Object run(MagicContext context, String args, String body) throws Exception {
        if (!args.isBlank()) {
            throw new MagicException("%%time takes no arguments (found '" + args + "'); put the code below it");
        }
        return timed(context, body);
    }

    private static Object timed(MagicContext context, String code) throws Exception {
        long start = System.nanoTime();
        Object value = context.eval(code);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("Wall time: " + WallTime.format(elapsed));
        return value;
    }
}
