package org.lectern.kernel.magic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code %load file.jsh|file.java...}: runs each file's contents as a cell, in order; relative
 * paths start at the working directory. A {@code package} line in a {@code .java} file is skipped,
 * since snippets have no package.
 */
public final class LoadMagic implements LineMagic {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");

    @Override
    public Object run(MagicContext context, String args) throws Exception {
        List<String> files = MagicArguments.split(args);
        if (files.isEmpty()) {
            throw new MagicException("%load needs a file to run, e.g. %load helpers.jsh");
        }
        for (String file : files) {
            Path path = context.workingDirectory().resolve(file).toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                throw new MagicException("%load: no such file: " + file + " (looked for " + path + ")");
            }
            String code;
            try {
                code = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MagicException("%load: cannot read " + path + ": " + e.getMessage(), e);
            }
            if (file.endsWith(".java")) {
                code = blankOutPackage(code);
            }
            context.evalFile(path.getFileName().toString(), code);
        }
        return MagicContext.NO_VALUE;
    }

    /** Replaces the package declaration with spaces, so line and column numbers stay true. */
    static String blankOutPackage(String code) {
        Matcher m = PACKAGE.matcher(code);
        if (!m.find()) {
            return code;
        }
        String blank = m.group().replaceAll("[^\\n]", " ");
        return code.substring(0, m.start()) + blank + code.substring(m.end());
    }
}
