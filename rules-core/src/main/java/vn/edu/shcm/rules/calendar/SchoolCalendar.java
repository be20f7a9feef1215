package vn.edu.shcm.rules.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Holds a school year's dates (start, end of semester I, end), its extra days off and working days, and does the date
 * arithmetic the rules need: semesters, calendar quarters and working days.
 *
 * <p>Semester I runs from {@link #start()} to {@link #semester1End()}, semester II from the next day to
 * {@link #end()}, all inclusive. A day off is a Saturday or Sunday (unless the official schedule works it), a day
 * off of {@link VietnamHolidays} (the year's official schedule where known: statutory holidays, compensatory and
 * swapped days) or one of the {@link #extraHolidays()}; {@link #workingDays()} are worked although they would be
 * days off, and can never be statutory holidays. {@link #source()} says where the dates come from.
 *
 * <p>The dates must be in order (start &lt; semester-I end &lt; end) and belong to the school year: this class
 * asks only that the start fall in the year's first calendar year or the end in its second, which catches a
 * plan that names the wrong year without judging the length of a year. They must also lie in the years whose
 * holidays {@link VietnamHolidays} knows ({@value VietnamHolidays#MIN_YEAR} to {@value VietnamHolidays#MAX_YEAR}),
 * so that every working-day question about a day of the school year has an answer. Instances are immutable and
 * thread-safe; the {@code with...} methods return new ones.
 */
public final class SchoolCalendar {

    /** The {@link #source()} of dates that a plan gives: {@code kế hoạch}. */
    public static final String PLAN_SOURCE = "kế hoạch";

    private final SchoolYear schoolYear;
    private final LocalDate start;
    private final LocalDate semester1End;
    private final LocalDate end;
    private final List<LocalDate> extraHolidays;
    private final List<LocalDate> workingDays;
    private final String source;

    private SchoolCalendar(SchoolYear schoolYear, LocalDate start, LocalDate semester1End, LocalDate end,
            Collection<LocalDate> extraHolidays, Collection<LocalDate> workingDays, String source) {
        this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
        this.start = Objects.requireNonNull(start, "start");
        this.semester1End = Objects.requireNonNull(semester1End, "semester1End");
        this.end = Objects.requireNonNull(end, "end");
        this.extraHolidays = sortedCopy(extraHolidays, "extraHolidays");
        this.workingDays = sortedCopy(workingDays, "workingDays");
        this.source = checkSource(source);
        for (LocalDate day : this.workingDays) {
            if (day.getYear() >= VietnamHolidays.MIN_YEAR && day.getYear() <= VietnamHolidays.MAX_YEAR
                    && VietnamHolidays.isStatutoryHoliday(day)) {
                throw new IllegalArgumentException("working day " + day + " is a statutory public holiday ("
                        + VietnamHolidays.holiday(day).map(Holiday::nameEn).orElse("") + "), which cannot be worked");
            }
            if (Collections.binarySearch(this.extraHolidays, day) >= 0) {
                throw new IllegalArgumentException(day + " is both a working day and a day off");
            }
        }
        checkKnownYears("start", start);
        checkKnownYears("semester1End", semester1End);
        checkKnownYears("end", end);
        if (!start.isBefore(semester1End) || !semester1End.isBefore(end)) {
            throw new IllegalArgumentException("school-year dates must be in order start < semester-I end < end, not "
                    + start + ", " + semester1End + ", " + end);
        }
        if (start.getYear() != schoolYear.startYear() && end.getYear() != schoolYear.endYear()) {
            throw new IllegalArgumentException("dates " + start + " to " + end + " do not belong to school year "
                    + schoolYear + ": the start must fall in " + schoolYear.startYear() + " or the end in "
                    + schoolYear.endYear());
        }
    }

    /**
     * Returns the Ministry's dates for a school year, if this library ships them (see {@link #builtInYears()} and
     * {@link SchoolCalendars#builtIn()}).
     */
    public static Optional<SchoolCalendar> builtIn(SchoolYear year) {
        Objects.requireNonNull(year, "year");
        return SchoolCalendars.builtIn().stream().filter(c -> c.schoolYear.equals(year)).findFirst();
    }

    /** Returns the school years that have built-in dates, in order. */
    public static List<SchoolYear> builtInYears() {
        return SchoolCalendars.builtIn().stream().map(SchoolCalendar::schoolYear).toList();
    }

    /**
     * Returns a calendar of dates that a plan gives, with {@link #PLAN_SOURCE} as its source.
     *
     * @throws IllegalArgumentException if the dates are out of order, do not belong to the school year or lie
     *     outside the years whose holidays are known
     */
    public static SchoolCalendar of(SchoolYear year, LocalDate start, LocalDate semester1End, LocalDate end,
            Collection<LocalDate> extraHolidays) {
        return of(year, start, semester1End, end, extraHolidays, PLAN_SOURCE);
    }

    /**
     * Returns a calendar of the given dates, naming where they come from.
     *
     * @param source where the dates come from, e.g. a decision's number, or {@link #PLAN_SOURCE}
     * @throws IllegalArgumentException if the dates are out of order, do not belong to the school year or lie
     *     outside the years whose holidays are known, or the source is blank
     */
    public static SchoolCalendar of(SchoolYear year, LocalDate start, LocalDate semester1End, LocalDate end,
            Collection<LocalDate> extraHolidays, String source) {
        return new SchoolCalendar(year, start, semester1End, end, extraHolidays, List.of(), source);
    }

    /**
     * Returns a calendar of the given dates, days off and working days, naming where they come from.
     *
     * @param workingDays days worked although they would be days off or weekends (a Saturday worked for a swapped
     *     day, a compensatory day not given); never a statutory public holiday
     * @throws IllegalArgumentException if the dates are out of order, do not belong to the school year or lie
     *     outside the years whose holidays are known, the source is blank, a working day is a statutory holiday or
     *     also a day off
     */
    public static SchoolCalendar of(SchoolYear year, LocalDate start, LocalDate semester1End, LocalDate end,
            Collection<LocalDate> extraHolidays, Collection<LocalDate> workingDays, String source) {
        return new SchoolCalendar(year, start, semester1End, end, extraHolidays, workingDays, source);
    }

    /**
     * Returns a copy with other dates; a null argument keeps the current date. The source is kept: use
     * {@link #with(PlanCalendar, String)} to record where new dates come from.
     *
     * @throws IllegalArgumentException if the resulting dates are out of order or leave the school year
     */
    public SchoolCalendar withDates(LocalDate start, LocalDate semester1End, LocalDate end) {
        return new SchoolCalendar(schoolYear, orElse(start, this.start), orElse(semester1End, this.semester1End),
                orElse(end, this.end), extraHolidays, workingDays, source);
    }

    /** Returns a copy with more days off: the given ones on top of the current ones. */
    public SchoolCalendar withExtraHolidays(Collection<LocalDate> holidays) {
        return new SchoolCalendar(schoolYear, start, semester1End, end, union(extraHolidays, holidays), workingDays,
                source);
    }

    /**
     * Returns a copy with more working days: the given ones on top of the current ones.
     *
     * @throws IllegalArgumentException if one is a statutory public holiday or a day off of this calendar
     */
    public SchoolCalendar withWorkingDays(Collection<LocalDate> days) {
        return new SchoolCalendar(schoolYear, start, semester1End, end, extraHolidays, union(workingDays, days),
                source);
    }

    /**
     * Returns a copy with a plan's calendar applied: its non-null dates replace the current ones and its
     * holidays and working days are added. The source becomes {@code source} when the plan gives all three dates, stays as it is
     * when the plan gives none, and becomes {@code "<current>; <source>"} when it gives some.
     *
     * @param source where the plan's dates come from, usually {@link #PLAN_SOURCE}
     * @throws IllegalArgumentException if the resulting dates are out of order or leave the school year
     */
    public SchoolCalendar with(PlanCalendar planCalendar, String source) {
        Objects.requireNonNull(planCalendar, "planCalendar");
        checkSource(source);
        long given = Stream.of(planCalendar.start(), planCalendar.semester1End(), planCalendar.end())
                .filter(Objects::nonNull).count();
        String newSource = given == 3 ? source : given == 0 ? this.source : this.source + "; " + source;
        return new SchoolCalendar(schoolYear, orElse(planCalendar.start(), start),
                orElse(planCalendar.semester1End(), semester1End), orElse(planCalendar.end(), end),
                union(extraHolidays, planCalendar.holidays()), union(workingDays, planCalendar.workingDays()), newSource);
    }

    /** Returns the school year. */
    public SchoolYear schoolYear() {
        return schoolYear;
    }

    /** Returns the first day of the school year and of semester I. */
    public LocalDate start() {
        return start;
    }

    /** Returns the last day of semester I. */
    public LocalDate semester1End() {
        return semester1End;
    }

    /** Returns the first day of semester II, the day after {@link #semester1End()}. */
    public LocalDate semester2Start() {
        return semester1End.plusDays(1);
    }

    /** Returns the last day of the school year and of semester II. */
    public LocalDate end() {
        return end;
    }

    /** Returns the days off on top of the year's official ones, sorted, without repeats, unmodifiable. */
    public List<LocalDate> extraHolidays() {
        return extraHolidays;
    }

    /**
     * Returns the days worked although they would be days off or weekends, sorted, without repeats, unmodifiable
     * (the official schedule's Saturdays worked are working days without being listed here).
     */
    public List<LocalDate> workingDays() {
        return workingDays;
    }

    /** Returns where the dates come from, e.g. {@code QĐ 2269/QĐ-BGDĐT (11/8/2025)} or {@link #PLAN_SOURCE}. */
    public String source() {
        return source;
    }

    /** Tells whether the date lies in the school year, both ends included. */
    public boolean contains(LocalDate date) {
        return semesterOf(date) != 0;
    }

    /** Returns the semester the date lies in: 1, 2, or 0 when it is outside the school year. */
    public int semesterOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(start) || date.isAfter(end)) {
            return 0;
        }
        return date.isAfter(semester1End) ? 2 : 1;
    }

    /**
     * Returns the first day of semester 1 or 2.
     *
     * @throws IllegalArgumentException for a semester other than 1 or 2
     */
    public LocalDate semesterStart(int semester) {
        return checkSemester(semester) == 1 ? start : semester2Start();
    }

    /**
     * Returns the last day of semester 1 or 2.
     *
     * @throws IllegalArgumentException for a semester other than 1 or 2
     */
    public LocalDate semesterEnd(int semester) {
        return checkSemester(semester) == 1 ? semester1End : end;
    }

    /**
     * Returns every calendar quarter that overlaps the school year, in order, each with its overlap in days
     * (both ends included) and counted when the overlap is at least {@code minOverlapDays}.
     *
     * @throws IllegalArgumentException if {@code minOverlapDays} is outside 0..92 (the longest quarter)
     */
    public List<Quarter> quarters(int minOverlapDays) {
        if (minOverlapDays < 0 || minOverlapDays > 92) {
            throw new IllegalArgumentException("minOverlapDays must be 0 to 92, not " + minOverlapDays);
        }
        List<Quarter> quarters = new ArrayList<>();
        int year = start.getYear();
        int quarter = (start.getMonthValue() + 2) / 3;
        for (LocalDate first = Quarter.firstDay(year, quarter); !first.isAfter(end);
                first = first.plusMonths(3)) {
            LocalDate last = first.plusMonths(3).minusDays(1);
            LocalDate from = first.isAfter(start) ? first : start;
            LocalDate to = last.isBefore(end) ? last : end;
            int overlap = (int) ChronoUnit.DAYS.between(from, to) + 1;
            quarters.add(new Quarter(first.getYear(), (first.getMonthValue() + 2) / 3, first, last, overlap,
                    overlap >= minOverlapDays));
        }
        return List.copyOf(quarters);
    }

    /**
     * Tells whether the date is a day off: one of this calendar's {@link #extraHolidays()}; else not when it is one of
     * its {@link #workingDays()} or a weekend day the official schedule makes a working day; else a Saturday, a
     * Sunday, or a day off of {@link VietnamHolidays} (a statutory holiday, a compensatory or a swapped day).
     *
     * @throws IllegalArgumentException if the date needs the holidays of a year that {@link VietnamHolidays} does
     *     not know
     */
    public boolean isDayOff(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (Collections.binarySearch(extraHolidays, date) >= 0) {
            return true;
        }
        if (!workingDays.isEmpty() && Collections.binarySearch(workingDays, date) >= 0) {
            return false;
        }
        if (VietnamHolidays.isWeekend(date)) {
            return !VietnamHolidays.isWorkedWeekend(date);
        }
        return VietnamHolidays.isPublicHoliday(date);
    }

    /** Tells whether the date is a working day, that is, not a day off (see {@link #isDayOff(LocalDate)}). */
    public boolean isWorkingDay(LocalDate date) {
        return !isDayOff(date);
    }

    /**
     * Returns the n-th working day strictly before the date, counting back; the date itself for n = 0. For
     * "03 days before D, not counting days off" this gives the latest allowed date.
     *
     * @throws IllegalArgumentException if n is negative, or the date or a day counted lies in a year whose
     *     holidays {@link VietnamHolidays} does not know
     */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("the number of working days must be >= 0, not " + n);
        }
        LocalDate day = date;
        for (int left = n; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolCalendar c
                && schoolYear.equals(c.schoolYear)
                && start.equals(c.start)
                && semester1End.equals(c.semester1End)
                && end.equals(c.end)
                && extraHolidays.equals(c.extraHolidays)
                && workingDays.equals(c.workingDays)
                && source.equals(c.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schoolYear, start, semester1End, end, extraHolidays, workingDays, source);
    }

    @Override
    public String toString() {
        return "SchoolCalendar[" + schoolYear + ": " + start + " to " + semester1End + " / " + semester2Start()
                + " to " + end + ", extraHolidays=" + extraHolidays + ", workingDays=" + workingDays + ", source="
                + source + "]";
    }

    private static List<LocalDate> union(List<LocalDate> current, Collection<LocalDate> more) {
        List<LocalDate> all = new ArrayList<>(current);
        all.addAll(sortedCopy(more, "days"));
        return all;
    }

    private static List<LocalDate> sortedCopy(Collection<LocalDate> dates, String what) {
        Objects.requireNonNull(dates, what);
        TreeSet<LocalDate> sorted = new TreeSet<>();
        int i = 0;
        for (LocalDate date : dates) {
            if (date == null) {
                throw new NullPointerException(what + "[" + i + "] is null");
            }
            sorted.add(date);
            i++;
        }
        return List.copyOf(sorted);
    }

    private static String checkSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("the source of school-year dates must not be blank, not \"" + source + "\"");
        }
        return source;
    }

    /** Refuses a school-year date in a year whose holidays are unknown: its working days could not be counted. */
    private static void checkKnownYears(String name, LocalDate date) {
        if (date.getYear() < VietnamHolidays.MIN_YEAR || date.getYear() > VietnamHolidays.MAX_YEAR) {
            throw new IllegalArgumentException("school-year date " + name + " " + date + " is outside the years "
                    + VietnamHolidays.MIN_YEAR + " to " + VietnamHolidays.MAX_YEAR + " whose holidays are known");
        }
    }

    private static int checkSemester(int semester) {
        if (semester != 1 && semester != 2) {
            throw new IllegalArgumentException("semester must be 1 or 2, not " + semester);
        }
        return semester;
    }

    private static <T> T orElse(T value, T current) {
        return value != null ? value : current;
    }
}
