package org.lectern.kernel;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;

/** What the kernel tells front ends about its language: Java of the running JVM, written as JShell snippets. */
final class JavaLanguage {
    private JavaLanguage() {
    }

    /**
     * Returns {@code language_info}. {@code codemirror_mode} is the MIME type CodeMirror registers for
     * Java (Notebook 6 resolves it with findModeByMIME, JupyterLab with findByMIME); cells are JShell
     * snippets, not a compilable class, so scripts export as {@code .jshell} (runnable with jshell).
     */
    static LanguageInfo info() {
        return new LanguageInfo.Builder("java")
                .version(System.getProperty("java.version"))
                .mimetype("text/x-java")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    /** Returns the Help menu entries: the API and JShell documentation of the running Java version. */
    static List<HelpLink> helpLinks() {
        int feature = Runtime.version().feature();
        return List.of(
                new HelpLink("Java " + feature + " API", "https://docs.oracle.com/en/java/javase/" + feature + "/docs/api/"),
                new HelpLink("JShell guide", "https://docs.oracle.com/en/java/javase/" + feature + "/jshell/"));
    }
}
