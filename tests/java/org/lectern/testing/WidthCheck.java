package org.lectern.testing;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One Vector API kernel checked against its plain-Java path in a JVM at some vector width, as a
 * child JVM prints it for {@code org.lectern.VectorWidthsTest}:
 * {@code check NAME lanes=L worst=X pass=true scalar=HEX vector=HEX}.
 *
 * @param name   the kernel and its case, e.g. {@code biasActivation-TANH}
 * @param lanes  the lanes the kernel's vectors have in this JVM
 * @param worst  the largest deviation from the plain-Java path, in units of the promised tolerance (at most 1 passes)
 * @param scalar a digest of the plain-Java path's output
 * @param vector a digest of the vector path's output where the code promises it does not depend on the width,
 *               {@code -} where it does (sums, whose lanes are added in a width-dependent order)
 */
public record WidthCheck(String name, int lanes, double worst, String scalar, String vector) {
    /** Returns whether the vector path stayed within the promised tolerance. */
    public boolean passed() {
        return worst <= 1;
    }

    /** Returns the line the child prints. */
    public String line() {
        return String.format(Locale.ROOT, "check %s lanes=%d worst=%.4g pass=%s scalar=%s vector=%s", name, lanes,
                worst, passed(), scalar, vector);
    }

    /** Reads a line written by {@link #line()}. */
    public static WidthCheck parse(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 7 || !parts[0].equals("check")) {
            throw new IllegalArgumentException("not a check line: " + line);
        }
        return new WidthCheck(parts[1], Integer.parseInt(value(parts[2], "lanes")),
                Double.parseDouble(value(parts[3], "worst")), value(parts[5], "scalar"), value(parts[6], "vector"));
    }

    private static String value(String field, String key) {
        if (!field.startsWith(key + "=")) {
            throw new IllegalArgumentException("expected " + key + "=...; got " + field);
        }
        return field.substring(key.length() + 1);
    }

    /** Returns the first 16 hex digits of the SHA-256 of the buffer's bytes from 0 to its limit. */
    public static String digest(ByteBuffer bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes.duplicate().position(0));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
