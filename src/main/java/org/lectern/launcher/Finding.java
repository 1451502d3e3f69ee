package org.lectern.launcher;

/**
 * One line of the doctor's report.
 *
 * @param status whether this part is in place
 * @param topic  what was checked, e.g. "Java"
 * @param detail what was found
 * @param fix    the command that fixes a problem; empty when there is none
 */
public record Finding(Status status, String topic, String detail, String fix) {
    /** How a checked part stands. */
    public enum Status {
        OK("ok"), WARN("warn"), MISSING("MISSING");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** Returns the word printed in the report. */
        public String label() {
            return label;
        }
    }

    /** Returns a finding for a part that is in place. */
    public static Finding ok(String topic, String detail) {
        return new Finding(Status.OK, topic, detail, "");
    }

    /** Returns a finding for something worth knowing that does not stop Lectern working. */
    public static Finding warn(String topic, String detail, String fix) {
        return new Finding(Status.WARN, topic, detail, fix);
    }

    /** Returns a finding for a part that is missing or broken, with the command that fixes it. */
    public static Finding missing(String topic, String detail, String fix) {
        return new Finding(Status.MISSING, topic, detail, fix);
    }
}
