package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * Plans no school writes but a script or a hand can, checked whole: absurd but valid dates anywhere, dates the
 * exchange format cannot hold, lists past the limits, ids that differ only in Unicode form. Each gives a result or
 * an input error at its pointer, never another exception.
 */
class HostileInputTest {

    static final Checker CHECKER = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
    static final String PACK = "test-core-only";
    static final LocalDate AS_OF = d("2025-12-01");

    static Plan plan() {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").sessions(session("s", "2025-11-10").host("a").build())
                .build();
    }

    static List<String> pointers(InvalidPlanException e) {
        return e.problems().stream().map(PlanProblem::path).toList();
    }

    @ParameterizedTest(name = "calendar {0}")
    @ValueSource(strings = {"start", "semester1End", "end"})
    void aPlanCalendarDateOutsideTheYearsWhoseHolidaysAreKnownIsAnInputErrorAtIt(String field) {
        for (LocalDate absurd : List.of(d("0001-01-01"), d("1899-12-31"), d("2200-01-01"), d("9999-12-31"))) {
            PlanCalendar calendar = new PlanCalendar(field.equals("start") ? absurd : null,
                    field.equals("semester1End") ? absurd : null, field.equals("end") ? absurd : null, List.of());
            Plan plan = plan().toBuilder().calendar(calendar).build();
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
            assertEquals(List.of("/calendar/" + field), pointers(e));
            assertEquals(absurd.toString(), e.problems().get(0).value());
            assertTrue(e.problems().get(0).messageEn().contains("1900 to 2199"), e.getMessage());
        }
    }

