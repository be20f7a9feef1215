package vn.edu.shcm.rules.model;

/** Whether a session is still planned, has been held or was cancelled. */
public enum SessionStatus {
    /** Scheduled and not yet held (the default when a plan does not say). */
    PLANNED,
    /** Took place. */
    HELD,
    /** Will not take place; never counts toward a minimum number of sessions. */
    CANCELLED;

    /** Tells whether a session with this status counts toward frequencies and minimums (PLANNED or HELD). */
    public boolean counts() {
        return this != CANCELLED;
    }
}
