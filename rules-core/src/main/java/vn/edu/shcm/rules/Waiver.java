package vn.edu.shcm.rules;

import java.time.LocalDate;
import java.util.Objects;
import vn.edu.shcm.rules.internal.WaiverFields;

/**
 * An approved exception to one rule: while it is valid, the violations of that rule (at one path, or at every
 * path) are moved out of a check's violations into its {@linkplain CheckResult#waived() waived} list.
 *
 * <p>A waiver is valid up to and including {@code expiresOn}, its last valid day: on a later as-of date it has
 * expired, matches nothing, and the result lists it among its {@linkplain CheckResult#expiredWaivers() expired
 * waivers} when it would have matched. A waiver only ever moves violations: input errors are never waived (a plan
 * with input errors gives no result at all), and neither are obligations (something still to deliver, not a
 * breach).
 *
 * <pre>{@code
 * Waiver w = new Waiver("tuyenquang-mn-2025:plan-fields", "/funding",
 *         "Kinh phí do Phòng GDĐT cấp, chưa có số liệu", "Trưởng phòng GDMN", LocalDate.of(2026, 5, 31));
 * CheckResult result = checker.check(plan, "tuyenquang-mn-2025", asOf, List.of(w));
 * }</pre>
 *
 * @param ruleId the id of the waived rule, {@code PACK_ID:RULE}, e.g. {@code tuyenquang-mn-2025:plan-fields}
 * @param path the JSON pointer of the one element waived, which must equal a violation's path exactly (e.g.
 *     {@code /sessions/2/location}); null waives the rule at every path
 * @param reason why the exception is granted
 * @param approvedBy who approved it
 * @param expiresOn the last day on which it applies
 */
public record Waiver(String ruleId, String path, String reason, String approvedBy, LocalDate expiresOn) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code ruleId}, {@code reason}, {@code approvedBy} or {@code expiresOn} is
     *     null
     * @throws IllegalArgumentException if the rule id is not of the form {@code PACK_ID:RULE}, the path is not a
     *     JSON pointer starting with {@code /}, or the reason or approver is blank; the message quotes the value
     */
    public Waiver {
        Objects.requireNonNull(ruleId, "waiver ruleId is missing");
        Objects.requireNonNull(reason, "waiver reason is missing");
        Objects.requireNonNull(approvedBy, "waiver approvedBy is missing");
        Objects.requireNonNull(expiresOn, "waiver expiresOn is missing");
        check(WaiverFields.ruleIdProblem(ruleId), "ruleId", ruleId);
        if (path != null) {
            check(WaiverFields.pathProblem(path), "path", path);
        }
        check(WaiverFields.blankProblem(reason), "reason", reason);
        check(WaiverFields.blankProblem(approvedBy), "approvedBy", approvedBy);
    }

    private static void check(String problem, String field, String value) {
        if (problem != null) {
            throw new IllegalArgumentException("waiver " + field + " " + problem + ": \"" + value + "\"");
        }
    }

    /**
     * Tells whether the waiver covers the violation, whatever the day: same rule id, and the same path unless the
     * waiver has none.
     */
    public boolean matches(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        return ruleId.equals(violation.ruleId()) && (path == null || path.equals(violation.path()));
    }

    /** Tells whether the waiver has expired on the given day: true when the day is after {@code expiresOn}. */
    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expiresOn);
    }
}
