package vn.edu.shcm.rules.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;
import vn.edu.shcm.rules.internal.json.JsonSupport;

/**
 * Knows Vietnam's days off besides weekends for any Gregorian year from {@value #MIN_YEAR} to {@value #MAX_YEAR}:
 * the government's official schedule where the library ships it, the Labour Code's rule computed otherwise.
 *
 * <p><b>Official schedules.</b> Each year the government announces where the days off of each occasion fall (Tết
 * Dương lịch, Tết Nguyên Đán, Giỗ Tổ, 30/4–1/5, Quốc khánh): which days count as the holidays, the compensatory
 * days, and working days swapped for a Saturday that is then worked. The library ships these schedules, with the
 * notice or letter each comes from, for the occasions found (2019 to 2026, see {@link #officialSchedules()}); for
 * such an occasion they replace the computed days, and the Saturdays worked are working days
 * ({@link #isWorkedWeekend(LocalDate)}). Every {@link Holiday} says which it is ({@link Holiday#official()},
 * {@link Holiday#source()}).
 *
 * <p><b>The computed rule</b>, for every other occasion and year: 1/1 (Tết Dương lịch); Tết Nguyên Đán, five days:
 * the last day of the lunar year and mùng 1 to mùng 4; Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month;
 * 30/4; 1/5; Quốc khánh 2/9 and, from 2021 (Labour Code 2019, in force 1/1/2021; the 2012 code gave one day), one
 * adjacent day, read as 3/9 when 2/9 falls on a Sunday, Monday or Thursday and 1/9 otherwise (which reproduces the
 * schedules of 2021 to 2026). A holiday on a Saturday or Sunday gives a compensatory day (art. 111.3): taking the
 * holidays in date order, each weekend holiday gets the first following day that is a weekday, not a holiday and
 * not already a compensatory day. For past years without a schedule the result is this reading, not a record.
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

    /** The first year of the Labour Code 2019 and its two-day Quốc khánh. */
    private static final int LABOUR_CODE_2019 = 2021;

    private static final ConcurrentMap<Integer, Year> YEARS = new ConcurrentHashMap<>();

    private VietnamHolidays() {
    }

    /** The occasions of the year whose days off the government schedules. */
    public enum Occasion {
        /** Tết Dương lịch, 1/1. */
        NEW_YEAR,
        /** Tết Nguyên Đán. */
        TET,
        /** Giỗ Tổ Hùng Vương, 10/3 lunar. */
        GIO_TO,
        /** Ngày Chiến thắng 30/4 and Ngày Quốc tế Lao động 1/5. */
        REUNIFICATION_LABOUR,
        /** Quốc khánh, 2/9 and its adjacent day. */
        NATIONAL_DAY
    }

    /**
     * One official schedule: an occasion's days off in one year, as the government announced them.
     *
     * @param year the Gregorian year
     * @param occasion the occasion
     * @param daysOff its days off, weekend days included where they are statutory, sorted
     * @param workedDays the weekend days worked in exchange for a swapped day, sorted
     * @param source the notice or letter, with its number and date
     * @param url where the library's authors read it
     */
    public record Schedule(int year, Occasion occasion, List<Holiday> daysOff, List<LocalDate> workedDays,
                           String source, String url) {

        /** Copies the lists. */
        public Schedule {
            Objects.requireNonNull(occasion, "occasion");
            daysOff = List.copyOf(daysOff);
            workedDays = List.copyOf(workedDays);
            Objects.requireNonNull(source, "source");
        }
    }

    /** Returns every official schedule the library ships, by year and occasion. */
    public static List<Schedule> officialSchedules() {
        return Official.SCHEDULES;
    }

    /**
     * Returns the days off of a Gregorian year besides weekends (statutory holidays, compensatory and swapped days),
     * sorted by date: the official schedule's for the occasions that have one, computed for the others.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static List<Holiday> of(int gregorianYear) {
        return year(gregorianYear).holidays();
    }

    /**
     * Tells whether a date is a day off besides the weekend: a public holiday, a compensatory day or a swapped day.
     *
     * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static boolean isPublicHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return year(date.getYear()).byDate().containsKey(date);
    }

    /**
     * Tells whether a date is one of the Labour Code's public holidays themselves (not a compensatory or swapped
     * day), which no calendar can make a working day.
     *
     * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static boolean isStatutoryHoliday(LocalDate date) {
        return holiday(date).map(h -> h.kind() == Holiday.Kind.STATUTORY).orElse(false);
    }

    /**
     * Returns the day off on a date, if it is one besides the weekend, saying whether it is official or computed.
     *
     * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static Optional<Holiday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    /**
     * Tells whether a date is a Saturday or Sunday that the official schedule makes a working day, in exchange for a
     * swapped day off.
     *
     * @throws IllegalArgumentException if the date's year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static boolean isWorkedWeekend(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Official.WORKED.contains(date); // the schedules alone: no lunar date, so Time4J stays unloaded
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
        Map<Occasion, List<Holiday>> computed = computed(y);
        List<Holiday> all = new ArrayList<>();
        for (Occasion occasion : Occasion.values()) {
            Schedule official = Official.BY_YEAR.get(y + ":" + occasion);
            all.addAll(official == null ? computed.get(occasion) : official.daysOff());
        }
        all.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::kind));
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        all.forEach(h -> byDate.putIfAbsent(h.date(), h));
        return new Year(List.copyOf(all), Map.copyOf(byDate));
    }

    /** The Labour Code's rule: each occasion's holidays and the compensatory days for them. */
    private static Map<Occasion, List<Holiday>> computed(int y) {
        Map<Occasion, List<Holiday>> byOccasion = new EnumMap<>(Occasion.class);
        for (Occasion o : Occasion.values()) {
            byOccasion.put(o, new ArrayList<>());
        }
        byOccasion.get(Occasion.NEW_YEAR).add(holiday(LocalDate.of(y, 1, 1), "Tết Dương lịch", "New Year's Day"));
        LocalDate tet = Lunar.tet(y);
        byOccasion.get(Occasion.TET).add(holiday(tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm âm lịch)",
                "Lunar New Year (last day of the lunar year)"));
        for (int day = 1; day <= 4; day++) {
            byOccasion.get(Occasion.TET).add(holiday(tet.plusDays(day - 1L), "Tết Nguyên Đán (mùng " + day + ")",
                    "Lunar New Year (day " + day + ")"));
        }
        byOccasion.get(Occasion.GIO_TO).add(holiday(Lunar.gioTo(y), "Giỗ Tổ Hùng Vương",
                "Hung Kings' Commemoration Day"));
        byOccasion.get(Occasion.REUNIFICATION_LABOUR).add(holiday(LocalDate.of(y, 4, 30), "Ngày Chiến thắng",
                "Reunification Day"));
        byOccasion.get(Occasion.REUNIFICATION_LABOUR).add(holiday(LocalDate.of(y, 5, 1), "Ngày Quốc tế Lao động",
                "International Labour Day"));
        LocalDate nationalDay = LocalDate.of(y, 9, 2);
        byOccasion.get(Occasion.NATIONAL_DAY).add(holiday(nationalDay, "Quốc khánh", "National Day"));
        if (y >= LABOUR_CODE_2019) {
            byOccasion.get(Occasion.NATIONAL_DAY).add(holiday(nationalDayAdjacent(nationalDay),
                    "Quốc khánh (ngày liền kề)", "National Day (adjacent day)"));
        }
        List<Map.Entry<Occasion, Holiday>> holidays = new ArrayList<>();
        byOccasion.forEach((o, hs) -> hs.forEach(h -> holidays.add(Map.entry(o, h))));
        holidays.sort(Comparator.comparing(e -> e.getValue().date()));
        Set<LocalDate> daysOff = new HashSet<>();
        holidays.forEach(e -> daysOff.add(e.getValue().date()));
        for (Map.Entry<Occasion, Holiday> e : holidays) {
            Holiday h = e.getValue();
            if (isWeekend(h.date())) {
                LocalDate day = h.date().plusDays(1);
                while (isWeekend(day) || daysOff.contains(day)) {
                    day = day.plusDays(1);
                }
                daysOff.add(day);
                byOccasion.get(e.getKey()).add(new Holiday(day, "Nghỉ bù " + h.name(),
                        "Compensatory day off for " + h.nameEn(), true));
            }
        }
        return byOccasion;
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

    /** One Gregorian year's days off, and by date for look-up. */
    private record Year(List<Holiday> holidays, Map<LocalDate, Holiday> byDate) {
    }

    /** The official schedules shipped in {@value #RESOURCE}, read once, on first use. */
    private static final class Official {

        static final String RESOURCE = "/vn/edu/shcm/rules/calendar/holiday-schedules.json";

        static final List<Schedule> SCHEDULES;
        static final Map<String, Schedule> BY_YEAR;
        static final Set<LocalDate> WORKED;

        static {
            List<Schedule> schedules = read();
            Map<String, Schedule> byYear = new HashMap<>();
            for (Schedule s : schedules) {
                if (byYear.put(s.year() + ":" + s.occasion(), s) != null) {
                    throw new IllegalStateException(RESOURCE + " has two schedules of " + s.occasion() + " "
                            + s.year());
                }
            }
            SCHEDULES = List.copyOf(schedules);
            BY_YEAR = Map.copyOf(byYear);
            Set<LocalDate> worked = new HashSet<>();
            schedules.forEach(s -> worked.addAll(s.workedDays()));
            WORKED = Set.copyOf(worked);
        }

        private Official() {
        }

        private static List<Schedule> read() {
            try (InputStream in = VietnamHolidays.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                List<Schedule> out = new ArrayList<>();
                for (JsonNode s : JsonSupport.mapper().readTree(in).get("schedules")) {
                    int year = s.get("year").intValue();
                    Occasion occasion = Occasion.valueOf(s.get("occasion").textValue());
                    String source = s.get("source").textValue();
                    List<Holiday> days = new ArrayList<>();
                    for (JsonNode d : s.get("daysOff")) {
                        LocalDate date = LocalDate.parse(d.get("date").textValue());
                        Holiday.Kind kind = Holiday.Kind.valueOf(d.get("kind").textValue());
                        if (date.getYear() != year) {
                            throw new IllegalStateException(RESOURCE + ": " + date + " is not in " + year);
                        }
                        days.add(new Holiday(date, name(occasion, kind, true), name(occasion, kind, false), kind,
                                source));
                    }
                    days.sort(Comparator.comparing(Holiday::date));
                    List<LocalDate> worked = new ArrayList<>();
                    for (JsonNode w : s.get("workedDays")) {
                        LocalDate date = LocalDate.parse(w.textValue());
                        if (!isWeekend(date)) {
                            throw new IllegalStateException(RESOURCE + ": worked day " + date + " is no weekend day");
                        }
                        worked.add(date);
                    }
                    worked.sort(Comparator.naturalOrder());
                    out.add(new Schedule(year, occasion, days, worked, source, s.path("url").asText(null)));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        private static String name(Occasion occasion, Holiday.Kind kind, boolean vietnamese) {
            String base = switch (occasion) {
                case NEW_YEAR -> vietnamese ? "Tết Dương lịch" : "New Year's Day";
                case TET -> vietnamese ? "Tết Nguyên Đán" : "Lunar New Year";
                case GIO_TO -> vietnamese ? "Giỗ Tổ Hùng Vương" : "Hung Kings' Commemoration Day";
                case REUNIFICATION_LABOUR -> vietnamese ? "Ngày Chiến thắng và Quốc tế Lao động"
                        : "Reunification Day and International Labour Day";
                case NATIONAL_DAY -> vietnamese ? "Quốc khánh" : "National Day";
            };
            return switch (kind) {
                case STATUTORY -> base;
                case COMPENSATORY -> vietnamese ? "Nghỉ bù " + base : "Compensatory day off for " + base;
                case SWAPPED -> vietnamese ? "Nghỉ hoán đổi dịp " + base : "Swapped day off around " + base;
            };
        }
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
