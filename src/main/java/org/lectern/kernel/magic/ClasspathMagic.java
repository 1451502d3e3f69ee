package org.lectern.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code %classpath <path or glob>...}: adds jars and class directories to the class path.
 * Arguments may also be joined with the platform's path separator, as in {@code a.jar:classes}.
 */
public final class ClasspathMagic implements LineMagic {

    @Override
    public Object run(MagicContext context, String args) throws MagicException {
        List<String> patterns = new ArrayList<>();
        for (String word : MagicArguments.split(args)) {
            for (String part : word.split(java.io.File.pathSeparator)) {
                if (!part.isEmpty()) {
                    patterns.add(part);
                }
            }
        }
        if (patterns.isEmpty()) {
            throw new MagicException("%classpath needs at least one jar, directory or glob, e.g. %classpath lib/*.jar");
        }
        List<Path> entries = new ArrayList<>();
        for (String pattern : patterns) {
            entries.addAll(PathPatterns.expand(pattern, context.workingDirectory()));
        }
        context.addToClasspath(entries);
        System.out.println(addedMessage(entries));
        return MagicContext.NO_VALUE;
    }

    /** Returns the confirmation printed after entries were added. */
    static String addedMessage(List<Path> entries) {
        if (entries.isEmpty()) {
            return "Nothing to add to the class path";
        }
        return "Added to the class path: " + entries.stream()
                .map(p -> String.valueOf(p.getFileName()))
                .collect(Collectors.joining(", "));
    }
}
