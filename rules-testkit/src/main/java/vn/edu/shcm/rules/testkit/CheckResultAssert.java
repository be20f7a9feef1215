package vn.edu.shcm.rules.testkit;

import vn.edu.shcm.rules.CheckResult;

/**
 * Fluent assertions over a {@link CheckResult}, for the unit tests of software that embeds the library:
 *
 * <pre>{@code
 * import static vn.edu.shcm.rules.testkit.CheckResultAssert.assertThat;
 *
 * assertThat(checker.check(plan, "tuyenquang-mn-2025", LocalDate.of(2025, 12, 1)))
 *         .hasViolation("tuyenquang-mn-2025:plan-fields").at("/funding")
 *         .hasObligation("tuyenquang-mn-2025:semester-report").dueOn(LocalDate.of(2026, 1, 17))
 *         .hasNoViolation("tuyenquang-mn-2025:roles-assigned");
 * }</pre>
 *
 * <p>Each assertion throws {@link AssertionError} when it fails, with a message that says what was expected, what
 * was found, and every violation, obligation and waiver the result holds. {@code hasViolation},
 * {@code hasObligation} and {@code hasWaivedViolation} narrow the findings down to one rule and return assertions
 * that narrow further ({@code at}, {@code dueOn}, {@code withDetail}, …); every narrowed assertion can go on with
 * the assertions on the whole result. Immutable; each call returns a new object.
 */
public final class CheckResultAssert extends ResultAssertions {

    CheckResultAssert(CheckResult result) {
        super(result);
    }

    /** Starts assertions on a result. */
    public static CheckResultAssert assertThat(CheckResult result) {
        return new CheckResultAssert(result);
    }
}
