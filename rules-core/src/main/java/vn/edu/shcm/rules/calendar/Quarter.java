package vn.edu.shcm.rules.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) with the number of days it shares with a school year
 * and whether that reaches the minimum for the quarter to count.
 *
 * @param year the Gregorian year
 * @param quarter 1 to 4
 * @param start the first day of the quarter
 * @param end the last day of the quarter
 * @param overlapDays the days, both ends included, that the quarter shares with the school year
 * @param counted true when {@code overlapDays} reaches the minimum asked for
 */
public record Quarter(int year, int quarter, LocalDate start, LocalDate end, int overlapDays, boolean counted) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** Checks that the dates are those of the quarter and that the overlap fits in it. */
    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
        LocalDate first = firstDay(year, quarter);
        LocalDate last = first.plusMonths(3).minusDays(1);
        if (!first.equals(start) || !last.equals(end)) {
            throw new IllegalArgumentException("quarter " + quarter + "/" + year + " runs from " + first + " to "
                    + last + ", not from " + start + " to " + end);
        }
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        if (overlapDays < 0 || overlapDays > length) {
            throw new IllegalArgumentException("overlapDays of quarter " + quarter + "/" + year + " must be 0 to "
                    + length + ", not " + overlapDays);
        }
    }

    /** Returns the Vietnamese label, e.g. {@code quý IV/2025}. */
    public String label() {
        return "quý " + ROMAN[quarter - 1] + "/" + year;
    }

    /** Returns the English label, e.g. {@code Q4 2025}. */
    public String labelEn() {
        return "Q" + quarter + " " + year;
    }

    /** Tells whether the date lies in the quarter, both ends included. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }
}
