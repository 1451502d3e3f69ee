package org.lectern.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %maven [-o] group:artifact:version...}: resolves artifacts and their transitive
 * dependencies from Maven Central (and the user's Maven settings) and adds the jars to the class
 * path. {@code -o} or {@code --offline} uses only the local repository.
 */
public final class MavenMagic implements LineMagic {
    private final MavenResolver resolver;

    /** Creates the magic over a resolver. */
    public MavenMagic(MavenResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object run(MagicContext context, String args) throws MagicException, InterruptedException {
        boolean offline = false;
        List<MavenCoordinate> artifacts = new ArrayList<>();
        for (String word : MagicArguments.split(args)) {
            if (word.equals("-o") || word.equals("--offline")) {
                offline = true;
            } else if (word.startsWith("-")) {
                throw new MagicException("Unknown %maven option " + word + "; the only option is -o (--offline)");
            } else {
                artifacts.add(MavenCoordinate.parse(word));
            }
        }
        if (artifacts.isEmpty()) {
            throw new MagicException("%maven needs at least one artifact, e.g. %maven org.apache.commons:commons-lang3:3.11");
        }
        List<Path> jars = resolver.resolve(artifacts, offline);
        context.addToClasspath(jars);
        System.out.println(ClasspathMagic.addedMessage(jars));
        return MagicContext.NO_VALUE;
    }
}
