package org.lectern.kernel.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code %jars <jar, directory or glob>...} (IJava's spelling): adds jars to the class path; a
 * directory stands for the jars directly inside it.
 */
public final class JarsMagic implements LineMagic {

    @Override
    public Object run(MagicContext context, String args) throws MagicException {
        List<String> patterns = MagicArguments.split(args);
        if (patterns.isEmpty()) {
            throw new MagicException("%jars needs at least one jar, directory or glob, e.g. %jars lib/*.jar");
        }
        List<Path> jars = new ArrayList<>();
        for (String pattern : patterns) {
            List<Path> found = new ArrayList<>();
            for (Path path : PathPatterns.expand(pattern, context.workingDirectory())) {
                found.addAll(jarsAt(path));
            }
            if (found.isEmpty()) {
                throw new MagicException("No .jar files found for " + pattern
                        + "; %jars takes jars (use %classpath for class directories)");
            }
            jars.addAll(found);
        }
        context.addToClasspath(jars);
        System.out.println(ClasspathMagic.addedMessage(jars));
        return MagicContext.NO_VALUE;
    }

    /** Returns the path itself if it is a jar, the jars directly inside if it is a directory. */
    private static List<Path> jarsAt(Path path) throws MagicException {
        if (!Files.isDirectory(path)) {
            return isJar(path) ? List.of(path) : List.of();
        }
        try (Stream<Path> children = Files.list(path)) {
            return children.filter(JarsMagic::isJar).sorted().toList();
        } catch (IOException e) {
            throw new MagicException("Cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }
}
