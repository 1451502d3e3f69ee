package org.lectern.display;

/** The MIME types Lectern renders to, as Jupyter spells them. */
public final class MimeType {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    public static final String GIF = "image/gif";
    public static final String JSON = "application/json";

    private MimeType() {
    }

    /** Returns true for types whose data travels base64-encoded in a Jupyter message. */
    public static boolean isBinary(String mimeType) {
        return mimeType.startsWith("image/") && !mimeType.equals(SVG);
    }
}
