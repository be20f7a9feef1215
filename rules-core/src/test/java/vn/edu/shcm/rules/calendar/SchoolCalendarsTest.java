package vn.edu.shcm.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidCalendarsException;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/** School years as data: the shipped decisions, calendar files, and working days. */
class SchoolCalendarsTest {

    static final String FILE_2026 = """
            {"schoolYears": [{"schoolYear": "2026-2027", "start": "2026-09-05", "semester1End": "2027-01-16",
              "end": "2027-05-29", "holidays": ["2027-02-12"], "workingDays": ["2026-09-12"],
              "decision": {"number": "9999/QĐ-UBND", "date": "2026-08-10", "issuer": "UBND tỉnh thử"}}]}
            """;

    @TempDir
    Path dir;

    static List<SchoolCalendar> read(String json) {
        return SchoolCalendars.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static Plan plan2026() {
        return TestPlans.clusterPlan(Level.THCS, 2026, "a", "b")
                .sessions(TestPlans.session("s", "2026-11-10").build()).build();
    }

    @Test
    void everyShippedYearNamesItsDecision() {
        List<SchoolCalendar> shipped = SchoolCalendars.builtIn();
        assertEquals(SchoolCalendar.builtInYears(), shipped.stream().map(SchoolCalendar::schoolYear).toList());
        shipped.forEach(c -> assertTrue(c.source().startsWith("QĐ ") && c.source().contains("/QĐ-BGDĐT"),
                c::toString));
        assertEquals("QĐ 2269/QĐ-BGDĐT (11/8/2025)", SchoolCalendar.builtIn(SchoolYear.of(2025)).orElseThrow()
                .source());
    }

    @Test
    void aFileAddsAYearWithItsDecisionAsSource() throws IOException {
        Path file = dir.resolve("calendars.json");
        Files.writeString(file, FILE_2026);
        List<SchoolCalendar> read = SchoolCalendars.read(file);
        assertEquals(1, read.size());
        SchoolCalendar c = read.get(0);
        assertEquals(SchoolYear.of(2026), c.schoolYear());
        assertEquals("QĐ 9999/QĐ-UBND (10/8/2026)", c.source());
        assertEquals(List.of(LocalDate.of(2027, 2, 12)), c.extraHolidays());
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 9, 12)), "a Saturday the file makes a working day");
        assertFalse(c.isWorkingDay(LocalDate.of(2027, 2, 12)));
    }

    @Test
    void aCheckerWithTheFilesCalendarsChecksA2026PlanThatTheBuiltInsRefuse() {
        Checker plain = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> plain.check(plan2026(),
                "test-core-only", LocalDate.of(2026, 12, 4)));
        PlanProblem p = e.problems().get(0);
        assertEquals("/calendar", p.path());
        assertTrue(p.messageEn().contains("\"calendar\" in the plan") && p.messageEn().contains("--calendars FILE")
                && p.messageEn().contains("Checker.builder().calendars(SchoolCalendars.read(file))")
                && p.messageEn().contains("known: 2019-2020, 2020-2021"), p.messageEn());
        Checker withFile = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).calendars(read(FILE_2026))
                .build();
        CheckResult r = withFile.check(plan2026(), "test-core-only", LocalDate.of(2026, 12, 4));
        assertEquals(List.of(), r.violations());
        assertEquals("QĐ 9999/QĐ-UBND (10/8/2026)", withFile.schoolCalendar(plan2026()).source());
    }

    @Test
    void aPlanCarryingItsOwnCalendarNeedsNoFile() {
        Checker plain = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
        Plan own = plan2026().toBuilder().calendar(new PlanCalendar(LocalDate.of(2026, 9, 5),
                LocalDate.of(2027, 1, 16), LocalDate.of(2027, 5, 29), List.of())).build();
        assertEquals(List.of(), plain.check(own, "test-core-only", LocalDate.of(2026, 12, 4)).violations());
    }

    @Test
    void aBrokenFileListsEveryProblemWithItsPointer() {
        InvalidCalendarsException e = assertThrows(InvalidCalendarsException.class, () -> read("""
                {"schoolYears": [
                  {"schoolYear": "2026-2028", "start": "2026-09-05", "semester1End": "2027-01-16", "end": "2027-05-29"},
                  {"schoolYear": "2026-2027", "start": "2026-02-30", "semester1End": "2027-01-16", "end": "2027-05-29",
                   "colour": "red"},
                  {"schoolYear": "2026-2027", "start": "2026-09-05", "semester1End": "2027-01-16", "end": "2027-05-29",
                   "workingDays": ["2026-09-02"]},
                  {"schoolYear": "2027-2028", "start": "2027-09-05", "semester1End": "2027-08-16", "end": "2028-05-29"}
                ]}
                """));
        assertEquals(List.of("/schoolYears/0/schoolYear", "/schoolYears/1/start", "/schoolYears/1/colour",
                "/schoolYears/2", "/schoolYears/3"), e.problems().stream().map(PlanProblem::path).toList());
        assertTrue(e.problems().get(3).messageEn().contains("statutory public holiday"), e::getMessage);
        assertEquals("test.json", e.source());
        assertThrows(InvalidCalendarsException.class, () -> SchoolCalendars.read(dir.resolve("none.json")));
    }

    @Test
    void aYearTwiceInAFileIsRefused() {
        String year = "{\"schoolYear\": \"2026-2027\", \"start\": \"2026-09-05\", \"semester1End\": \"2027-01-16\", "
                + "\"end\": \"2027-05-29\"}";
        InvalidCalendarsException e = assertThrows(InvalidCalendarsException.class,
                () -> read("{\"schoolYears\": [" + year + ", " + year + "]}"));
        assertEquals(List.of("/schoolYears/1/schoolYear"), e.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void workingDaysMakeWeekendsAndCompensatoryDaysWorkedButNeverStatutoryHolidays() {
        SchoolCalendar base = SchoolCalendar.builtIn(SchoolYear.of(2025)).orElseThrow();
        LocalDate saturday = LocalDate.of(2025, 11, 8);
        LocalDate swapped = LocalDate.of(2026, 1, 2); // off by the 2026 New Year swap (12729/VPCP-KGVX)
        assertTrue(base.isDayOff(saturday));
        assertTrue(base.isDayOff(swapped));
        SchoolCalendar worked = base.withWorkingDays(List.of(saturday, swapped));
        assertFalse(worked.isDayOff(saturday));
        assertFalse(worked.isDayOff(swapped));
        assertFalse(base.isDayOff(LocalDate.of(2026, 1, 10)), "the Saturday worked for the swap");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.withWorkingDays(List.of(LocalDate.of(2026, 2, 17))));
        assertTrue(e.getMessage().contains("statutory"), e::getMessage);
        assertTrue(base.withExtraHolidays(List.of(LocalDate.of(2026, 1, 10))).isDayOff(LocalDate.of(2026, 1, 10)),
                "the plan's own day off wins over the official Saturday worked");
    }

    @Test
    void aPlanNamingAStatutoryHolidayAsAWorkingDayIsAnInputErrorAtThatDay() {
        Checker checker = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b")
                .calendar(new PlanCalendar(null, null, null, List.of(),
                        List.of(LocalDate.of(2025, 11, 8), LocalDate.of(2025, 9, 2))))
                .sessions(TestPlans.session("s", "2025-11-10").build()).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> checker.check(plan, "test-core-only",
                LocalDate.of(2025, 12, 1)));
        assertEquals(List.of("/calendar/workingDays/1"), e.problems().stream().map(PlanProblem::path).toList());
        Plan fine = plan.toBuilder().calendar(new PlanCalendar(null, null, null, List.of(),
                List.of(LocalDate.of(2025, 11, 8)))).build();
        assertFalse(checker.schoolCalendar(fine).isDayOff(LocalDate.of(2025, 11, 8)));
    }
}
