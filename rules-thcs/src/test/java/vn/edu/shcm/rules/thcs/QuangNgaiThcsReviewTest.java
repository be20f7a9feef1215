package vn.edu.shcm.rules.thcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.model.Plan;

/**
 * What the review of {@code quangngai-thcs-2025} against its guideline changed: a subject that a session names is a
 * subject of the plan for {@code subject-per-semester} and {@code subject-lead-teacher}, located where the first
 * session names it.
 */
class QuangNgaiThcsReviewTest {

    static final String PER_SEMESTER = "quangngai-thcs-2025:subject-per-semester";
    static final String LEAD = "quangngai-thcs-2025:subject-lead-teacher";

    static CheckResult check(Plan plan) {
        return QuangNgaiThcs2025Test.CHECKER.check(plan, QuangNgaiThcs2025Test.PACK,
                vn.edu.shcm.rules.testing.TestPlans.d("2026-06-15"));
    }

    @Test
    void aSubjectOnlyASessionNamesMustMeetEverySemesterAndHaveALeadTeacher() {
        // s2 (11/12/2025, semester I) also serves KHTN, which the plan's subjects do not list
        Plan plan = withSession(QuangNgaiThcs2025Test.compliant(), 1, s -> s.subjects("NGU_VAN", "KHTN"));
        CheckResult r = check(plan);
        assertEquals(List.of("/sessions/1/subjects/1"), paths(r, PER_SEMESTER), r.violations()::toString);
        assertEquals(2, r.violationsOf(PER_SEMESTER).get(0).details().get("semester"));
        assertEquals(List.of("/sessions/1/subjects/1"), paths(r, LEAD));
    }

    @Test
    void namedInBothSemestersItLacksOnlyItsLeadTeacher() {
        Plan plan = withSession(withSession(QuangNgaiThcs2025Test.compliant(), 1, s -> s.subjects("NGU_VAN", "KHTN")),
                2, s -> s.subjects("TOAN", "NGU_VAN", " KHTN ")); // compared after trimming
        CheckResult r = check(plan);
        assertEquals(List.of(), paths(r, PER_SEMESTER), r.violations()::toString);
        assertEquals(List.of("/sessions/1/subjects/1"), paths(r, LEAD));
    }

    @Test
    void aListedSubjectNamedByASessionIsNotCountedTwice() {
        assertEquals(List.of(), check(QuangNgaiThcs2025Test.compliant()).violations());
    }
}
