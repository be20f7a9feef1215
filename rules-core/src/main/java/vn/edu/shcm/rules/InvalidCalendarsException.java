package vn.edu.shcm.rules;

import java.util.List;

/**
 * Thrown when a school-calendar file cannot be read: malformed JSON, unknown or missing fields, wrong types, bad
 * dates, dates out of order or outside their school year, a year given twice, a working day that is a statutory
 * holiday. It lists every problem found, each with its JSON pointer into the file (e.g.
 * {@code /schoolYears/0/semester1End}).
 */
public final class InvalidCalendarsException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source what was read, e.g. a file name, or null
     * @param problems the problems, at least one
     */
    public InvalidCalendarsException(String source, List<PlanProblem> problems) {
        super(source, "invalid calendar file", problems);
    }
}
