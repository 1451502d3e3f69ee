package org.lectern.kernel.execution;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

import org.lectern.kernel.magic.Magics;

import java.util.function.BooleanSupplier;

/**
 * The parts of an evaluator that use JShell's source analysis: the cell runner, the completeness
 * check and completion. Opened only after JShell's first compile: creating the analysis starts a
 * background class path indexer, which otherwise races JShell's lazy set-up of the compiler's
 * class path and can drop entries added at start (seen as "package ... does not exist").
 *
 * @param runner       runs cells
 * @param completeness answers is_complete
 * @param assist       completion and inspection
 */
record Session(CellRunner runner, CompletenessCheck completeness, CodeAssist assist) {

    static Session open(JShell shell, CellExecutionControl control, Magics magics, CellRunner.Host host,
                        BooleanSupplier interruptRequested) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        SnippetSplitter splitter = new SnippetSplitter(analysis);
        CellParser parser = new CellParser(splitter, magics);
        SnippetRunner snippets = new SnippetRunner(shell, control, new SnippetOrigins(), interruptRequested);
        return new Session(new CellRunner(parser, splitter, snippets, magics, host),
                new CompletenessCheck(analysis, parser),
                new CodeAssist(analysis, parser, magics));
    }
}
