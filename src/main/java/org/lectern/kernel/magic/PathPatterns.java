package org.lectern.kernel.magic;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** Turns a path or glob such as {@code lib/*.jar} or {@code ~/jars/**.jar} into existing files. */
final class PathPatterns {
    private PathPatterns() {
    }

    /**
     * Returns the files and directories that {@code pattern} names, sorted; relative patterns are
     * resolved against {@code base} and a leading {@code ~/} against the user's home directory.
     *
     * @throws MagicException nothing exists there or nothing matches
     */
    static List<Path> expand(String pattern, Path base) throws MagicException {
        String expanded = pattern.startsWith("~/") || pattern.equals("~")
                ? System.getProperty("user.home") + pattern.substring(1)
                : pattern;
        if (!isGlob(expanded)) {
            Path path = base.resolve(expanded).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new MagicException("No such file or directory: " + pattern + " (looked for " + path + ")");
            }
            return List.of(path);
        }
        int split = literalPrefixEnd(expanded);
        Path root = base.resolve(expanded.substring(0, split)).toAbsolutePath().normalize();
        String glob = expanded.substring(split);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        int depth = glob.contains("**") ? Integer.MAX_VALUE : glob.split("/").length;
        List<Path> matches;
        try (Stream<Path> walk = Files.isDirectory(root) ? Files.walk(root, depth) : Stream.empty()) {
            matches = walk.filter(p -> !p.equals(root) && matcher.matches(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MagicException("Cannot list " + root + " for " + pattern + ": " + e.getMessage(), e);
        }
        if (matches.isEmpty()) {
            throw new MagicException("Nothing matches " + pattern + " (searched " + root + ")");
        }
        return matches;
    }

    private static boolean isGlob(String pattern) {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** Returns the end of the directory part before the first glob character, after its '/'. */
    private static int literalPrefixEnd(String pattern) {
        int firstGlob = 0;
        while (!isGlob(String.valueOf(pattern.charAt(firstGlob)))) {
            firstGlob++;
        }
        return pattern.lastIndexOf('/', firstGlob) + 1;
    }
}
