package vn.edu.shcm.rules.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.UnknownIdException;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;

/** A checked plan's parts belong together, and the test plans give what their descriptions say. */
class CheckedPlanTest {

    @Test
    void checkKeepsThePlanThePackTheCalendarAndTheResultOfTheCheck() {
        Plan plan = Plans.tuyenQuang();
        CheckedPlan checked = CheckedPlan.check(Plans.CHECKER, plan, Plans.TQ, d("2025-12-01"));
        assertEquals(plan, checked.plan());
        assertEquals(List.of(Plans.TQ), checked.packs().stream().map(p -> p.id()).toList());
        assertEquals(Plans.CHECKER.schoolCalendar(plan), checked.calendar());
        assertEquals(Plans.CHECKER.check(plan, Plans.TQ, d("2025-12-01")), checked.result());
        assertEquals(d("2025-12-01"), checked.asOf());
    }

    @Test
    void theTuyenQuangPlanGivesOneViolationAndThreeObligations() {
        CheckResult r = Plans.tuyenQuang("2025-12-01").result();
        assertEquals(List.of("tuyenquang-mn-2025:session-per-quarter /sessions"), r.violations().stream()
                .map(v -> v.ruleId() + " " + v.path()).toList());
        assertEquals(List.of("2026-01-17 /sessions/1/resultReport/submittedOn", "2026-01-17 /reports",
                "2026-05-30 /reports"), r.obligations().stream().map(o -> o.dueOn() + " " + o.path()).toList());
    }

    @Test
    void theLaoCaiPlanGivesALateAndAnOverdueStepAndFiveObligations() {
        CheckResult r = Plans.check(Plans.laoCai(), Plans.LC, "2025-12-15").result();
        assertEquals(List.of(
                "laocai-phothong-2025:cluster-prep-lead-time /sessions/1/milestones/preparationAssignedOn",
                "laocai-phothong-2025:cluster-review-lead-time /sessions/1/milestones/reviewMeetingOn"),
                r.violations().stream().map(v -> v.ruleId() + " " + v.path()).toList());
        assertEquals(List.of("2025-12-18 /sessions/1/milestones/approvedOn",
                "2026-02-20 /sessions/2/milestones/preparationAssignedOn",
                "2026-03-06 /sessions/2/milestones/reviewMeetingOn", "2026-03-19 /sessions/2/milestones/approvedOn",
                "2026-05-30 /reports"), r.obligations().stream().map(o -> o.dueOn() + " " + o.path()).toList());
    }

    @Test
    void aResultOfAnotherPlanIsRefusedNamingBoth() {
        CheckedPlan checked = Plans.tuyenQuang("2025-12-01");
        Plan other = checked.plan().toBuilder().id("khac").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckedPlan(other, checked.packs(), checked.calendar(), checked.result()));
        assertEquals("the result is of plan \"tq-cum-5\", not of plan \"khac\"", e.getMessage());
    }

    @Test
    void aResultOfAnotherPackIsRefusedNamingBoth() {
        CheckedPlan checked = Plans.tuyenQuang("2025-12-01");
        CheckResult r = checked.result();
        CheckResult other = new CheckResult(r.planId(), List.of("anlao-mn-2023"), r.asOf(), r.violations(), r.obligations());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckedPlan(checked.plan(), checked.packs(), checked.calendar(), other));
        assertEquals("the result is of packs [anlao-mn-2023], not of packs [tuyenquang-mn-2025]", e.getMessage());
    }

    @Test
    void aCalendarOfAnotherYearIsRefusedNamingBoth() {
        CheckedPlan checked = Plans.tuyenQuang("2025-12-01");
        SchoolCalendar other = SchoolCalendar.builtIn(SchoolYear.of(2024)).orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckedPlan(checked.plan(), checked.packs(), other, checked.result()));
        assertEquals("the calendar is of school year 2024-2025, not of the plan's 2025-2026", e.getMessage());
    }

    @Test
    void anUnknownPackOrAnUncoveredPlanFailsAsTheCheckerDoes() {
        assertThrows(UnknownIdException.class, () -> CheckedPlan.check(Plans.CHECKER, Plans.tuyenQuang(), "nope",
                d("2025-12-01")));
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> CheckedPlan.check(Plans.CHECKER, Plans.tuyenQuang(), Plans.LC, d("2025-12-01")));
        assertTrue(e.problems().stream().map(PlanProblem::path).toList().contains("/level"), e.getMessage());
    }
}
