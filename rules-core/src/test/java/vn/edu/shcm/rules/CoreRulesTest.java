package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.session;
import static vn.edu.shcm.rules.testing.TestPlans.violations;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/** The four core rules, which every pack runs, through a pack that has no rules of its own. */
class CoreRulesTest {

    static final Checker CHECKER = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
    static final String PACK = "test-core-only";

    static CheckResult check(Plan plan) {
        return CHECKER.check(plan, PACK, d("2026-06-30"));
    }

    static Plan withSessions(Session... sessions) {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").sessions(sessions).build();
    }

    @Nested
    class SessionOutsideSchoolYear {
        static final String RULE = "core:session-outside-school-year";

        @ParameterizedTest(name = "{0} inside 2025-09-05..2026-05-30: {1}")
        @CsvSource({"2025-09-04, false", "2025-09-05, true", "2026-05-30, true", "2026-05-31, false"})
        void firstAndLastDaysOfTheYearAreInside(String date, boolean inside) {
            CheckResult r = check(withSessions(session("s", date).host("a").build()));
            assertEquals(inside ? List.of() : List.of("/sessions/0/date"), paths(r, RULE));
        }

        @Test
        void reportsTheDatesThatDecidedIt() {
            Violation v = violations(check(withSessions(session("s", "2026-06-02").build())), RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("date", d("2026-06-02"), "start", d("2025-09-05"), "end", d("2026-05-30")),
                    v.details());
            assertEquals("Buổi sinh hoạt ngày 02/06/2026 nằm ngoài năm học (05/09/2025 – 30/05/2026).", v.message());
            assertEquals(new Citation("Danh mục quy tắc shcm-rules (toàn vẹn kế hoạch)", "core"), v.citation());
        }

        @Test
        void aCancelledSessionOutsideTheYearIsNotJudged() {
            // the catalogue: "a cancelled session is not judged"; a held or planned one on the same day is
            CheckResult r = check(withSessions(session("s", "2026-07-01").status(SessionStatus.CANCELLED).build(),
                    session("t", "2026-07-01").status(SessionStatus.HELD).build()));
            assertEquals(List.of("/sessions/1/date"), paths(r, RULE));
        }
    }

    @Nested
    class HeadIsDeputy {
        static final String RULE = "core:head-is-deputy";

        Plan plan(String head, String deputy) {
            return TestPlans.clusterPlan(Level.THCS, 2025).cluster(Cluster.of("Cụm", head, deputy,
                    List.of(new Member("a", "A"), new Member("b", "B")))).build();
        }

        @Test
        void twoMembersComply() {
            assertEquals(List.of(), paths(check(plan("a", "b")), RULE));
        }

        @Test
        void oneMemberInBothRolesViolates() {
            CheckResult r = check(plan("a", "a"));
            assertEquals(List.of("/cluster/deputy"), paths(r, RULE));
            assertEquals(Map.of("head", "a", "deputy", "a"), violations(r, RULE).get(0).details());
        }

        @Test
        void missingRolesAreNotThisRulesBusiness() {
            assertEquals(List.of(), paths(check(plan(null, null)), RULE));
        }
    }

    @Nested
    class MilestoneAfterSession {
        static final String RULE = "core:milestone-after-session";

        Plan plan(Milestones m) {
            return withSessions(session("s", "2025-11-20").host("a").milestones(m).build());
        }

        @Test
        void milestoneOnTheSessionDayComplies() {
            assertEquals(List.of(), paths(check(plan(Milestones.builder()
                    .invitationSentOn(d("2025-11-20")).approvedOn(d("2025-11-20")).build())), RULE));
        }

        @Test
        void milestoneTheDayAfterViolates() {
            CheckResult r = check(plan(Milestones.builder().invitationSentOn(d("2025-11-21"))
                    .questionsSentOn(d("2025-12-01")).build()));
            assertEquals(List.of("/sessions/0/milestones/invitationSentOn", "/sessions/0/milestones/questionsSentOn"),
                    paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("milestone", "invitationSentOn", "actual", d("2025-11-21"), "session", d("2025-11-20")),
                    v.details());
            assertEquals("Mốc \"gửi thư mời\" ngày 21/11/2025 muộn hơn buổi sinh hoạt ngày 20/11/2025.", v.message());
        }
    }

    @Nested
    class MilestoneOrder {
        static final String RULE = "core:milestone-order";

        CheckResult check(Milestones m) {
            return CoreRulesTest.check(withSessions(session("s", "2025-12-20").host("a").milestones(m).build()));
        }

        @Test
        void naturalOrderAndEqualDatesComply() {
            assertEquals(List.of(), paths(check(Milestones.builder().preparationAssignedOn(d("2025-11-01"))
                    .reviewMeetingOn(d("2025-11-01")).approvedOn(d("2025-11-05"))
                    .contentAnnouncedOn(d("2025-11-02")).contentApprovedOn(d("2025-11-02")).build()), RULE));
        }

        @Test
        void reviewBeforePreparationIsAWarningOnTheLaterMilestone() {
            CheckResult r = check(Milestones.builder().preparationAssignedOn(d("2025-11-10"))
                    .reviewMeetingOn(d("2025-11-09")).build());
            assertEquals(List.of("/sessions/0/milestones/reviewMeetingOn"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(Map.of("milestone", "reviewMeetingOn", "actual", d("2025-11-09"),
                    "before", "preparationAssignedOn", "beforeOn", d("2025-11-10")), v.details());
        }

        @Test
        void aMissingMiddleMilestoneIsSkipped() {
            CheckResult r = check(Milestones.builder().preparationAssignedOn(d("2025-11-10"))
                    .approvedOn(d("2025-11-01")).build());
            assertEquals(List.of("/sessions/0/milestones/approvedOn"), paths(r, RULE));
        }

        @Test
        void contentApprovedBeforeAnnouncedViolates() {
            CheckResult r = check(Milestones.builder().contentAnnouncedOn(d("2025-12-01"))
                    .contentApprovedOn(d("2025-11-30")).build());
            assertEquals(List.of("/sessions/0/milestones/contentApprovedOn"), paths(r, RULE));
        }

        @Test
        void aMilestoneAfterTheSessionIsNotAnOrderProblem() {
            CheckResult r = check(Milestones.builder().preparationAssignedOn(d("2025-11-01"))
                    .approvedOn(d("2025-12-21")).build());
            assertEquals(List.of(), paths(r, RULE));
            assertEquals(List.of("/sessions/0/milestones/approvedOn"), paths(r, "core:milestone-after-session"));
        }
    }
}
