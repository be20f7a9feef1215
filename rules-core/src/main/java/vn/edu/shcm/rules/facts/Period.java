package vn.edu.shcm.rules.facts;

import java.time.LocalDate;

/**
 * A period of the school year and how many sessions that count (PLANNED or HELD) fall in it.
 *
 * @param kind school year, semester or quarter
 * @param number the semester (1, 2) or quarter (1-4) number; 0 for the school year
 * @param label its Vietnamese name, e.g. {@code học kỳ I} or {@code quý IV/2025}
 * @param labelEn its English name, e.g. {@code semester I} or {@code Q4 2025}
 * @param start its first day; for a quarter, the first day of the quarter within the school year
 * @param end its last day; for a quarter, the last day of the quarter within the school year
 * @param counted whether minimums apply to it: always for the year and semesters; for a quarter, whether it
 *     overlaps the school year by at least the pack's {@code quarterMinOverlapDays}
 * @param sessions the counted sessions dated in it
 * @param inPersonSessions those of them held in person (IN_PERSON or HYBRID)
 */
public record Period(PeriodKind kind, int number, String label, String labelEn, LocalDate start, LocalDate end,
                     boolean counted, int sessions, int inPersonSessions) {

    /** Returns a stable code for the period: {@code 2025-2026}, {@code HK1}, {@code HK2} or {@code 2025-Q4}. */
    public String code() {
        return switch (kind) {
            case SCHOOL_YEAR -> start.getYear() + "-" + end.getYear();
            case SEMESTER -> "HK" + number;
            case QUARTER -> end.getYear() + "-Q" + number;
        };
    }
}
