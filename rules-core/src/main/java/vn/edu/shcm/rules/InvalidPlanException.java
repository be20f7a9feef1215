package vn.edu.shcm.rules;

import java.util.List;

/**
 * Thrown when an input cannot be checked as a plan: malformed JSON, unknown or missing fields, bad dates or
 * enums, duplicate or dangling ids, or a plan the chosen pack does not cover. It lists every problem found,
 * each with its JSON pointer; no rule has run.
 */
public final class InvalidPlanException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param source what was read, e.g. a file name, or null when the plan came as objects
     * @param problems the problems, at least one
     */
    public InvalidPlanException(String source, List<PlanProblem> problems) {
        super(source, "invalid plan", problems);
    }

    /** Returns a copy naming {@code source} as what was read. */
    public InvalidPlanException withSource(String source) {
        return new InvalidPlanException(source, problems());
    }
}
