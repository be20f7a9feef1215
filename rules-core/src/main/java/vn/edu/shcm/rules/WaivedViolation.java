package vn.edu.shcm.rules;

import java.util.Objects;

/**
 * A violation that a valid waiver moved out of a check's violations: the violation as the rule reported it, and
 * the waiver that covers it.
 *
 * @param violation the violation
 * @param waiver the waiver that matched it
 */
public record WaivedViolation(Violation violation, Waiver waiver) {

    /**
     * Checks that both parts are present and that the waiver matches the violation.
     *
     * @throws IllegalArgumentException if the waiver does not {@linkplain Waiver#matches match} the violation
     */
    public WaivedViolation {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(waiver, "waiver");
        if (!waiver.matches(violation)) {
            throw new IllegalArgumentException("the waiver of " + waiver.ruleId()
                    + (waiver.path() == null ? "" : " at " + waiver.path()) + " does not match the violation of "
                    + violation.ruleId() + " at " + violation.path());
        }
    }
}
