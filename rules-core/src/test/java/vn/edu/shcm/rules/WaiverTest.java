package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The waiver record: what it refuses (quoting the value), what it matches, when it expires. */
class WaiverTest {

    static final String RULE = "tuyenquang-mn-2025:plan-fields";

    static Waiver waiver(String ruleId, String path) {
        return new Waiver(ruleId, path, "Kinh phí chưa được giao", "Trưởng phòng GDMN", d("2026-05-31"));
    }

    static Violation violation(String ruleId, String path) {
        return new Violation(ruleId, Severity.ERROR, path, "m", "m", new Citation("d", "V.1"), Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-fields", ":plan-fields", "tuyenquang-mn-2025:", " tuyenquang-mn-2025:plan-fields",
        "tuyenquang-mn-2025: plan-fields", "", "tuyenquang-mn-2025:plan\u00a0fields"})
    void aRuleIdNotOfTheFormPackColonRuleIsRefusedQuotingIt(String ruleId) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> waiver(ruleId, null));
        assertEquals("waiver ruleId is not a rule id of the form PACK_ID:RULE, e.g. tuyenquang-mn-2025:plan-fields: \""
                + ruleId + "\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "funding", "sessions/0"})
    void aPathThatIsNoPointerToAnElementIsRefusedQuotingIt(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> waiver(RULE, path));
        assertTrue(e.getMessage().startsWith("waiver path is not a JSON pointer starting with \"/\""), e.getMessage());
        assertTrue(e.getMessage().endsWith(": \"" + path + "\""), e.getMessage());
    }

    @Test
    void blankReasonOrApproverAndMissingPartsAreRefused() {
        IllegalArgumentException reason = assertThrows(IllegalArgumentException.class,
                () -> new Waiver(RULE, null, " \t", "Trưởng phòng", d("2026-05-31")));
        assertEquals("waiver reason is blank: \" \t\"", reason.getMessage());
        IllegalArgumentException approver = assertThrows(IllegalArgumentException.class,
                () -> new Waiver(RULE, null, "Lý do", "", d("2026-05-31")));
        assertEquals("waiver approvedBy is blank: \"\"", approver.getMessage());
        NullPointerException expiry = assertThrows(NullPointerException.class,
                () -> new Waiver(RULE, null, "Lý do", "Trưởng phòng", null));
        assertEquals("waiver expiresOn is missing", expiry.getMessage());
        assertThrows(NullPointerException.class, () -> new Waiver(null, null, "Lý do", "Trưởng phòng",
                d("2026-05-31")));
    }

    @Test
    void withAPathItMatchesThatPathExactlyAndWithoutOneEveryPathOfItsRule() {
        Waiver funding = waiver(RULE, "/funding");
        assertTrue(funding.matches(violation(RULE, "/funding")));
        assertFalse(funding.matches(violation(RULE, "/objectives")));
        assertFalse(waiver(RULE, "/sessions/1").matches(violation(RULE, "/sessions/1/location")),
                "a path waives that element only, not what lies inside it");
        assertFalse(waiver(RULE, "/sessions/1").matches(violation(RULE, "/sessions/10")));
        assertFalse(funding.matches(violation("tuyenquang-mn-2025:roles-assigned", "/funding")));

        Waiver everywhere = waiver(RULE, null);
        assertTrue(everywhere.matches(violation(RULE, "/funding")));
        assertTrue(everywhere.matches(violation(RULE, "/sessions/3/host")));
        assertFalse(everywhere.matches(violation("tuyenquang-mn-2025:plan-submitted", "/submittedOn")));
    }

    @Test
    void theExpiryDateIsTheLastValidDay() {
        Waiver w = waiver(RULE, null);
        assertFalse(w.expiredOn(d("2026-05-30")));
        assertFalse(w.expiredOn(d("2026-05-31")));
        assertTrue(w.expiredOn(d("2026-06-01")));
    }

    @Test
    void aWaivedViolationIsOneItsWaiverMatches() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WaivedViolation(violation(RULE, "/objectives"), waiver(RULE, "/funding")));
        assertEquals("the waiver of " + RULE + " at /funding does not match the violation of " + RULE
                + " at /objectives", e.getMessage());
    }
}
