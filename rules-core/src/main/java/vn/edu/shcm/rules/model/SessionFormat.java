package vn.edu.shcm.rules.model;

/** How a session is attended. */
public enum SessionFormat {
    /** Everybody meets in one place (trực tiếp). */
    IN_PERSON,
    /** Everybody joins over the network (trực tuyến). */
    ONLINE,
    /** In person with remote participants (trực tiếp kết hợp trực tuyến). */
    HYBRID;

    /** Tells whether this format counts as "trực tiếp" (in person): IN_PERSON or HYBRID. */
    public boolean inPerson() {
        return this != ONLINE;
    }
}
