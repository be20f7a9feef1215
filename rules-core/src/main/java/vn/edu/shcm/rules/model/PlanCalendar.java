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
 * @param holidays days off on top of the statutory public holidays (the school's Tết break, a swap day);
 *     never null
 */
public record PlanCalendar(LocalDate start, LocalDate semester1End, LocalDate end, List<LocalDate> holidays) {

    /** Copies {@code holidays}; a null list becomes empty. */
    public PlanCalendar {
        holidays = Copies.list("holidays", holidays);
    }
}
