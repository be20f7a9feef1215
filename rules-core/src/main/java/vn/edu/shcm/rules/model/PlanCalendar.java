package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The school-year dates a plan declares for itself, replacing the built-in ones, and its extra days off.
 *
 * <p>Each date may be null, in which case the built-in date of the school year (if any) applies.
 *
 * @param start the first day of the school year, or null
 * @param semester1End the last day of semester I, or null
 * @param end the last day of the school year, or null
 * @param holidays days off on top of the year's official days off (the school's Tết break, a swap day);
 *     never null
 * @param workingDays days worked although they would be days off or weekends (a Saturday worked in exchange
 *     for a swapped day, a compensatory day the plan's province did not give); a statutory holiday cannot be
 *     one (an input error); never null
 */
public record PlanCalendar(LocalDate start, LocalDate semester1End, LocalDate end, List<LocalDate> holidays,
                           List<LocalDate> workingDays) {

    /** Copies the lists; a null list becomes empty. */
    public PlanCalendar {
        holidays = Copies.list("holidays", holidays);
        workingDays = Copies.list("workingDays", workingDays);
    }

    /** Returns a plan calendar with no working days named. */
    public PlanCalendar(LocalDate start, LocalDate semester1End, LocalDate end, List<LocalDate> holidays) {
        this(start, semester1End, end, holidays, List.of());
    }
}
