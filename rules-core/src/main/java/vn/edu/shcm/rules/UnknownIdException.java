package vn.edu.shcm.rules;

import java.util.List;

/** Thrown when a pack id or rule id is not among those of the packs found on the class path. */
public final class UnknownIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of id was not found. */
    public enum Kind {
        /** A pack id such as {@code tuyenquang-mn-2025}. */
        PACK,
        /** A rule id such as {@code tuyenquang-mn-2025:session-per-quarter}. */
        RULE
    }

    private final Kind kind;
    private final String id;
    private final transient List<String> known;

    /**
     * Creates the exception.
     *
     * @param kind what kind of id it is
     * @param id the unknown id
     * @param known the ids of that kind that are known, listed in the message
     */
    public UnknownIdException(Kind kind, String id, List<String> known) {
        super("unknown " + kind.name().toLowerCase(java.util.Locale.ROOT) + " id \"" + id + "\"; known: "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
        this.kind = kind;
        this.id = id;
        this.known = List.copyOf(known);
    }

    /** Returns what kind of id was asked for. */
    public Kind kind() {
        return kind;
    }

    /** Returns the id that was asked for. */
    public String id() {
        return id;
    }

    /** Returns the known ids of that kind. */
    public List<String> known() {
        return known;
    }
}
