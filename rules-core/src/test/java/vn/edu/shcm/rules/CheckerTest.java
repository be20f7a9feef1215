package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/** What the checker does around the rules: packs, input errors, calendars, the as-of date, ordering. */
class CheckerTest {

    static final RulePacks PACKS = RulePacks.of(new CoreOnlyPack());
    static final Checker CHECKER = Checker.builder().packs(PACKS).build();
    static final String PACK = "test-core-only";

    static Plan plan(int year) {
        return TestPlans.clusterPlan(Level.THCS, year, "a", "b").sessions(session("s", year + "-11-10").build())
                .build();
    }

    @Test
    void anUnknownPackIdNamesTheKnownOnes() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> CHECKER.check(plan(2025), "nope"));
        assertEquals(UnknownIdException.Kind.PACK, e.kind());
        assertEquals(List.of(PACK), e.known());
    }

    @Test
    void aShippedPackMissingFromTheClassPathNamesItsModule() {
        UnknownIdException e = assertThrows(UnknownIdException.class,
                () -> CHECKER.check(plan(2025), "quangngai-thcs-2025"));
        assertEquals(java.util.Optional.of("vn.edu.shcm:rules-thcs"), e.module());
        assertTrue(e.getMessage().contains("packs on the class path: " + PACK), e.getMessage());
        assertTrue(e.getMessage().contains("vn.edu.shcm:rules-thcs, which is not on the class path"), e.getMessage());
        assertTrue(e.messageVi().contains("vn.edu.shcm:rules-thcs"), e.messageVi());
    }

    @Test
    void anIdOfNoShippedPackListsEveryModuleWithItsPacks() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> CHECKER.check(plan(2025), "quangngai-thcs"));
        assertEquals(java.util.Optional.empty(), e.module());
        for (String expected : List.of("rules-mn (tuyenquang-mn-2025, anlao-mn-2023, quangngai-mn-2019)",
                "rules-thcs (quangngai-thcs-2025)", "rules-phothong (laocai-phothong-2025)",
                "rules-national (bgddt-dieule-2020)")) {
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertTrue(e.messageVi().contains(expected), e.messageVi());
        }
    }

    @Test
    void anInvalidPlanBuiltInJavaListsEveryProblem() {
        Plan bad = TestPlans.clusterPlan(Level.THCS, 2025, "a").sessions(session("s", "2025-11-10").host("zz").build(),
                session("s", "2025-11-11").build()).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(bad, PACK));
        assertEquals(List.of("/sessions/0/host", "/sessions/1/id"), e.problems().stream().map(PlanProblem::path)
                .toList());
    }

    @Test
    void aPlanOutsideThePacksCoverageSaysWhatItCovers() throws Exception {
        RulePack narrow = TestPacks.load(TestPacks.write(java.nio.file.Files.createTempDirectory("pack"),
                TestPacks.descriptor("narrow", "[\"MAM_NON\"]", "[\"NETWORK\"]", "\"2019-2020\"", "\"2019-2020\"",
                        "[]", "{}")));
        Checker checker = Checker.builder().packs(RulePacks.of(narrow)).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> checker.check(plan(2025), "narrow"));
        assertEquals(List.of("/level", "/scope", "/schoolYear"), e.problems().stream().map(PlanProblem::path).toList());
        assertEquals("Bộ quy tắc narrow áp dụng năm học 2019-2020, không áp dụng cho năm học 2025-2026.",
                e.problems().get(2).message());
        assertEquals("Pack narrow covers school years 2019-2020, not 2025-2026.", e.problems().get(2).messageEn());
    }

    @Test
    void aYearWithoutBuiltInCalendarNeedsThePlansOwn() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan(2030), PACK));
        assertEquals(List.of("/calendar"), e.problems().stream().map(PlanProblem::path).toList());
        Plan partial = plan(2030).toBuilder().calendar(new PlanCalendar(d("2030-09-05"), null, null, List.of()))
                .build();
        InvalidPlanException missing = assertThrows(InvalidPlanException.class, () -> CHECKER.check(partial, PACK));
        assertEquals(List.of("/calendar/semester1End", "/calendar/end"), missing.problems().stream()
                .map(PlanProblem::path).toList());
        Plan own = plan(2030).toBuilder().calendar(new PlanCalendar(d("2030-09-05"), d("2031-01-15"), d("2031-05-25"),
                List.of())).build();
        assertEquals(List.of(), CHECKER.check(own, PACK, d("2030-12-01")).violations());
    }

    @Test
    void inconsistentPlanDatesAreAnInputError() {
        Plan plan = plan(2025).toBuilder().calendar(new PlanCalendar(null, d("2026-06-30"), null, List.of())).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK));
        assertEquals("/calendar", e.problems().get(0).path());
    }

    @Test
    void aCallersCalendarReplacesTheBuiltInOneAndThePlansStillAppliesOnTop() {
        SchoolCalendar mine = SchoolCalendar.of(SchoolYear.of(2025), d("2025-09-01"), d("2026-01-10"),
                d("2026-05-20"), List.of());
        Checker checker = Checker.builder().packs(PACKS).calendar(mine).build();
        Plan late = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").sessions(session("s", "2026-05-25").build())
                .build();
        assertEquals(List.of("/sessions/0/date"), checker.check(late, PACK, d("2026-06-01")).violations().stream()
                .map(Violation::path).toList());
        Plan extended = late.toBuilder().calendar(new PlanCalendar(null, null, d("2026-05-31"), List.of())).build();
        assertEquals(List.of(), checker.check(extended, PACK, d("2026-06-01")).violations());
    }

    @Test
    void theSchoolCalendarIsTheOneTheCheckUses() {
        SchoolCalendar mine = SchoolCalendar.of(SchoolYear.of(2025), d("2025-09-01"), d("2026-01-10"),
                d("2026-05-20"), List.of(), "QĐ thử");
        Checker checker = Checker.builder().packs(PACKS).calendar(mine).build();
        assertEquals(mine, checker.schoolCalendar(plan(2025)));
        assertEquals(SchoolCalendar.builtIn(SchoolYear.of(2025)).orElseThrow(), CHECKER.schoolCalendar(plan(2025)));
        Plan own = plan(2025).toBuilder().calendar(new PlanCalendar(null, null, d("2026-05-31"),
                List.of(d("2026-02-16")))).build();
        SchoolCalendar resolved = checker.schoolCalendar(own);
        assertEquals(d("2025-09-01"), resolved.start());
        assertEquals(d("2026-05-31"), resolved.end());
        assertEquals(List.of(d("2026-02-16")), resolved.extraHolidays());
        assertEquals("QĐ thử; kế hoạch test-plan", resolved.source());
    }

    @Test
    void theSchoolCalendarOfAnInvalidPlanOrAYearWithoutOneIsAnInputError() {
        InvalidPlanException none = assertThrows(InvalidPlanException.class, () -> CHECKER.schoolCalendar(plan(2030)));
        assertEquals(List.of("/calendar"), none.problems().stream().map(PlanProblem::path).toList());
        Plan noYear = plan(2025).toBuilder().schoolYear(null).build();
        InvalidPlanException invalid = assertThrows(InvalidPlanException.class, () -> CHECKER.schoolCalendar(noYear));
        assertEquals(List.of("/schoolYear"), invalid.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void todayIsTodayInVietnamByTheClock() {
        // 17:30 UTC on 31 August is already 1 September in Vietnam (UTC+7)
        Clock clock = Clock.fixed(Instant.parse("2025-08-31T17:30:00Z"), ZoneOffset.UTC)
                .withZone(Checker.VIETNAM);
        Checker checker = Checker.builder().packs(PACKS).clock(clock).build();
        assertEquals(d("2025-09-01"), checker.check(plan(2025), PACK).asOf());
    }

    @Test
    void violationsAreSortedBySeverityThenDocumentOrderThenRule() {
        Plan twoMembers = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").build();
        Plan plan = twoMembers.toBuilder().cluster(vn.edu.shcm.rules.model.Cluster.of("Cụm", "a", "a",
                twoMembers.cluster().members())).sessions(
                session("s0", "2025-09-04").build(),
                session("s1", "2025-11-10").milestones(vn.edu.shcm.rules.model.Milestones.builder()
                        .preparationAssignedOn(d("2025-11-05")).reviewMeetingOn(d("2025-11-01"))
                        .invitationSentOn(d("2025-11-11")).build()).build(),
                session("s2", "2025-09-03").build(),
                session("s10", "2026-06-01").build()).build();
        CheckResult r = CHECKER.check(plan, PACK, d("2026-06-30"));
        assertEquals(List.of(
                "ERROR core:head-is-deputy /cluster/deputy",
                "ERROR core:session-outside-school-year /sessions/0/date",
                "ERROR core:milestone-after-session /sessions/1/milestones/invitationSentOn",
                "ERROR core:session-outside-school-year /sessions/2/date",
                "ERROR core:session-outside-school-year /sessions/3/date",
                "WARNING core:milestone-order /sessions/1/milestones/reviewMeetingOn"),
                r.violations().stream().map(v -> v.severity() + " " + v.ruleId() + " " + v.path()).toList());
        assertTrue(r.hasErrors());
    }

    @Test
    void aStreamOfPlansIsCheckedLazilyAndInOrder() {
        java.util.concurrent.atomic.AtomicInteger pulled = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.Stream<Plan> plans = java.util.stream.IntStream.range(0, 1_000_000)
                .mapToObj(i -> {
                    pulled.incrementAndGet();
                    return plan(2025).toBuilder().id("p" + i).build();
                });
        List<String> ids = CHECKER.checkAll(plans, PACK, d("2026-01-01")).limit(3).map(CheckResult::planId).toList();
        assertEquals(List.of("p0", "p1", "p2"), ids);
        assertEquals(3, pulled.get(), "only the plans consumed were read");
    }

    @Test
    void anInvalidPlanInAStreamThrowsWhereItIsReached() {
        Plan bad = plan(2025).toBuilder().id(null).build();
        java.util.Iterator<CheckResult> results = CHECKER.checkAll(
                java.util.stream.Stream.of(plan(2025), bad), PACK, d("2026-01-01")).iterator();
        assertEquals("test-plan", results.next().planId());
        assertThrows(InvalidPlanException.class, results::next);
        assertThrows(UnknownIdException.class, () -> CHECKER.checkAll(java.util.stream.Stream.empty(), "nope",
                d("2026-01-01")));
    }

    @Test
    void checkingTwiceGivesEqualResultsAndLeavesThePlanAlone() {
        Plan plan = plan(2025).toBuilder().scope(Scope.CLUSTER).build();
        Plan copy = plan.toBuilder().build();
        CheckResult first = CHECKER.check(plan, PACK, d("2026-01-01"));
        assertEquals(first, CHECKER.check(plan, PACK, d("2026-01-01")));
        assertEquals(copy, plan);
    }
}
