package org.lectern.optim;

/** Why a racer stopped. */
public enum StopReason {
    /** It took every step of the race. */
    FINISHED(false),
    /** Its position or loss became NaN or infinite: the learning rate blew up ("NaN land"). */
    NOT_FINITE(true),
    /** It left the plot domain, on the way to blowing up. */
    LEFT_DOMAIN(true);

    private final boolean diverged;

    StopReason(boolean diverged) {
        this.diverged = diverged;
    }

    /** Returns true if the racer was stopped for diverging rather than finishing. */
    public boolean diverged() {
        return diverged;
    }
}
