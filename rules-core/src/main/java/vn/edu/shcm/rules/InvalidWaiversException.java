package vn.edu.shcm.rules;

import java.util.List;

/**
 * Thrown when a waiver file cannot be read: malformed JSON, unknown or missing fields, wrong types, bad dates,
 * blank reasons or approvers, rule ids not of the form {@code PACK_ID:RULE}, paths that are not JSON pointers. It
 * lists every problem found, each with its JSON pointer into the file (e.g. {@code /waivers/2/expiresOn}).
 *
 * <p>A well-formed waiver naming a rule that the checked pack does not run is not this exception's business: the
 * checker throws {@link UnknownIdException} for it.
 */
public final class InvalidWaiversException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source what was read, e.g. a file name, or null
     * @param problems the problems, at least one
     */
    public InvalidWaiversException(String source, List<PlanProblem> problems) {
        super(source, "invalid waiver file", problems);
    }
}