    @Test
    void aYearWithoutBuiltInDatesAndAnAbsurdCalendarIsAnInputError() {
        // the start-or-end rule of SchoolCalendar alone would accept 0001-01-01 to 2031-05-30 for 2030-2031
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2030, "a").sessions(session("s", "1000-03-03").build())
                .calendar(new PlanCalendar(d("0001-01-01"), d("2031-01-15"), d("2031-05-30"), List.of())).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
        assertEquals(List.of("/calendar/start"), pointers(e));
    }

    @Test
    void extraHolidaysAtAbsurdDatesAreHarmless() {
        Plan plan = plan().toBuilder().calendar(new PlanCalendar(null, null, null,
                List.of(d("0001-01-01"), d("9999-12-31")))).build();
        assertEquals(List.of(), CHECKER.check(plan, PACK, AS_OF).violations());
    }

    static Stream<Arguments> absurdDates() {
        List<Arguments> cases = new ArrayList<>();
        for (LocalDate date : List.of(d("0000-01-01"), d("0001-01-01"), d("1899-12-31"), d("2200-01-01"),
                d("9999-12-31"))) {
            for (var slot : DateSlot.values()) {
                cases.add(Arguments.of(slot, date));
            }
        }
        return cases.stream();
    }

    /** Every date a plan holds outside its calendar, and how to set it. */
    enum DateSlot {
        SUBMITTED_ON("/submittedOn", (p, d) -> p.toBuilder().submittedOn(d).build()),
        ROLES_REPORTED_ON("/cluster/rolesReportedOn", (p, d) -> p.toBuilder()
                .cluster(p.cluster().withRolesReportedOn(d)).build()),
        SESSION_DATE("/sessions/0/date", (p, d) -> session(p, s -> s.toBuilder().date(d).build())),
        ORIGINAL_DATE("/sessions/0/originalDate", (p, d) -> session(p, s -> s.toBuilder()
                .moved(d, d, true).build())),
        CHANGE_APPROVED_ON("/sessions/0/changeApprovedOn", (p, d) -> session(p, s -> s.toBuilder()
                .moved(s.date().minusDays(3), d, true).build())),
        PREPARATION_ASSIGNED_ON("/sessions/0/milestones/preparationAssignedOn", (p, d) -> session(p,
                s -> s.toBuilder().milestones(Milestones.builder().preparationAssignedOn(d).build()).build())),
        INVITATION_SENT_ON("/sessions/0/milestones/invitationSentOn", (p, d) -> session(p,
                s -> s.toBuilder().milestones(Milestones.builder().invitationSentOn(d).build()).build())),
        QUESTIONS_SENT_ON("/sessions/0/milestones/questionsSentOn", (p, d) -> session(p,
                s -> s.toBuilder().milestones(Milestones.builder().questionsSentOn(d).build()).build())),
        RESULT_REPORT("/sessions/0/resultReport/submittedOn", (p, d) -> session(p,
                s -> s.toBuilder().resultReport(new ResultReport(d, List.of())).build())),
        REPORT("/reports/0/submittedOn", (p, d) -> p.toBuilder()
                .reports(new Report(ReportKind.YEAR_END, d, List.of())).build()),
        PRODUCT("/products/0/proposedOn", (p, d) -> p.toBuilder().products(List.of(new Product("Sản phẩm", d)))
                .build());

        final String pointer;
        final java.util.function.BiFunction<Plan, LocalDate, Plan> set;

        DateSlot(String pointer, java.util.function.BiFunction<Plan, LocalDate, Plan> set) {
            this.pointer = pointer;
            this.set = set;
        }

        private static Plan session(Plan p, Function<Session, Session> change) {
            return p.toBuilder().sessions(change.apply(p.sessions().get(0))).build();
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("absurdDates")
    void anAbsurdButValidDateAnywhereGivesAResult(DateSlot slot, LocalDate date) {
        Plan plan = slot.set.apply(plan(), date);
        CheckResult result = CHECKER.check(plan, PACK, AS_OF);
        if (slot == DateSlot.SESSION_DATE) {
            assertEquals(List.of("/sessions/0/date"), result.violations().stream().map(Violation::path).toList());
            String year = String.format("%04d", date.getYear());
            assertTrue(result.violations().get(0).message().contains(date.format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/")) + year), result.violations().get(0)
                    .message());
        }
        // what the checker accepts, the exchange format writes and reads back
        assertEquals(plan, ExchangeFormat.readPlan(ExchangeFormat.writePlan(plan)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slots")
    void aDateTheExchangeFormatCannotWriteIsAnInputErrorAtIt(DateSlot slot) {
        for (LocalDate date : List.of(LocalDate.of(-1, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.MIN)) {
            Plan plan = slot.set.apply(plan(), date);
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
            assertTrue(pointers(e).contains(slot.pointer), pointers(e) + " holds " + slot.pointer);
            PlanProblem p = e.problems().get(pointers(e).indexOf(slot.pointer));
            assertEquals(date.toString(), p.value());
            assertTrue(p.messageEn().contains("0000-01-01 to 9999-12-31"), p.messageEn());
        }
    }

    static Stream<DateSlot> slots() {
        return Stream.of(DateSlot.values());
    }

    @Test
    void aPlanCalendarOrHolidayTheExchangeFormatCannotWriteIsAnInputError() {
        Plan plan = plan().toBuilder().calendar(new PlanCalendar(null, null, LocalDate.of(10_000, 5, 30),
                List.of(LocalDate.of(-5, 1, 1)))).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
        assertEquals(List.of("/calendar/end", "/calendar/holidays/0"), pointers(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0001-01-01", "9999-12-31"})
    void anAbsurdAsOfDateGivesAResult(String asOf) {
        Plan plan = plan().toBuilder().reports(new Report(ReportKind.YEAR_END, null, List.of())).build();
        CheckResult result = CHECKER.check(plan, PACK, d(asOf));
        assertEquals(d(asOf), result.asOf());
    }

    @Test
    void aCallersCalendarOutsideTheYearsWhoseHolidaysAreKnownIsRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> SchoolCalendar.of(SchoolYear.of(2025), d("0001-01-01"),
                d("2026-01-15"), d("2026-05-30"), List.of()));
    }

    @ParameterizedTest(name = "{0} sessions")
    @ValueSource(ints = {5_001, 20_000, 50_000})
    void tensOfThousandsOfSessionsBuiltInJavaAreAnInputErrorAtTheLimit(int count) {
        List<Session> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sessions.add(session("s" + i, "2025-11-10").host("a").build());
        }
        Plan plan = plan().toBuilder().sessions(sessions).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
        assertEquals(List.of("/sessions"), pointers(e));
        assertEquals("List has " + count + " elements; at most 5000 are allowed.", e.problems().get(0).messageEn());
    }

    @Test
    void fiveThousandSessionsAreChecked() {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < ExchangeFormat.Limits.MAX_SESSIONS; i++) {
            sessions.add(session("s" + i, "2025-11-10").host(i % 2 == 0 ? "a" : "b").build());
        }
        CheckResult result = CHECKER.check(plan().toBuilder().sessions(sessions).build(), PACK, AS_OF);
        assertEquals(List.of(), result.violations());
    }

    @Test
    void otherListsPastTheirLimitAreInputErrorsAtThem() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            members.add(new Member("m" + i, "Trường " + i));
        }
        List<LocalDate> holidays = Collections.nCopies(1_001, d("2026-02-16"));
        Plan plan = plan().toBuilder().cluster(Cluster.of("Cụm", "m0", "m1", members))
                .calendar(new PlanCalendar(null, null, null, holidays))
                .objectives(Collections.nCopies(1_001, "Mục tiêu").toArray(String[]::new))
                .sessions(session("s", "2025-11-10").initiativesBy(Collections.nCopies(1_001, "m0")
                        .toArray(String[]::new)).build())
                .build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
        assertEquals(List.of("/cluster/members", "/calendar/holidays", "/objectives", "/sessions/0/initiativesBy"),
                pointers(e));
    }

    @Test
    void aHostIdThatDiffersFromAMemberIdOnlyInUnicodeFormIsAnInputErrorThatSaysSo() {
        String composed = "trường-a";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        Plan plan = Plan.builder("p", SchoolYear.of(2025), Level.THCS, vn.edu.shcm.rules.model.Scope.CLUSTER)
                .cluster(Cluster.of("Cụm", composed, null, List.of(new Member(composed, "Trường A"))))
                .sessions(session("s", "2025-11-10").host(decomposed).build()).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(plan, PACK, AS_OF));
        assertEquals(List.of("/sessions/0/host"), pointers(e));
        assertTrue(e.problems().get(0).messageEn().contains("encoded differently (Unicode NFC vs NFD)"),
                e.problems().get(0).messageEn());
        assertTrue(e.problems().get(0).message().contains("bảng mã Unicode khác"), e.problems().get(0).message());
    }

    @Test
    void nulAndControlCharactersInTextAreJustText() {
        Plan plan = plan().toBuilder().funding("Kinh\u0000phí\u0007").cluster(Cluster.of("Cụm\u0000", "a", "b",
                List.of(new Member("a", "A\u0000"), new Member("b", "B")))).build();
        assertEquals(List.of(), CHECKER.check(plan, PACK, AS_OF).violations());
        assertEquals(plan, ExchangeFormat.readPlan(ExchangeFormat.writePlan(plan)));
    }
}
