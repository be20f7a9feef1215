package vn.edu.shcm.rules.mn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.model.Plan;

/**
 * What the review of {@code tuyenquang-mn-2025} against its guideline changed: a blank host names no school (it is a
 * missing host, never a member in the rotation rules), and a field of Unicode white space only is empty.
 */
class TuyenQuangReviewTest {

    static CheckResult check(Plan plan) {
        return TuyenQuangMn2025Test.check(plan);
    }

    @ParameterizedTest(name = "host \"{0}\"")
    @ValueSource(strings = {"", "   ", "\u00a0", "\u3000", "\u2007\u202f"})
    void aBlankHostIsAMissingHostAndNoSchoolOfTheRotation(String blank) {
        // s2 and s3 both blank: as schools they would be the same host twice in a row and a repeat before rotation
        Plan plan = withSession(withSession(TuyenQuangMn2025Test.compliant(), 1, s -> s.host(blank)), 2,
                s -> s.host(blank));
        CheckResult r = check(plan);
        assertEquals(List.of("/sessions/1/host", "/sessions/2/host"), paths(r, "tuyenquang-mn-2025:plan-fields"));
        assertEquals(List.of(), paths(r, "tuyenquang-mn-2025:consecutive-same-host"));
        assertEquals(List.of(), paths(r, "tuyenquang-mn-2025:host-repeat-before-rotation"));
    }

    @ParameterizedTest(name = "host \"{0}\" stays a school")
    @ValueSource(strings = {"a"})
    void aRealHostTwiceInARowStillViolates(String host) {
        Plan plan = withSession(TuyenQuangMn2025Test.compliant(), 1, s -> s.host(host));
        assertEquals(List.of("/sessions/1/host"), paths(check(plan), "tuyenquang-mn-2025:consecutive-same-host"));
    }

    @ParameterizedTest(name = "funding \"{0}\"")
    @ValueSource(strings = {"\u00a0", "\u3000", "\u2007", "\u202f", " \t\n"})
    void fundingOfUnicodeWhiteSpaceIsMissing(String blank) {
        Plan plan = TuyenQuangMn2025Test.compliant().toBuilder().funding(blank).build();
        assertEquals(List.of("/funding"), paths(check(plan), "tuyenquang-mn-2025:plan-fields"));
        Plan filled = TuyenQuangMn2025Test.compliant().toBuilder().funding("\u00a0Ngân sách\u00a0").build();
        assertEquals(List.of(), paths(check(filled), "tuyenquang-mn-2025:plan-fields"));
    }
}
