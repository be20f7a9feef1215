package vn.edu.shcm.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one plan against one or more rule packs on an as-of date: its violations, sorted by severity
 * (ERROR first), then path, then rule id, and its upcoming obligations, sorted by due date; with waivers, also the
 * violations they waived and the waivers that did not apply.
 *
 * <p>Every waiver given to a check ends up in exactly one place: a valid waiver that matches a violation moves it
 * to {@link #waived()}; an expired one that would have matched a violation (which stays in {@link #violations()})
 * is listed in {@link #expiredWaivers()}; one that matches no violation at all, expired or not, is listed in
 * {@link #unusedWaivers()}, so that waiver files can be cleaned.
 *
 * @param planId the plan's id
 * @param packIds the ids of the packs the plan was checked against, sorted, at least one (the {@code core:} rules
 *     ran once with them)
 * @param asOf the day the check was made for
 * @param violations the violations that are not waived, sorted
 * @param obligations the obligations, sorted (never waived)
 * @param waived the waived violations, in the order of {@code violations}
 * @param expiredWaivers the waivers that had expired on {@code asOf} and would have matched a violation
 * @param unusedWaivers the waivers that match no violation of the plan
 */
public record CheckResult(String planId, List<String> packIds, LocalDate asOf, List<Violation> violations,
                          List<Obligation> obligations, List<WaivedViolation> waived, List<Waiver> expiredWaivers,
                          List<Waiver> unusedWaivers) {

    /**
     * Checks the parts and copies the lists.
     *
     * @throws IllegalArgumentException if a waived violation's waiver had expired on {@code asOf}, or an expired
     *     waiver had not
     */
    public CheckResult {
        Objects.requireNonNull(planId, "planId");
        packIds = List.copyOf(packIds);
        if (packIds.isEmpty()) {
            throw new IllegalArgumentException("a result names at least one pack");
        }
        Objects.requireNonNull(asOf, "asOf");
        violations = List.copyOf(violations);
        obligations = List.copyOf(obligations);
        waived = List.copyOf(waived);
        expiredWaivers = List.copyOf(expiredWaivers);
        unusedWaivers = List.copyOf(unusedWaivers);
        for (WaivedViolation w : waived) {
            if (w.waiver().expiredOn(asOf)) {
                throw new IllegalArgumentException("a waiver that expired on " + w.waiver().expiresOn()
                        + " cannot waive a violation as of " + asOf + ": " + w.waiver());
            }
        }
        for (Waiver w : expiredWaivers) {
            if (!w.expiredOn(asOf)) {
                throw new IllegalArgumentException("a waiver valid until " + w.expiresOn()
                        + " has not expired as of " + asOf + ": " + w);
            }
        }
    }

    /** Returns a result without waivers: nothing waived, no waiver listed. */
    public CheckResult(String planId, List<String> packIds, LocalDate asOf, List<Violation> violations,
                       List<Obligation> obligations) {
        this(planId, packIds, asOf, violations, obligations, List.of(), List.of(), List.of());
    }

    /**
     * Tells whether any violation has severity ERROR: a plan with errors does not comply. Waived violations do not
     * count: a plan whose every ERROR is waived complies.
     */
    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    /** Returns the violations of the given severity, in result order (waived ones are not among them). */
    public List<Violation> violations(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** Returns the violations of the given rule, in result order (waived ones are not among them). */
    public List<Violation> violationsOf(String ruleId) {
        return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    /** Returns the obligations of the given rule, in result order. */
    public List<Obligation> obligationsOf(String ruleId) {
        return obligations.stream().filter(o -> o.ruleId().equals(ruleId)).toList();
    }
}
