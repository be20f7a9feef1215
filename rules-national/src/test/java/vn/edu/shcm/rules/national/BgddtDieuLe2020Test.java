package vn.edu.shcm.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionStatus;

/**
 * {@code bgddt-dieule-2020:group-fortnightly} on 2025-2026 subject-group plans with the built-in calendar (05/09/2025
 * to 30/05/2026; official days off 1-2/9/2025, 1/1-2/1/2026, Tết 16-20/2/2026, 27/4, 30/4, 1/5/2026): compliant,
 * violated, both sides of the ten-working-day boundary, a Tết break and the plan's own days off inside a gap,
 * cancelled sessions, the start and the end of the year.
 */
class BgddtDieuLe2020Test {

    static final Checker CHECKER = Checker.create();
    static final String PACK = "bgddt-dieule-2020";
    static final String RULE = "bgddt-dieule-2020:group-fortnightly";
    static final LocalDate AS_OF = d("2025-09-01");

    /** A THCS subject-group plan with a session on each date; a date prefixed with "x" is a cancelled session. */
    static Plan plan(String... dates) {
        return plan(null, dates);
    }

    static Plan plan(PlanCalendar calendar, String... dates) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            boolean cancelled = dates[i].startsWith("x");
            sessions.add(Session.builder("s" + (i + 1), d(cancelled ? dates[i].substring(1) : dates[i]))
                    .status(cancelled ? SessionStatus.CANCELLED : SessionStatus.PLANNED).build());
        }
        return Plan.builder("to-toan", SchoolYear.of(2025), Level.THCS, Scope.SCHOOL_GROUP).calendar(calendar)
                .sessions(sessions).build();
    }

    /** Every Thursday of the school year that is a working day, from 11/09/2025 to 28/05/2026. */
    static List<String> weeklyThursdays() {
        var calendar = CHECKER.schoolCalendar(plan());
        List<String> dates = new ArrayList<>();
        for (LocalDate day = d("2025-09-11"); !day.isAfter(d("2026-05-28")); day = day.plusWeeks(1)) {
            if (day.getDayOfWeek() == DayOfWeek.THURSDAY && calendar.isWorkingDay(day)) {
                dates.add(day.toString());
            }
        }
        return dates;
    }

    static List<Violation> fortnightly(Plan plan) {
        return CHECKER.check(plan, PACK, AS_OF).violationsOf(RULE);
    }

    /**
     * The given sessions (in date order, the first and last not cancelled) framed by the weekly Thursdays more than
     * three days before the first and after the last: the year is otherwise met weekly.
     */
    static String[] around(String... middle) {
        LocalDate first = d(middle[0]);
        LocalDate last = d(middle[middle.length - 1]);
        List<String> dates = new ArrayList<>();
        weeklyThursdays().stream().filter(t -> d(t).isBefore(first.minusDays(3))).forEach(dates::add);
        dates.addAll(List.of(middle));
        weeklyThursdays().stream().filter(t -> d(t).isAfter(last.plusDays(3))).forEach(dates::add);
        return dates.toArray(String[]::new);
    }

    @Test
    void aGroupMeetingEveryWeekComplies() {
        Plan plan = plan(weeklyThursdays().toArray(String[]::new));
        CheckResult result = CHECKER.check(plan, PACK, AS_OF);
        assertEquals(List.of(), result.violations(), () -> result.violations().toString());
        assertEquals(List.of(PACK), result.packIds());
    }

    @Test
    void aMonthWithoutAMeetingIsOneViolationAtTheSessionThatEndsIt() {
        List<Violation> found = fortnightly(plan(around("2025-10-06", "2025-11-03")));
        assertEquals(1, found.size(), found::toString);
        Violation v = found.get(0);
        assertEquals(Severity.ERROR, v.severity());
        int index = List.of(around("2025-10-06", "2025-11-03")).indexOf("2025-11-03");
        assertEquals("/sessions/" + index + "/date", v.path());
        assertEquals(Map.of("from", d("2025-10-07"), "to", d("2025-10-31"), "workingDays", 19), v.details());
        assertTrue(v.message().contains("07/10/2025") && v.messageEn().contains("2025-10-07"), v::message);
        assertEquals("Điều 14.3", v.citation().section());
    }

    @ParameterizedTest(name = "sessions on 06/10/2025 and {0}: {1} working days between, {2} violation(s)")
    @CsvSource({
        "2025-10-20, 9, 0",   // Tue 7 to Fri 10, Mon 13 to Fri 17: nine working days pass
        "2025-10-21, 10, 1",  // and Monday 20 makes ten: a violation
    })
    void nineWorkingDaysBetweenTwoSessionsPassAndTenFail(String second, int between, int violations) {
        List<Violation> found = fortnightly(plan(around("2025-10-06", second)));
        assertEquals(violations, found.size(), found::toString);
        if (violations == 1) {
            assertEquals(Map.of("from", d("2025-10-07"), "to", d("2025-10-20"), "workingDays", between),
                    found.get(0).details());
        }
    }

    @Test
    void theTetBreakDoesNotBreakTheRhythm() {
        // 10/02 and 03/03/2026: 21 days apart, but 14 to 22/02 are Tết, so only 11-13/02, 23-27/02 and 02/03 count
        List<String> dates = new ArrayList<>(weeklyThursdays().stream().filter(t -> t.compareTo("2026-02-05") <= 0)
                .toList());
        dates.add("2026-02-10");
        dates.add("2026-03-03");
        weeklyThursdays().stream().filter(t -> t.compareTo("2026-03-05") >= 0).forEach(dates::add);
        assertEquals(List.of(), fortnightly(plan(dates.toArray(String[]::new))));
        dates.set(dates.indexOf("2026-03-03"), "2026-03-04");
        List<Violation> found = fortnightly(plan(dates.toArray(String[]::new)));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Map.of("from", d("2026-02-11"), "to", d("2026-03-03"), "workingDays", 10),
                found.get(0).details());
    }

    @Test
    void thePlansOwnDaysOffAreNotWorkingDaysEither() {
        PlanCalendar dayOff = new PlanCalendar(null, null, null, List.of(d("2025-10-15")));
        assertEquals(1, fortnightly(plan(around("2025-10-06", "2025-10-21"))).size());
        assertEquals(List.of(), fortnightly(plan(dayOff, around("2025-10-06", "2025-10-21"))));
    }

    @Test
    void aWorkingDayThePlanNamesCountsInTheGap() {
        // Saturday 18/10/2025 worked: the gap of nine becomes ten
        PlanCalendar worked = new PlanCalendar(null, null, null, List.of(), List.of(d("2025-10-18")));
        assertEquals(List.of(), fortnightly(plan(around("2025-10-06", "2025-10-20"))));
        assertEquals(1, fortnightly(plan(worked, around("2025-10-06", "2025-10-20"))).size());
    }

    @Test
    void aCancelledSessionDoesNotEndAGap() {
        assertEquals(List.of(), fortnightly(plan(around("2025-10-06", "2025-10-13", "2025-10-21"))));
        List<Violation> found = fortnightly(plan(around("2025-10-06", "x2025-10-13", "2025-10-21")));
        assertEquals(1, found.size(), found::toString);
        assertEquals(10, found.get(0).details().get("workingDays"));
    }

    @ParameterizedTest(name = "first session on {0}: {1} violation(s)")
    @CsvSource({
        "2025-09-18, 0",  // 05/09 and 08-12/09, 15-17/09: nine working days before it
        "2025-09-19, 1",  // ten: the year's start counts like a session's day after
    })
    void theStartOfTheYearCounts(String first, int violations) {
        List<String> dates = new ArrayList<>(List.of(first));
        weeklyThursdays().stream().filter(t -> t.compareTo("2025-09-25") >= 0).forEach(dates::add);
        List<Violation> found = fortnightly(plan(dates.toArray(String[]::new)));
        assertEquals(violations, found.size(), found::toString);
        if (violations == 1) {
            assertEquals("/sessions/0/date", found.get(0).path());
            assertEquals(Map.of("from", d("2025-09-05"), "to", d("2025-09-18"), "workingDays", 10),
                    found.get(0).details());
        }
    }

    @ParameterizedTest(name = "last session on {0}: {1} violation(s)")
    @CsvSource({
        "2026-05-18, 0",  // 19-22/05 and 25-29/05: nine working days to the end of the year (30/05)
        "2026-05-15, 1",  // ten: the gap that runs to the end of the year is located at /sessions
    })
    void theEndOfTheYearCounts(String last, int violations) {
        List<String> dates = new ArrayList<>(weeklyThursdays().stream().filter(t -> t.compareTo("2026-05-14") <= 0)
                .toList());
        dates.add(last);
        List<Violation> found = fortnightly(plan(dates.toArray(String[]::new)));
        assertEquals(violations, found.size(), found::toString);
        if (violations == 1) {
            assertEquals("/sessions", found.get(0).path());
            assertEquals(Map.of("from", d("2026-05-18"), "to", d("2026-05-29"), "workingDays", 10),
                    found.get(0).details());
            assertTrue(found.get(0).messageEn().contains("end of the school year"), found.get(0)::messageEn);
        }
    }

    @Test
    void aPlanWithoutACountedSessionIsOneGapOverTheWholeYear() {
        List<Violation> found = fortnightly(plan("x2025-10-02"));
        assertEquals(1, found.size(), found::toString);
        assertEquals("/sessions", found.get(0).path());
        assertEquals(d("2025-09-05"), found.get(0).details().get("from"));
        assertEquals(d("2026-05-29"), found.get(0).details().get("to"));
    }

    @Test
    void theCharterCoversLowerAndUpperSecondarySubjectGroupsEverywhere() {
        RulePack pack = CHECKER.packs().get(PACK);
        assertTrue(pack.jurisdiction().isNational());
        assertEquals(List.of(RULE), pack.rules().stream().map(r -> r.id()).toList());
        Plan primary = plan(weeklyThursdays().toArray(String[]::new)).toBuilder().level(Level.TIEU_HOC).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(primary, PACK, AS_OF));
        assertEquals(List.of("/level"), e.problems().stream().map(PlanProblem::path).toList());
        assertTrue(e.problems().get(0).messageEn().contains(PACK), e::getMessage);
        Plan upper = plan(weeklyThursdays().toArray(String[]::new)).toBuilder().level(Level.THPT).province("Huế")
                .build();
        assertEquals(List.of(PACK), CHECKER.packs().applicableTo(upper).stream().map(RulePack::id).toList());
    }
}
