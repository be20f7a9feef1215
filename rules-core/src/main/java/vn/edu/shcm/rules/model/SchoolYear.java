package vn.edu.shcm.rules.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year (năm học) such as 2025-2026, named by the calendar year it starts in.
 *
 * @param startYear the calendar year in which the school year starts, e.g. 2025 for 2025-2026
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    /** Checks that the year is a plausible four-digit year. */
    public SchoolYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("school year must start between 1900 and 9998, not " + startYear);
        }
    }

    /** Returns the school year that starts in {@code startYear}. */
    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    /**
     * Parses the exchange-format form {@code YYYY-YYYY} of two consecutive years.
     *
     * @throws IllegalArgumentException if the text is not of that form; the message quotes it
     */
    public static SchoolYear parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("school year is missing; expected YYYY-YYYY");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("school year \"" + text + "\" is not of the form YYYY-YYYY");
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != first + 1) {
            throw new IllegalArgumentException(
                    "school year \"" + text + "\" must name two consecutive years, e.g. " + first + "-" + (first + 1));
        }
        return new SchoolYear(first);
    }

    /** Returns the calendar year in which the school year ends. */
    public int endYear() {
        return startYear + 1;
    }

    /** Returns the school year after this one. */
    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** Returns the exchange-format form, e.g. {@code 2025-2026}. */
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
