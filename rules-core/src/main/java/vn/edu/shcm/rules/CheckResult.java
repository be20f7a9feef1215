package vn.edu.shcm.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one plan against one rule pack on an as-of date: its violations, sorted by severity
 * (ERROR first), then path, then rule id, and its upcoming obligations, sorted by due date.
 *
 * @param planId the plan's id
 * @param packId the pack's id
 * @param asOf the day the check was made for
 * @param violations the violations, sorted
 * @param obligations the obligations, sorted
 */
public record CheckResult(String planId, String packId, LocalDate asOf, List<Violation> violations,
                          List<Obligation> obligations) {

    /** Checks the parts and copies the lists. */
    public CheckResult {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(asOf, "asOf");
        violations = List.copyOf(violations);
        obligations = List.copyOf(obligations);
    }

    /** Tells whether any violation has severity ERROR: a plan with errors does not comply. */
    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    /** Returns the violations of the given severity, in result order. */
    public List<Violation> violations(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** Returns the violations of the given rule, in result order. */
    public List<Violation> violationsOf(String ruleId) {
        return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    /** Returns the obligations of the given rule, in result order. */
    public List<Obligation> obligationsOf(String ruleId) {
        return obligations.stream().filter(o -> o.ruleId().equals(ruleId)).toList();
    }
}
