package org.lectern.bench;

/** Who runs a measurement: our library on ND4J, or the PyTorch peer in {@code bench/peer.py}. */
public enum Side {
    /** Lectern's library: the public {@code nn}/{@code train} API on ND4J. */
    OURS("ours", "Lectern"),
    /** The PyTorch peer. */
    PYTORCH("pytorch", "PyTorch");

    private final String id;
    private final String label;

    Side(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Returns the name used in the CSV: {@code ours} or {@code pytorch}. */
    public String id() {
        return id;
    }

    /** Returns the name used in the report's text. */
    public String label() {
        return label;
    }
}
