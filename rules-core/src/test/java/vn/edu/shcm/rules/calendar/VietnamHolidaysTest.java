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
        "2021, 2021-09-03, 2021-09-01", // 2/9 Thursday (VPCP 9895/VPCP-KGVX)
        "2022, 2022-09-01, 2022-09-03", // Friday (245/VPCP-KGVX)
        "2023, 2023-09-01, 2023-09-03", // Saturday (8056/VPCP-KGVX)
        "2024, 2024-09-03, 2024-09-01", // Monday (TB 5015/TB-LĐTBXH)
        "2025, 2025-09-01, 2025-09-03", // Tuesday (TB 6150/TB-BLĐTBXH)
        "2026, 2026-09-01, 2026-09-03", // Wednesday (TB 9441/TB-BNV)
    })
    void nationalDayAdjacentDayIsTheOfficialSchedules(int year, LocalDate adjacent, LocalDate other) {
        assertTrue(VietnamHolidays.isStatutoryHoliday(adjacent));
        assertTrue(VietnamHolidays.holiday(adjacent).orElseThrow().official());
        assertFalse(VietnamHolidays.isPublicHoliday(other));
    }

    @ParameterizedTest(name = "{0}: computed Quốc khánh adjacent day {1}, not {2}")
    @CsvSource({
        "2027, 2027-09-03, 2027-09-01", // 2/9 Thursday
        "2030, 2030-09-03, 2030-09-01", // Monday
        "2031, 2031-09-01, 2031-09-03", // Tuesday
    })
    void withoutAScheduleTheAdjacentDayFollowsTheReadingThatReproducesTheSchedules(int year, LocalDate adjacent,
                                                                                  LocalDate other) {
        assertTrue(VietnamHolidays.of(year).contains(
                new Holiday(adjacent, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)", false)));
        assertFalse(VietnamHolidays.holiday(adjacent).orElseThrow().official());
        assertFalse(VietnamHolidays.isPublicHoliday(other));
    }

    @Test
    void beforeTheLabourCodeOf2019QuocKhanhWasOneDay() {
        // 2/9/2020 a Wednesday: no adjacent day under the 2012 code (the 2019 code is in force from 1/1/2021)
        assertEquals(List.of(LocalDate.of(2020, 9, 2)), datesIn(VietnamHolidays.of(2020), 9));
    }

    @Test
    void theOfficialTetBreaksReplaceTheComputedOnes() {
        // TB 5015/TB-LĐTBXH: 8 to 14/2/2024; Thursday 15/2 a working day
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14), datesIn(VietnamHolidays.of(2024), 2).stream()
                .map(LocalDate::getDayOfMonth).toList());
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2024, 2, 15)));
        assertTrue(VietnamHolidays.holiday(LocalDate.of(2024, 2, 8)).orElseThrow().source().contains("5015"));
        // TB 6150/TB-BLĐTBXH: 25/1 to 2/2/2025 (weekdays 27 to 31/1); Monday 3/2 a working day
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2025, 2, 3)));
        assertTrue(VietnamHolidays.isPublicHoliday(LocalDate.of(2025, 1, 27)));
        // TB 9441/TB-BNV: 14 to 22/2/2026 (weekdays 16 to 20/2); Monday 23/2 a working day
        assertEquals(List.of(16, 17, 18, 19, 20), datesIn(VietnamHolidays.of(2026), 2).stream()
                .map(LocalDate::getDayOfMonth).toList());
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2026, 2, 23)));
    }

    @ParameterizedTest(name = "{0} worked, {1} off in exchange")
    @CsvSource({
        "2019-05-04, 2019-04-29",
        "2024-05-04, 2024-04-29",
        "2025-04-26, 2025-05-02",
        "2026-01-10, 2026-01-02",
        "2026-08-22, 2026-08-31",
    })
    void swappedDaysAreOffAndTheirSaturdaysWorked(LocalDate worked, LocalDate off) {
        assertTrue(VietnamHolidays.isWorkedWeekend(worked));
        Holiday swapped = VietnamHolidays.holiday(off).orElseThrow();
        assertEquals(Holiday.Kind.SWAPPED, swapped.kind());
        assertFalse(VietnamHolidays.isStatutoryHoliday(off));
        assertTrue(swapped.official());
        assertFalse(VietnamHolidays.isWorkedWeekend(worked.plusWeeks(1)));
    }

    @Test
    void everyOfficialScheduleHoldsTheLawsFixedDaysAndFiveDaysOfTet() {
        for (VietnamHolidays.Schedule s : VietnamHolidays.officialSchedules()) {
            List<LocalDate> statutory = s.daysOff().stream().filter(h -> h.kind() == Holiday.Kind.STATUTORY)
                    .map(Holiday::date).toList();
            switch (s.occasion()) {
                case NEW_YEAR -> assertTrue(statutory.contains(LocalDate.of(s.year(), 1, 1)), s::toString);
                case TET -> {
                    assertEquals(5, statutory.size(), s::toString);
                    assertTrue(statutory.contains(VietnamHolidays.tet(s.year())), s::toString);
                }
                case REUNIFICATION_LABOUR -> assertTrue(statutory.containsAll(
                        List.of(LocalDate.of(s.year(), 4, 30), LocalDate.of(s.year(), 5, 1))), s::toString);
                case NATIONAL_DAY -> assertEquals(s.year() >= 2021 ? 2 : 1, statutory.size(), s::toString);
                case GIO_TO -> assertTrue(statutory.contains(VietnamHolidays.gioTo(s.year())), s::toString);
            }
            assertFalse(s.source().isBlank());
            s.workedDays().forEach(d -> assertTrue(d.getDayOfWeek().getValue() >= 6, d::toString));
        }
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
        // Tết 2027 (no schedule yet): 5/2 (Fri, last lunar day) to 9/2 (Tue); Sat 6/2 and Sun 7/2 give Wed 10/2
        // and Thu 11/2
        List<LocalDate> february = datesIn(VietnamHolidays.of(2027), 2);
        assertEquals(List.of(5, 6, 7, 8, 9, 10, 11), february.stream().map(LocalDate::getDayOfMonth).toList());
        assertTrue(holidayOn(2027, LocalDate.of(2027, 2, 11)).compensatory());
    }

    @Test
    void theLastDayOfTheLunarYearIsPartOfTet() {
        Holiday lastDay = holidayOn(2027, LocalDate.of(2027, 2, 5));
        assertEquals("Tết Nguyên Đán (ngày cuối năm âm lịch)", lastDay.name());
        assertFalse(lastDay.compensatory());
        assertFalse(lastDay.official());
        assertTrue(VietnamHolidays.isPublicHoliday(LocalDate.of(2027, 2, 9))); // mùng 4
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2027, 2, 4)));
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2027, 2, 12))); // Friday after the break
    }

    @Test
    void aPlainWeekdayIsNoHoliday() {
        assertFalse(VietnamHolidays.isPublicHoliday(LocalDate.of(2025, 11, 5)));
    }

    @Test
    void listsAWholeYearSortedByDate() {
        List<Holiday> holidays = VietnamHolidays.of(2025);
        assertEquals(List.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                        "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
                holidays.stream().map(h -> h.date().toString()).toList());
        assertEquals(holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList(), holidays);
        assertEquals(List.of(LocalDate.of(2025, 5, 2)),
                holidays.stream().filter(h -> h.kind() == Holiday.Kind.SWAPPED).map(Holiday::date).toList());
        assertEquals(List.of(), holidays.stream().filter(Holiday::compensatory).toList());
        assertFalse(holidays.get(0).official()); // 1/1/2025: no schedule found, computed
        assertTrue(holidays.get(1).official());
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
