package org.lectern.course;

/** A notebook that breaks nbgrader's format or Lectern's exercise contract; the message names the notebook and the cell. */
public final class NotebookFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what is wrong and where. */
    public NotebookFormatException(String message) {
        super(message);
    }
}
