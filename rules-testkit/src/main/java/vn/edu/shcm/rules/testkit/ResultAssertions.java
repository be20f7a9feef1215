package vn.edu.shcm.rules.testkit;

import java.util.List;
import java.util.Objects;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;

/**
 * The assertions on a whole result, shared by {@link CheckResultAssert} and the narrowed assertions it returns, so
 * that a chain can go on after narrowing: {@code hasViolation(a).at(p).hasObligation(b)}.
 */
abstract sealed class ResultAssertions permits CheckResultAssert, ViolationAssert, ObligationAssert,
        WaivedViolationAssert {

    final CheckResult result;

    ResultAssertions(CheckResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /** Returns the result asserted on. */
    public CheckResult result() {
        return result;
    }

    /** Returns the assertions on the whole result, to go on after narrowing. */
    public CheckResultAssert and() {
        return new CheckResultAssert(result);
    }

    /** Asserts that no violation has severity ERROR (waived ones do not count): the plan complies. */
    public CheckResultAssert hasNoErrors() {
        List<Violation> errors = result.violations(Severity.ERROR);
        if (!errors.isEmpty()) {
            throw fail("Expected no ERROR violation, but there " + (errors.size() == 1 ? "is 1" : "are "
                    + errors.size()) + ".");
        }
        return and();
    }

    /** Asserts that at least one violation has severity ERROR: the plan does not comply. */
    public CheckResultAssert hasErrors() {
        if (!result.hasErrors()) {
            throw fail("Expected at least one ERROR violation, but there is none.");
        }
        return and();
    }

    /** Asserts that the result has no violation at all, of any severity (waived ones do not count). */
    public CheckResultAssert hasNoViolations() {
        if (!result.violations().isEmpty()) {
            throw fail("Expected no violation, but there " + (result.violations().size() == 1 ? "is 1"
                    : "are " + result.violations().size()) + ".");
        }
        return and();
    }

    /**
     * Asserts that the rule has at least one violation (not waived) and returns assertions on its violations, to
     * narrow them down: {@code hasViolation(rule).at("/funding")}.
     */
    public ViolationAssert hasViolation(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        List<Violation> of = result.violationsOf(ruleId);
        if (of.isEmpty()) {
            throw fail("Expected a violation of " + ruleId + ", but there is none.");
        }
        return new ViolationAssert(result, "of " + ruleId, of);
    }

    /** Asserts that the rule has no violation (waived ones do not count). */
    public CheckResultAssert hasNoViolation(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        int n = result.violationsOf(ruleId).size();
        if (n > 0) {
            throw fail("Expected no violation of " + ruleId + ", but there " + (n == 1 ? "is 1" : "are " + n) + ".");
        }
        return and();
    }

    /**
     * Asserts that the rule has at least one obligation and returns assertions on its obligations:
     * {@code hasObligation(rule).dueOn(day)}.
     */
    public ObligationAssert hasObligation(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        var of = result.obligationsOf(ruleId);
        if (of.isEmpty()) {
            throw fail("Expected an obligation of " + ruleId + ", but there is none.");
        }
        return new ObligationAssert(result, "of " + ruleId, of);
    }

    /** Asserts that the rule has no obligation. */
    public CheckResultAssert hasNoObligation(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        int n = result.obligationsOf(ruleId).size();
        if (n > 0) {
            throw fail("Expected no obligation of " + ruleId + ", but there " + (n == 1 ? "is 1" : "are " + n) + ".");
        }
        return and();
    }

    /** Asserts that the result has no obligation at all. */
    public CheckResultAssert hasNoObligations() {
        if (!result.obligations().isEmpty()) {
            throw fail("Expected no obligation, but there " + (result.obligations().size() == 1 ? "is 1"
                    : "are " + result.obligations().size()) + ".");
        }
        return and();
    }

    /**
     * Asserts that a waiver moved at least one violation of the rule to the waived list, and returns assertions on
     * those waived violations: {@code hasWaivedViolation(rule).at(path).approvedBy(name)}.
     */
    public WaivedViolationAssert hasWaivedViolation(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        var of = result.waived().stream().filter(w -> w.violation().ruleId().equals(ruleId)).toList();
        if (of.isEmpty()) {
            throw fail("Expected a waived violation of " + ruleId + ", but there is none.");
        }
        return new WaivedViolationAssert(result, "of " + ruleId, of);
    }

    /** Asserts that an expired waiver of the rule is listed: it would have matched a violation, which stays. */
    public CheckResultAssert hasExpiredWaiver(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (result.expiredWaivers().stream().noneMatch(w -> w.ruleId().equals(ruleId))) {
            throw fail("Expected an expired waiver of " + ruleId + ", but there is none.");
        }
        return and();
    }

    /** Returns an assertion error whose message is the expectation followed by what the result holds. */
    AssertionError fail(String expectation) {
        return new AssertionError(expectation + "\n" + Describe.result(result));
    }
}
