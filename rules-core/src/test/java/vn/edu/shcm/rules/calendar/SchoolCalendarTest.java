package vn.edu.shcm.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;

class SchoolCalendarTest {

    private static final SchoolYear Y2025 = SchoolYear.of(2025);
    private final SchoolCalendar y2025 = SchoolCalendar.builtIn(Y2025).orElseThrow();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} from {4}")
    @CsvSource(delimiter = '|', value = {
        "2019 | 2019-09-05 | 2020-01-19 | 2020-07-14 | QĐ 2071/QĐ-BGDĐT, sửa đổi bởi QĐ 736/QĐ-BGDĐT (13/3/2020)",
        "2020 | 2020-09-05 | 2021-01-15 | 2021-05-30 | QĐ 2084/QĐ-BGDĐT (27/7/2020)",
        "2021 | 2021-09-05 | 2022-01-15 | 2022-05-30 | QĐ 2551/QĐ-BGDĐT (4/8/2021)",
        "2022 | 2022-09-05 | 2023-01-14 | 2023-05-30 | QĐ 2159/QĐ-BGDĐT (5/8/2022)",
        "2023 | 2023-09-05 | 2024-01-14 | 2024-05-30 | QĐ 2171/QĐ-BGDĐT (28/7/2023)",
        "2024 | 2024-09-05 | 2025-01-17 | 2025-05-30 | QĐ 2045/QĐ-BGDĐT (1/8/2024)",
        "2025 | 2025-09-05 | 2026-01-17 | 2026-05-30 | QĐ 2269/QĐ-BGDĐT (11/8/2025)",
    })
    void shipsTheMinistrysDates(int startYear, LocalDate start, LocalDate semester1End, LocalDate end, String source) {
        SchoolCalendar calendar = SchoolCalendar.builtIn(SchoolYear.of(startYear)).orElseThrow();
        assertEquals(SchoolYear.of(startYear), calendar.schoolYear());
        assertEquals(start, calendar.start());
        assertEquals(semester1End, calendar.semester1End());
        assertEquals(end, calendar.end());
        assertEquals(source, calendar.source());
        assertEquals(List.of(), calendar.extraHolidays());
    }

    @Test
    void knowsWhichYearsAreBuiltIn() {
        assertEquals(List.of(SchoolYear.of(2019), SchoolYear.of(2020), SchoolYear.of(2021), SchoolYear.of(2022),
                SchoolYear.of(2023), SchoolYear.of(2024), SchoolYear.of(2025)), SchoolCalendar.builtInYears());
        assertTrue(SchoolCalendar.builtIn(SchoolYear.of(2026)).isEmpty(), "no 2026-2027 decision was found");
        assertTrue(SchoolCalendar.builtIn(SchoolYear.of(2018)).isEmpty());
        assertTrue(SchoolCalendar.builtIn(SchoolYear.of(2027)).isEmpty());
    }

    @Test
    void schoolYear2019To2020RunsOnTheAmendedDatesOfQd736() {
        // QĐ 736/QĐ-BGDĐT (13/3/2020): the year ends "trước ngày 15/7/2020" instead of the standing frame's 31/5, so
        // June and early July 2020 are in semester II and 15/7/2020 is not.
        SchoolCalendar y2019 = SchoolCalendar.builtIn(SchoolYear.of(2019)).orElseThrow();
        assertEquals(1, y2019.semesterOf(d("2020-01-19")));
        assertEquals(2, y2019.semesterOf(d("2020-01-20")));
        assertEquals(2, y2019.semesterOf(d("2020-06-15")));
        assertEquals(2, y2019.semesterOf(d("2020-07-14")));
        assertEquals(0, y2019.semesterOf(d("2020-07-15")));
        assertEquals(0, y2019.semesterOf(d("2019-09-04")));
    }

    @Test
    void aCalendarFromAPlanSaysSo() {
        SchoolCalendar calendar = SchoolCalendar.of(SchoolYear.of(2019), d("2019-09-05"), d("2020-01-15"),
                d("2020-07-15"), List.of(d("2020-01-20")));
        assertEquals(SchoolCalendar.PLAN_SOURCE, calendar.source());
        assertEquals("kế hoạch", calendar.source());
        assertEquals("QĐ x", SchoolCalendar.of(SchoolYear.of(2019), d("2019-09-05"), d("2020-01-15"),
                d("2020-07-15"), List.of(), "QĐ x").source());
    }

    @ParameterizedTest
    @CsvSource({
        "2025-09-05, 2025-09-05, 2026-05-30, 2025-09-05",
        "2025-09-05, 2025-09-04, 2026-05-30, 2025-09-04",
        "2025-09-05, 2026-05-30, 2026-05-30, 2026-05-30",
        "2025-09-05, 2026-01-17, 2025-12-31, 2025-12-31",
    })
    void refusesDatesOutOfOrder(LocalDate start, LocalDate semester1End, LocalDate end, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchoolCalendar.of(Y2025, start, semester1End, end, List.of()));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void refusesDatesOfAnotherSchoolYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchoolCalendar.of(Y2025, d("2026-09-05"), d("2027-01-15"), d("2027-05-30"), List.of()));
        assertTrue(e.getMessage().contains("2026-09-05") && e.getMessage().contains("2025-2026"), e.getMessage());
    }

    @Test
    void acceptsDatesWhenEitherTheStartOrTheEndFallsInItsYear() {
        SchoolCalendar earlyStart = SchoolCalendar.of(Y2025, d("2024-12-30"), d("2026-01-17"), d("2026-05-30"),
                List.of());
        assertEquals(d("2024-12-30"), earlyStart.start());
        SchoolCalendar lateEnd = SchoolCalendar.of(Y2025, d("2025-09-05"), d("2026-01-17"), d("2027-01-05"),
                List.of());
        assertEquals(d("2027-01-05"), lateEnd.end());
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({
        "0001-01-01, 2026-01-17, 2026-05-30, start 0001-01-01",
        "1899-12-31, 2026-01-17, 2026-05-30, start 1899-12-31",
        "2025-09-05, 2026-01-17, 9999-12-31, end 9999-12-31",
        "2025-09-05, 2026-01-17, 2200-01-01, end 2200-01-01",
    })
    void refusesDatesOutsideTheYearsWhoseHolidaysAreKnown(LocalDate start, LocalDate semester1End, LocalDate end,
                                                          String named) {
        // the start-or-end rule alone would take these: working days could then not be counted in the year
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchoolCalendar.of(Y2025, start, semester1End, end, List.of()));
        assertTrue(e.getMessage().contains(named) && e.getMessage().contains("1900 to 2199"), e.getMessage());
    }

    @Test
    void theFirstAndLastYearsWhoseHolidaysAreKnownHaveWorkingDays() {
        SchoolCalendar first = SchoolCalendar.of(SchoolYear.of(1900), d("1900-09-05"), d("1901-01-15"),
                d("1901-05-30"), List.of());
        assertEquals(d("1900-11-05"), first.minusWorkingDays(d("1900-11-07"), 2));
        SchoolCalendar last = SchoolCalendar.of(SchoolYear.of(2198), d("2198-09-05"), d("2199-01-15"),
                d("2199-12-31"), List.of());
        assertTrue(last.isWorkingDay(d("2199-12-31")));
    }

    @Test
    void refusesBlankSourceAndNullHolidays() {
        assertThrows(IllegalArgumentException.class,
                () -> SchoolCalendar.of(Y2025, d("2025-09-05"), d("2026-01-17"), d("2026-05-30"), List.of(), " "));
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> SchoolCalendar.of(Y2025, d("2025-09-05"), d("2026-01-17"), d("2026-05-30"),
                        Arrays.asList(d("2026-02-16"), null)));
        assertTrue(e.getMessage().contains("[1]"), e.getMessage());
        assertThrows(NullPointerException.class,
                () -> SchoolCalendar.of(Y2025, null, d("2026-01-17"), d("2026-05-30"), List.of()));
    }

    @Test
    void copiesAndSortsItsHolidays() {
        List<LocalDate> given = new ArrayList<>(List.of(d("2026-02-23"), d("2026-02-12"), d("2026-02-23")));
        SchoolCalendar calendar = SchoolCalendar.of(Y2025, d("2025-09-05"), d("2026-01-17"), d("2026-05-30"), given);
        given.add(d("2026-03-02"));
        assertEquals(List.of(d("2026-02-12"), d("2026-02-23")), calendar.extraHolidays());
        assertThrows(UnsupportedOperationException.class, () -> calendar.extraHolidays().add(d("2026-03-02")));
    }

    @Test
    void withDatesReplacesOnlyTheGivenDatesAndKeepsTheSource() {
        SchoolCalendar changed = y2025.withDates(null, d("2026-01-10"), null);
        assertEquals(d("2025-09-05"), changed.start());
        assertEquals(d("2026-01-10"), changed.semester1End());
        assertEquals(d("2026-05-30"), changed.end());
        assertEquals(y2025.source(), changed.source());
        assertEquals(d("2026-01-17"), y2025.semester1End());
        assertEquals(y2025, y2025.withDates(null, null, null));
        assertThrows(IllegalArgumentException.class, () -> y2025.withDates(d("2026-02-01"), null, null));
    }

    @Test
    void withExtraHolidaysAddsAndNeverRemoves() {
        SchoolCalendar once = y2025.withExtraHolidays(List.of(d("2026-02-23")));
        SchoolCalendar twice = once.withExtraHolidays(List.of(d("2026-02-12"), d("2026-02-23")));
        assertEquals(List.of(d("2026-02-23")), once.extraHolidays());
        assertEquals(List.of(d("2026-02-12"), d("2026-02-23")), twice.extraHolidays());
        assertEquals(List.of(), y2025.extraHolidays());
    }

    @Test
    void aPlanCalendarWithAllDatesReplacesThemAndTheSource() {
        SchoolCalendar planned = y2025.with(new PlanCalendar(d("2025-09-04"), d("2026-01-16"), d("2026-05-31"),
                List.of(d("2026-02-23"))), SchoolCalendar.PLAN_SOURCE);
        assertEquals(SchoolCalendar.of(Y2025, d("2025-09-04"), d("2026-01-16"), d("2026-05-31"),
                List.of(d("2026-02-23"))), planned);
    }

    @Test
    void aPlanCalendarWithSomeDatesMentionsBothSources() {
        SchoolCalendar planned = y2025.with(new PlanCalendar(null, null, d("2026-05-31"), null), "kế hoạch");
        assertEquals(d("2025-09-05"), planned.start());
        assertEquals(d("2026-05-31"), planned.end());
        assertEquals("QĐ 2269/QĐ-BGDĐT (11/8/2025); kế hoạch", planned.source());
    }

    @Test
    void aPlanCalendarWithOnlyHolidaysKeepsTheDatesAndTheSource() {
        SchoolCalendar planned = y2025.with(new PlanCalendar(null, null, null, List.of(d("2026-02-23"))), "kế hoạch");
        assertEquals(y2025.withExtraHolidays(List.of(d("2026-02-23"))), planned);
        assertEquals(y2025.source(), planned.source());
    }

    @Test
    void semesterTwoStartsTheDayAfterSemesterOneEnds() {
        assertEquals(d("2026-01-18"), y2025.semester2Start());
        assertEquals(d("2025-09-05"), y2025.semesterStart(1));
        assertEquals(d("2026-01-17"), y2025.semesterEnd(1));
        assertEquals(d("2026-01-18"), y2025.semesterStart(2));
        assertEquals(d("2026-05-30"), y2025.semesterEnd(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, -1})
    void refusesOtherSemesters(int semester) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> y2025.semesterStart(semester));
        assertTrue(e.getMessage().contains(String.valueOf(semester)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> y2025.semesterEnd(semester));
    }

    @ParameterizedTest(name = "{0} is in semester {1}")
    @CsvSource({
        "2025-09-04, 0",
        "2025-09-05, 1",
        "2026-01-17, 1",
        "2026-01-18, 2",
        "2026-05-30, 2",
        "2026-05-31, 0",
    })
    void placesDatesInSemesters(LocalDate date, int semester) {
        assertEquals(semester, y2025.semesterOf(date));
        assertEquals(semester != 0, y2025.contains(date));
    }

    @Test
    void quartersOfTheYearWithTheirOverlap() {
        List<Quarter> quarters = y2025.quarters(60);
        assertEquals(List.of(
                new Quarter(2025, 3, d("2025-07-01"), d("2025-09-30"), 26, false),
                new Quarter(2025, 4, d("2025-10-01"), d("2025-12-31"), 92, true),
                new Quarter(2026, 1, d("2026-01-01"), d("2026-03-31"), 90, true),
                new Quarter(2026, 2, d("2026-04-01"), d("2026-06-30"), 60, true)), quarters);
    }

    @Test
    void aQuarterOneDayShortOfTheMinimumDoesNotCount() {
        Quarter last = y2025.withDates(null, null, d("2026-05-29")).quarters(60).get(3);
        assertEquals("Q2 2026", last.labelEn());
        assertEquals(59, last.overlapDays());
        assertFalse(last.counted());
    }

    @Test
    void aYearEndingOnAQuarterBoundaryStopsThere() {
        SchoolCalendar calendar = SchoolCalendar.of(Y2025, d("2025-10-01"), d("2026-01-17"), d("2026-03-31"),
                List.of());
        assertEquals(List.of("Q4 2025", "Q1 2026"), calendar.quarters(0).stream().map(Quarter::labelEn).toList());
        assertTrue(calendar.quarters(92).get(0).counted());
        assertFalse(calendar.quarters(92).get(1).counted());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 93})
    void refusesAnImpossibleMinimum(int minimum) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> y2025.quarters(minimum));
        assertTrue(e.getMessage().contains(String.valueOf(minimum)), e.getMessage());
    }

    @ParameterizedTest(name = "{0} is off: {1}")
    @CsvSource({
        "2025-11-08, true",  // Saturday
        "2025-11-09, true",  // Sunday
        "2025-09-02, true",  // Quốc khánh
        "2026-04-27, true",  // compensatory day for Giỗ Tổ on Sunday 26/4
        "2026-02-23, true",  // the school's extra holiday
        "2025-11-05, false", // a plain Wednesday
        "2026-02-24, false",
    })
    void tellsDaysOffFromWorkingDays(LocalDate date, boolean off) {
        SchoolCalendar calendar = y2025.withExtraHolidays(List.of(d("2026-02-23")));
        assertEquals(off, calendar.isDayOff(date));
        assertEquals(!off, calendar.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{1} working days before {0} is {2}")
    @CsvSource({
        "2023-11-08, 3, 2023-11-03", // the catalogue's example: Wednesday back over a weekend to Friday
        "2026-04-29, 3, 2026-04-23", // Monday 27/4 is the compensatory day for Giỗ Tổ
        "2025-11-05, 1, 2025-11-04",
        "2025-11-05, 0, 2025-11-05",
        "2025-09-04, 1, 2025-09-03", // 1/9 and 2/9 are off, but the day before 4/9 is a working Wednesday
        "2025-09-03, 1, 2025-08-29", // back over Quốc khánh and the weekend
    })
    void countsWorkingDaysBack(LocalDate date, int n, LocalDate expected) {
        SchoolCalendar calendar = date.getYear() == 2023 ? SchoolCalendar.builtIn(SchoolYear.of(2023)).orElseThrow()
                : y2025;
        assertEquals(expected, calendar.minusWorkingDays(date, n));
    }

    @Test
    void countsWorkingDaysBackAcrossTetWithThePlansBreak() {
        // statutory Tết 2026: 16-20/2; the school also closes 12-13/2 and 23-24/2
        SchoolCalendar plan = y2025.withExtraHolidays(
                List.of(d("2026-02-12"), d("2026-02-13"), d("2026-02-23"), d("2026-02-24")));
        assertEquals(d("2026-02-10"), plan.minusWorkingDays(d("2026-02-26"), 3));
        assertEquals(d("2026-02-23"), y2025.minusWorkingDays(d("2026-02-26"), 3));
    }

    @Test
    void refusesANegativeCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> y2025.minusWorkingDays(d("2025-11-05"), -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void equalsByValue() {
        SchoolCalendar same = SchoolCalendar.of(Y2025, d("2025-09-05"), d("2026-01-17"), d("2026-05-30"), List.of(),
                "QĐ 2269/QĐ-BGDĐT (11/8/2025)");
        assertEquals(y2025, same);
        assertEquals(y2025.hashCode(), same.hashCode());
        assertEquals(y2025.toString(), same.toString());
        assertNotEquals(y2025, SchoolCalendar.of(Y2025, d("2025-09-05"), d("2026-01-17"), d("2026-05-30"),
                List.of()));
        assertNotEquals(y2025, y2025.withExtraHolidays(List.of(d("2026-02-23"))));
        assertTrue(y2025.toString().contains("2025-2026") && y2025.toString().contains("2026-01-17"),
                y2025.toString());
    }
}
