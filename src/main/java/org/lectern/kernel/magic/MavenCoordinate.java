package org.lectern.kernel.magic;

import java.util.regex.Pattern;

/**
 * A Maven artifact, written {@code group:artifact:version} or
 * {@code group:artifact:extension[:classifier]:version}.
 *
 * @param groupId    e.g. {@code org.apache.commons}
 * @param artifactId e.g. {@code commons-lang3}
 * @param extension  the packaging type, {@code jar} unless given
 * @param classifier e.g. {@code linux-x86_64}, or empty
 * @param version    e.g. {@code 3.11}
 */
public record MavenCoordinate(String groupId, String artifactId, String extension, String classifier, String version) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-\\[\\](),]+");

    /**
     * Parses a coordinate.
     *
     * @throws MagicException the text is not a coordinate (the message shows the expected form)
     */
    public static MavenCoordinate parse(String text) throws MagicException {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                throw bad(text);
            }
        }
        return switch (parts.length) {
            case 3 -> new MavenCoordinate(parts[0], parts[1], "jar", "", parts[2]);
            case 4 -> new MavenCoordinate(parts[0], parts[1], parts[2], "", parts[3]);
            case 5 -> new MavenCoordinate(parts[0], parts[1], parts[2], parts[3], parts[4]);
            default -> throw bad(text);
        };
    }

    private static MagicException bad(String text) {
        return new MagicException("Bad Maven coordinate '" + text + "': expected group:artifact:version"
                + " or group:artifact:extension[:classifier]:version, e.g. org.apache.commons:commons-lang3:3.11");
    }

    /** Returns the {@code <dependency>} element for a POM. */
    String toPomDependency() {
        return "    <dependency>\n"
                + "      <groupId>" + groupId + "</groupId>\n"
                + "      <artifactId>" + artifactId + "</artifactId>\n"
                + "      <version>" + version + "</version>\n"
                + "      <type>" + extension + "</type>\n"
                + (classifier.isEmpty() ? "" : "      <classifier>" + classifier + "</classifier>\n")
                + "    </dependency>\n";
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":"
                + ("jar".equals(extension) && classifier.isEmpty() ? "" : extension + ":")
                + (classifier.isEmpty() ? "" : classifier + ":")
                + version;
    }
}
