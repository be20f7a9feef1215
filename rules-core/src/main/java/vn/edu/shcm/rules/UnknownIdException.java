package vn.edu.shcm.rules;

import java.util.List;
import java.util.Optional;
import vn.edu.shcm.rules.internal.ShippedPacks;

/**
 * Thrown when a pack id or rule id is not among those of the packs found on the class path. For a pack id, the
 * message lists the packs on the class path and names the module of this project that ships each pack (e.g.
 * {@code vn.edu.shcm:rules-thcs} for {@code quangngai-thcs-2025}), so that a missing dependency is plain.
 */
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
        super(kind == Kind.PACK ? "unknown pack id \"" + id + "\"; " + ShippedPacks.unknownPackEn(id, known)
                : "unknown rule id \"" + id + "\"; known: " + (known.isEmpty() ? "none" : String.join(", ", known)));
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

    /**
     * Returns the module of this project that ships the unknown pack ({@code groupId:artifactId}, e.g.
     * {@code vn.edu.shcm:rules-thcs}), or empty for a rule id or an id that is none of this project's packs.
     */
    public Optional<String> module() {
        return kind == Kind.PACK ? ShippedPacks.moduleOf(id).map(m -> ShippedPacks.groupId() + ":" + m)
                : Optional.empty();
    }

    /** Returns the message in Vietnamese, for a user of the command line or of a school's application. */
    public String messageVi() {
        return kind == Kind.PACK ? "Không có bộ quy tắc \"" + id + "\". " + ShippedPacks.unknownPackVi(id, known)
                : "Không có quy tắc \"" + id + "\". Các mã có thể: " + (known.isEmpty() ? "không có"
                        : String.join(", ", known)) + ".";
    }

    /** Returns the known ids of that kind. */
    public List<String> known() {
        return known;
    }
}
