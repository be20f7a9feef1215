package vn.edu.shcm.rules.facts;

import java.time.LocalDate;

/**
 * A run of working days of the school year without a counted (PLANNED or HELD) session: from the school year's
 * first day, or the day after a counted session, to the day before the next counted session, or to the school
 * year's last day. Working days are those of the plan's school calendar (weekends, public holidays, the official
 * schedule's days off and the plan's own days off do not count; its working days do). One fact per gap, also
 * for gaps of no working day; sessions outside the school year are left out.
 *
 * @param endsAt the counted session that ends the gap, or null for the gap that runs to the end of the year
 * @param from the gap's first working day, or null when it has none
 * @param to the gap's last working day, or null when it has none
 * @param workingDays the number of working days in the gap
 */
public record SessionGap(SessionFact endsAt, LocalDate from, LocalDate to, int workingDays) {

    /** Returns the JSON pointer a finding about the gap points at: the ending session's date, else {@code /sessions}. */
    public String path() {
        return endsAt == null ? "/sessions" : endsAt.path("date");
    }
}
