package vn.edu.shcm.rules;

import java.util.List;

/**
 * Thrown when an input cannot be checked as a plan: malformed JSON, unknown or missing fields, bad dates or
 * enums, duplicate or dangling ids, or a plan the chosen pack does not cover. It lists every problem found,
 * each with its JSON pointer; no rule has run.
 */
public final class InvalidPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanProblem> problems;
    private final String source;

    /**
     * Creates the exception.
     *
     * @param source what was read, e.g. a file name, or null when the plan came as objects
     * @param problems the problems, at least one
     */
    public InvalidPlanException(String source, List<PlanProblem> problems) {
        super(ProblemLists.describe(source, "invalid plan", problems));
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    /** Returns every problem found, in document order. */
    public List<PlanProblem> problems() {
        return problems;
    }

    /** Returns what was read (e.g. a file name), or null when the plan came as objects. */
    public String source() {
        return source;
    }

    /** Returns a copy naming {@code source} as what was read. */
    public InvalidPlanException withSource(String source) {
        return new InvalidPlanException(source, problems);
    }
}
