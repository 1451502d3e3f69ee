package org.lectern.display;

/** Where a progress bar draws: a notebook output updated in place, or a console line. */
interface ProgressOutput {
    /** Draws the current state, replacing what was drawn before. */
    void draw(ProgressState state);

    /** Draws the final state and ends the output. */
    void finish(ProgressState state);
}
