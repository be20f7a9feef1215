package vn.edu.shcm.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;

/**
 * Computes Vietnam's statutory public holidays (Labour Code 2019, art. 112) and their compensatory days for
 * any Gregorian year from {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 *
 * <p>The holidays of a year are: 1/1 (Tết Dương lịch); Tết Nguyên Đán, five days: the last day of the lunar
 * year and mùng 1 to mùng 4; Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month; 30/4; 1/5; Quốc khánh 2/9
 * and one adjacent day. The law leaves the adjacent day (1/9 or 3/9) to the Prime Minister each year; this
 * library reads it as 3/9 when 2/9 falls on a Sunday, Monday or Thursday and 1/9 otherwise, which reproduces
 * the decisions of 2021 to 2025.
 *
 * <p>A holiday on a Saturday or Sunday gives a compensatory day (art. 111.3): taking the holidays in date
 * order, each weekend holiday gets the first following day that is a weekday, not a holiday and not already
 * a compensatory day. Two holidays on one date (Giỗ Tổ fell on 30/4 in 1947) are both listed, and no day is
 * added for the coincidence. Every holiday of a Gregorian year and every day compensating for it fall in that
 * year (mùng 1 Tết lies between 21 January and 20 February), so each year is computed on its own. The rules
 * of today's Labour Code are applied to every year in the range: for past years the result is this law's
 * reading, not a historical record.
 *
 * <p>Lunar dates use the Vietnamese calendar (Time4J's {@code VietnameseCalendar}, UTC+7 since 1968), which
 * differs from the Chinese one in some years, e.g. mùng 1 Tết 2030 is 2 February in Vietnam and 3 February in
 * China. Time4J supports the Gregorian range 1813-02-01 to 3000-01-27; this class accepts the narrower
 * {@value #MIN_YEAR}..{@value #MAX_YEAR}, enough for any school plan. Time4J takes a noticeable time to
 * initialise, so it is loaded only when a holiday is first asked for; each year is computed once and kept.
 * The class is thread-safe.
 */
public final class VietnamHolidays {

    /** The first Gregorian year this class accepts. */
    public static final int MIN_YEAR = 1900;
    /** The last Gregorian year this class accepts. */
    public static final int MAX_YEAR = 2199;

    private static final ConcurrentMap<Integer, Year> YEARS = new ConcurrentHashMap<>();

    private VietnamHolidays() {
    }

    /**
     * Returns the public holidays and compensatory days of a Gregorian year, sorted by date.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static List<Holiday> of(int gregorianYear) {
        return year(gregorianYear).holidays();
    }

    /**
     * Tells whether a date is a public holiday or a compensatory day.
     *
     * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static boolean isPublicHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return year(date.getYear()).dates().contains(date);
    }

    /**
     * Returns mùng 1 Tết (the first day of the lunar year) that falls in a Gregorian year.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static LocalDate tet(int gregorianYear) {
        return Lunar.tet(checkYear(gregorianYear));
    }

    /**
     * Returns Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) of a Gregorian year.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static LocalDate gioTo(int gregorianYear) {
        return Lunar.gioTo(checkYear(gregorianYear));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "Vietnamese holidays are known for the years " + MIN_YEAR + " to " + MAX_YEAR + ", not " + year);
        }
        return year;
    }

    private static Year year(int gregorianYear) {
        return YEARS.computeIfAbsent(checkYear(gregorianYear), VietnamHolidays::compute);
    }

    private static Year compute(int y) {
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(y, 1, 1), "Tết Dương lịch", "New Year's Day"));
        LocalDate tet = Lunar.tet(y);
        holidays.add(holiday(tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm âm lịch)",
                "Lunar New Year (last day of the lunar year)"));
        for (int day = 1; day <= 4; day++) {
            holidays.add(holiday(tet.plusDays(day - 1L), "Tết Nguyên Đán (mùng " + day + ")",
                    "Lunar New Year (day " + day + ")"));
        }
        holidays.add(holiday(Lunar.gioTo(y), "Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"));
        holidays.add(holiday(LocalDate.of(y, 4, 30), "Ngày Chiến thắng", "Reunification Day"));
        holidays.add(holiday(LocalDate.of(y, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day"));
        LocalDate nationalDay = LocalDate.of(y, 9, 2);
        holidays.add(holiday(nationalDay, "Quốc khánh", "National Day"));
        holidays.add(holiday(nationalDayAdjacent(nationalDay), "Quốc khánh (ngày liền kề)",
                "National Day (adjacent day)"));
        holidays.sort(Comparator.comparing(Holiday::date));

        Set<LocalDate> daysOff = new HashSet<>();
        holidays.forEach(h -> daysOff.add(h.date()));
        List<Holiday> all = new ArrayList<>(holidays);
        for (Holiday h : holidays) {
            if (isWeekend(h.date())) {
                LocalDate day = h.date().plusDays(1);
                while (isWeekend(day) || daysOff.contains(day)) {
                    day = day.plusDays(1);
                }
                daysOff.add(day);
                all.add(new Holiday(day, "Nghỉ bù " + h.name(), "Compensatory day off for " + h.nameEn(), true));
            }
        }
        all.sort(Comparator.comparing(Holiday::date));
        return new Year(List.copyOf(all), Set.copyOf(daysOff));
    }

    /** 3/9 when 2/9 is a Sunday, Monday or Thursday, otherwise 1/9: this library's reading, see the class doc. */
    private static LocalDate nationalDayAdjacent(LocalDate nationalDay) {
        return switch (nationalDay.getDayOfWeek()) {
            case SUNDAY, MONDAY, THURSDAY -> nationalDay.plusDays(1);
            default -> nationalDay.minusDays(1);
        };
    }

    private static Holiday holiday(LocalDate date, String name, String nameEn) {
        return new Holiday(date, name, nameEn, false);
    }

    /** One Gregorian year's holidays, and their dates for look-up. */
    private record Year(List<Holiday> holidays, Set<LocalDate> dates) {
    }

    /** The only place that touches Time4J: the JVM loads it, and so Time4J, on the first lunar date asked for. */
    private static final class Lunar {

        private Lunar() {
        }

        static LocalDate tet(int gregorianYear) {
            return toLocalDate(VietnameseCalendar.ofTet(gregorianYear));
        }

        static LocalDate gioTo(int gregorianYear) {
            return toLocalDate(VietnameseCalendar.of(
                    EastAsianYear.forGregorian(gregorianYear), EastAsianMonth.valueOf(3), 10));
        }

        private static LocalDate toLocalDate(VietnameseCalendar date) {
            return date.transform(PlainDate.axis()).toTemporalAccessor();
        }
    }
}
