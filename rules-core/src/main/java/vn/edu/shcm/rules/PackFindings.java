package vn.edu.shcm.rules;

import java.util.List;

/**
 * What one rule pack found in one plan: its violations and upcoming obligations, in any order (the checker
 * sorts the result).
 *
 * @param violations the violations; each rule id is one of the pack's {@link RulePack#rules() rules}
 * @param obligations the obligations; each rule id is one of the pack's rules
 */
public record PackFindings(List<Violation> violations, List<Obligation> obligations) {

    /** Copies the lists. */
    public PackFindings {
        violations = List.copyOf(violations);
        obligations = List.copyOf(obligations);
    }

    /** Returns findings with nothing found. */
    public static PackFindings none() {
        return new PackFindings(List.of(), List.of());
    }
}
