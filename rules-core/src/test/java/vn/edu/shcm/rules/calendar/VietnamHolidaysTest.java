package vn.edu.shcm.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnamHolidaysTest {

    @ParameterizedTest(name = "mùng 1 Tết {0} is {1}")
    @CsvSource({
        "2019, 2019-02-05",
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2029, 2029-02-13",
        "2030, 2030-02-02", // China: 2030-02-03
        "2031, 2031-01-23",
        "2032, 2032-02-11",
        "2007, 2007-02-17", // China: 2007-02-18
    })
    void tetFollowsTheVietnameseLunarCalendar(int year, LocalDate expected) {
        assertEquals(expected, VietnamHolidays.tet(year));
        assertTrue(VietnamHolidays.isPublicHoliday(expected));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26",
        "2027, 2027-04-16",
    })
    void gioToIsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate expected) {
        assertEquals(expected, VietnamHolidays.gioTo(year));
        assertTrue(VietnamHolidays.isPublicHoliday(expected));
    }

    @ParameterizedTest(name = "{0}: Quốc khánh adjacent day {1}, not {2}")
    @CsvSource({
        "2021, 2021-09-03, 2021-09-01", // 2/9 Thursday
        "2022, 2022-09-01, 2022-09-03", // Friday
        "2023, 2023-09-01, 2023-09-03", // Saturday
        "2024, 2024-09-03, 2024-09-01", // Monday
        "2025, 2025-09-01, 2025-09-03", // Tuesday
    })
    void nationalDayAdjacentDayMatchesThePrimeMinistersChoices(int year, LocalDate adjacent, LocalDate other) {
        assertTrue(VietnamHolidays.of(year).contains(
                new Holiday(adjacent, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)", false)));
        assertFalse(VietnamHolidays.isPublicHoliday(other));
    }

    @Test
    void nationalDayOnSundayTakesTheMondayAsAdjacentAndTheTuesdayAsCompensation() {
        // 2/9/2029 is a Sunday
        assertEquals(List.of(LocalDate.of(2029, 9, 2), LocalDate.of(2029, 9, 3), LocalDate.of(2029, 9, 4)),
                datesIn(VietnamHolidays.of(2029), 9));
        assertTrue(holidayOn(2029, LocalDate.of(2029, 9, 4)).compensatory());
    }

    @Test
    void weekendHolidaysInARowEachGetTheirOwnWorkingDay() {
        // 30/4/2022 Saturday, 1/5/2022 Sunday
        Holiday forVictoryDay = holidayOn(2022, LocalDate.of(2022, 5, 2));
        Holiday forLabourDay = holidayOn(2022, LocalDate.of(2022, 5, 3));
        assertEquals(new Holiday(LocalDate.of(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng",
                "Compensatory day off for Reunification Day", true), forVictoryDay);
        assertEquals("Nghỉ bù Ngày Quốc tế Lao động", forLabourDay.name());
        assertTrue(forLabourDay.compensatory());
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2022, 5, 4)));
    }

    @Test
    void gioToOnSundayIsCompensatedOnMonday() {
        Holiday monday = holidayOn(2026, LocalDate.of(2026, 4, 27));
        assertEquals("Nghỉ bù Giỗ Tổ Hùng Vương", monday.name());
        assertTrue(monday.compensatory());
    }

    @Test
    void newYearOnSaturdayIsCompensatedOnTheMondayOfTheSameYear() {
        // 1/1/2022 Saturday: Sunday 2/1 stays a weekend day, Monday 3/1 is the day off
        assertTrue(holidayOn(2022, LocalDate.of(2022, 1, 3)).compensatory());
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2022, 1, 2)));
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2021, 12, 31)));
    }

    @Test
    void weekendDaysInsideTetAreCompensatedAfterTheBreak() {
        // Tết 2024: 9/2 (Fri, last lunar day) to 13/2 (Tue); Sat 10/2 and Sun 11/2 give Wed 14/2 and Thu 15/2
        List<LocalDate> february = datesIn(VietnamHolidays.of(2024), 2);
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15),
                february.stream().map(LocalDate::getDayOfMonth).toList());
        assertTrue(holidayOn(2024, LocalDate.of(2024, 2, 15)).compensatory());
    }

    @Test
    void theLastDayOfTheLunarYearIsPartOfTet() {
        Holiday lastDay = holidayOn(2026, LocalDate.of(2026, 2, 16));
        assertEquals("Tết Nguyên Đán (ngày cuối năm âm lịch)", lastDay.name());
        assertFalse(lastDay.compensatory());
        assertTrue(VietnamHolidays.isPublicHoliday(LocalDate.of(2026, 2, 20))); // mùng 4
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2026, 2, 15)));
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2026, 2, 23))); // mùng 5 is a Monday at work
    }

    @Test
    void aPlainWeekdayIsNoHoliday() {
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2025, 11, 5)));
    }

    @Test
    void listsAWholeYearSortedByDate() {
        List<Holiday> holidays = VietnamHolidays.of(2025);
        assertEquals(List.of("2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
                        "2025-02-03", "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-01", "2025-09-02"),
                holidays.stream().map(h -> h.date().toString()).toList());
        assertEquals(holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList(), holidays);
        assertEquals(List.of(LocalDate.of(2025, 2, 3)),
                holidays.stream().filter(Holiday::compensatory).map(Holiday::date).toList());
        assertThrows(UnsupportedOperationException.class, () -> holidays.remove(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2200})
    void rejectsYearsOutsideTheSupportedRange(int year) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VietnamHolidays.of(year));
        assertTrue(e.getMessage().contains(String.valueOf(year)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VietnamHolidays.tet(year));
        assertThrows(IllegalArgumentException.class, () -> VietnamHolidays.gioTo(year));
        assertThrows(IllegalArgumentException.class,
                () -> VietnamHolidays.isPublicHoliday(LocalDate.of(year, 6, 1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {VietnamHolidays.MIN_YEAR, VietnamHolidays.MAX_YEAR})
    void computesTheEdgesOfTheRange(int year) {
        LocalDate tet = VietnamHolidays.tet(year);
        assertEquals(year, tet.getYear());
        assertTrue(VietnamHolidays.isPublicHoliday(tet.minusDays(1)));
    }

    @Test
    void holidayRefusesBlankNames() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new Holiday(day, " ", "New Year's Day", false));
        assertThrows(NullPointerException.class, () -> new Holiday(day, "Tết Dương lịch", null, false));
        assertThrows(NullPointerException.class, () -> new Holiday(null, "Tết Dương lịch", "New Year's Day", false));
    }

    private static Holiday holidayOn(int year, LocalDate date) {
        return VietnamHolidays.of(year).stream().filter(h -> h.date().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no holiday on " + date));
    }

    private static List<LocalDate> datesIn(List<Holiday> holidays, int month) {
        return holidays.stream().map(Holiday::date).filter(d -> d.getMonthValue() == month).toList();
    }
}
