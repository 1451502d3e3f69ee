package org.lectern.kernel.execution;

/**
 * The answer to Jupyter's {@code is_complete_request}.
 *
 * @param status whether the code can run now
 * @param indent for {@link Status#INCOMPLETE}, the indentation to start the next line with
 */
public record Completeness(Status status, String indent) {
    /** Jupyter's four answers, with the wire names. */
    public enum Status {
        COMPLETE("complete"), INCOMPLETE("incomplete"), INVALID("invalid"), UNKNOWN("unknown");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        /** Returns the name used in the protocol message. */
        public String wireName() {
            return wireName;
        }
    }

    /** Returns an answer without indentation. */
    public static Completeness of(Status status) {
        return new Completeness(status, "");
    }
}
