package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.calendar.VietnamHolidays;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Finds the school calendar of a plan: the caller's for the plan's year, else the built-in one, with the
 * plan's own {@code calendar} applied on top; a year with none of these is an input error, never a guess.
 */
public final class CalendarResolver {

    private CalendarResolver() {
    }

    /**
     * Resolves the calendar.
     *
     * @throws InvalidPlanException if the year has no calendar, or the plan's dates are inconsistent or lie
     *     outside the years whose holidays are known
     */
    public static SchoolCalendar resolve(Plan plan, Map<SchoolYear, SchoolCalendar> callerCalendars) {
        SchoolYear year = plan.schoolYear();
        SchoolCalendar base = callerCalendars.get(year);
        if (base == null) {
            base = SchoolCalendar.builtIn(year).orElse(null);
        }
        PlanCalendar own = plan.calendar();
        List<PlanProblem> problems = new ArrayList<>();
        if (own != null) {
            unknownYears(problems, own.start(), "start");
            unknownYears(problems, own.semester1End(), "semester1End");
            unknownYears(problems, own.end(), "end");
            for (int i = 0; i < own.workingDays().size(); i++) {
                LocalDate day = own.workingDays().get(i);
                if (day != null && day.getYear() >= VietnamHolidays.MIN_YEAR && day.getYear() <= VietnamHolidays.MAX_YEAR
                        && VietnamHolidays.isStatutoryHoliday(day)) {
                    String name = VietnamHolidays.holiday(day).map(h -> h.name()).orElse("");
                    String nameEn = VietnamHolidays.holiday(day).map(h -> h.nameEn()).orElse("");
                    problems.add(new PlanProblem(Pointers.index("/calendar/workingDays", i),
                            "Ngày " + day + " là ngày nghỉ lễ theo Bộ luật Lao động (" + name
                                    + "), không thể là ngày làm việc.",
                            "Day " + day + " is a statutory public holiday (" + nameEn
                                    + "), which cannot be a working day.", day.toString()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        try {
            if (base != null) {
                return own == null ? base : base.with(own, "kế hoạch " + plan.id());
            }
            if (own == null) {
                String known = knownYears(callerCalendars);
                problems.add(new PlanProblem("/calendar",
                        "Năm học " + year + " chưa có lịch năm học (các năm đã biết: " + known + "). Cho lịch bằng một "
                                + "trong ba cách: khai báo \"calendar\" trong kế hoạch với \"start\", \"semester1End\" "
                                + "và \"end\"; dùng tệp lịch với shcm-check --calendars TỆP; hoặc trong Java "
                                + "Checker.builder().calendars(SchoolCalendars.read(tệp)).",
                        "School year " + year + " has no school calendar (known: " + known + "). Give one in any of "
                                + "three ways: a \"calendar\" in the plan with \"start\", \"semester1End\" and "
                                + "\"end\"; a calendar file with shcm-check --calendars FILE; or, from Java, "
                                + "Checker.builder().calendars(SchoolCalendars.read(file)).",
                        year.toString()));
            } else {
                missing(problems, own.start() == null, "start", year);
                missing(problems, own.semester1End() == null, "semester1End", year);
                missing(problems, own.end() == null, "end", year);
            }
            if (!problems.isEmpty()) {
                throw new InvalidPlanException(null, problems);
            }
            return SchoolCalendar.of(year, own.start(), own.semester1End(), own.end(), own.holidays(),
                    own.workingDays(), "kế hoạch " + plan.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidPlanException(null, List.of(new PlanProblem("/calendar",
                    "Lịch năm học của kế hoạch không hợp lệ: " + e.getMessage(),
                    "The plan's calendar is invalid: " + e.getMessage(), null)));
        }
    }

    /**
     * Reports a school-year date in a year whose statutory holidays the library does not know: working days could
     * not be counted in it, and no real school year lies there.
     */
    private static void unknownYears(List<PlanProblem> problems, LocalDate date, String field) {
        if (date != null && (date.getYear() < VietnamHolidays.MIN_YEAR || date.getYear() > VietnamHolidays.MAX_YEAR)) {
            problems.add(new PlanProblem("/calendar/" + field,
                    "Ngày \"" + field + "\" của lịch năm học (" + date + ") nằm ngoài các năm "
                            + VietnamHolidays.MIN_YEAR + "–" + VietnamHolidays.MAX_YEAR
                            + " mà thư viện biết ngày nghỉ lễ; hãy kiểm tra lại năm.",
                    "Calendar date \"" + field + "\" (" + date + ") is outside the years " + VietnamHolidays.MIN_YEAR
                            + " to " + VietnamHolidays.MAX_YEAR + " whose public holidays are known; check the year.",
                    date.toString()));
        }
    }

    private static void missing(List<PlanProblem> problems, boolean missing, String field, SchoolYear year) {
        if (missing) {
            problems.add(new PlanProblem("/calendar/" + field,
                    "Năm học " + year + " chưa có lịch mặc định nên cần khai báo \"" + field + "\".",
                    "School year " + year + " has no built-in calendar, so \"" + field + "\" is required.", null));
        }
    }

    /** Returns the years with a calendar, the built-in ones and the caller's, in order. */
    private static String knownYears(Map<SchoolYear, SchoolCalendar> callerCalendars) {
        java.util.TreeSet<SchoolYear> years = new java.util.TreeSet<>(SchoolCalendar.builtInYears());
        years.addAll(callerCalendars.keySet());
        return String.join(", ", years.stream().map(SchoolYear::toString).toList());
    }
}
