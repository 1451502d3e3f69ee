package org.lectern.kernel.execution;

import org.lectern.kernel.magic.CellMagic;
import org.lectern.kernel.magic.LineMagic;
import org.lectern.kernel.magic.MagicContext;
import org.lectern.kernel.magic.MagicException;
import org.lectern.kernel.magic.Magics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a cell (or a file, or a magic's code) part by part: Java snippets in order, magics in
 * between; the value of the last part is the cell's value. The whole source is split, and its
 * magic names checked, before anything runs, so an incomplete cell or a misspelt magic runs nothing.
 */
final class CellRunner {
    /** What the runner needs from its evaluator. */
    interface Host {
        void addToClasspath(List<Path> entries);

        Path workingDirectory();

        boolean interruptRequested();

        /** Sets the thread to interrupt while a magic blocks outside cell code, or null. */
        void blockingMagicThread(Thread thread);
    }

    @FunctionalInterface
    private interface MagicCall {
        Object run() throws Exception;
    }

    @FunctionalInterface
    private interface MagicLookup<T> {
        T find() throws MagicException;
    }

    private final SnippetSplitter splitter;
    private final SnippetRunner snippets;
    private final CellParser parser;
    private final Magics magics;
    private final Host host;

    CellRunner(CellParser parser, SnippetSplitter splitter, SnippetRunner snippets, Magics magics, Host host) {
        this.parser = parser;
        this.splitter = splitter;
        this.snippets = snippets;
        this.magics = magics;
        this.host = host;
    }

    /** Runs {@code unit.text()[from, to)} for cell number {@code cell} and returns its last value. */
    Object run(SourceUnit unit, int from, int to, long cell) throws CellException {
        List<CellParser.Part> parts;
        try {
            parts = parser.parse(unit.text(), from, to);
        } catch (CellParser.MisplacedCellMagicException e) {
            throw new MagicFailedException(e.getMessage(), e);
        }
        List<List<SnippetSplitter.Planned>> plans = new ArrayList<>();
        for (CellParser.Part part : parts) {
            plans.add(part instanceof CellParser.JavaPart java
                    ? splitter.split(unit, java.start(), java.end(), cell) : List.of());
            if (part instanceof CellParser.LineMagicPart line) {
                lookUp(() -> magics.requireLine(line.name()));
            } else if (part instanceof CellParser.CellMagicPart whole) {
                lookUp(() -> magics.requireCell(whole.name()));
            }
        }
        Object value = CellEvaluator.NO_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            CellParser.Part part = parts.get(i);
            if (part instanceof CellParser.LineMagicPart line) {
                value = runLineMagic(unit, line, cell);
            } else if (part instanceof CellParser.CellMagicPart whole) {
                value = runCellMagic(unit, whole, cell);
            } else {
                for (SnippetSplitter.Planned snippet : plans.get(i)) {
                    value = snippets.run(unit, snippet, cell);
                }
            }
        }
        return value;
    }

    private Object runLineMagic(SourceUnit unit, CellParser.LineMagicPart part, long cell) throws CellException {
        LineMagic magic = lookUp(() -> magics.requireLine(part.name()));
        Context context = new Context(unit, cell, part.args(), part.argsOffset(), null, 0);
        return call(() -> magic.run(context, part.args()));
    }

    private Object runCellMagic(SourceUnit unit, CellParser.CellMagicPart part, long cell) throws CellException {
        CellMagic magic = lookUp(() -> magics.requireCell(part.name()));
        Context context = new Context(unit, cell, part.args(), part.argsOffset(), part.body(), part.bodyOffset());
        return call(() -> magic.run(context, part.args(), part.body()));
    }

    private static <T> T lookUp(MagicLookup<T> lookup) throws MagicFailedException {
        try {
            return lookup.find();
        } catch (MagicException e) {
            throw new MagicFailedException(e.getMessage(), e);
        }
    }

    private Object call(MagicCall call) throws CellException {
        host.blockingMagicThread(Thread.currentThread());
        try {
            Object value = call.run();
            return value == MagicContext.NO_VALUE ? CellEvaluator.NO_VALUE : value;
        } catch (CellException e) {
            throw e;
        } catch (InterruptedException e) {
            throw new CellInterruptedException(List.of());
        } catch (MagicException e) {
            throw new MagicFailedException(e.getMessage(), e);
        } catch (Exception e) {
            if (host.interruptRequested()) {
                throw new CellInterruptedException(List.of());
            }
            throw new MagicFailedException("The magic failed: " + e, e);
        } finally {
            host.blockingMagicThread(null);
            Thread.interrupted();
        }
    }

    /** The context of one magic call; knows where the magic's arguments and body stand. */
    private final class Context implements MagicContext {
        private final SourceUnit unit;
        private final long cell;
        private final String args;
        private final int argsOffset;
        private final String body;
        private final int bodyOffset;

        Context(SourceUnit unit, long cell, String args, int argsOffset, String body, int bodyOffset) {
            this.unit = unit;
            this.cell = cell;
            this.args = args;
            this.argsOffset = argsOffset;
            this.body = body;
            this.bodyOffset = bodyOffset;
        }

        @Override
        public Object eval(String code) throws CellException {
            if (body != null && code.equals(body)) {
                return nested(unit, bodyOffset, bodyOffset + body.length());
            }
            if (code.equals(args)) {
                return nested(unit, argsOffset, argsOffset + args.length());
            }
            return nested(SourceUnit.file("magic code", code, cell), 0, code.length());
        }

        @Override
        public Object evalFile(String fileName, String code) throws CellException {
            return nested(SourceUnit.file(fileName, code, cell), 0, code.length());
        }

        /** Runs code for the magic; cell code is stopped by the worker, not by interrupting this thread. */
        private Object nested(SourceUnit source, int from, int to) throws CellException {
            host.blockingMagicThread(null);
            Thread.interrupted();
            try {
                Object value = run(source, from, to, cell);
                return value == CellEvaluator.NO_VALUE ? MagicContext.NO_VALUE : value;
            } finally {
                host.blockingMagicThread(Thread.currentThread());
            }
        }

        @Override
        public void addToClasspath(List<Path> entries) {
            host.addToClasspath(entries);
        }

        @Override
        public Path workingDirectory() {
            return host.workingDirectory();
        }

        @Override
        public Magics magics() {
            return magics;
        }
    }
}
