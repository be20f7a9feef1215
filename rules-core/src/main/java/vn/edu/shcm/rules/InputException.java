package vn.edu.shcm.rules;

import java.util.List;

/**
 * Thrown when an input cannot be used: every problem found in it at once, each located by its JSON pointer, with
 * what was read. {@link InvalidPlanException} (a plan), {@link InvalidWaiversException} (a waiver file) and
 * {@link InvalidCalendarsException} (a school-calendar file) are its kinds; catch this one to handle them alike.
 */
public abstract class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanProblem> problems;
    private final String source;

    /**
     * Creates the exception.
     *
     * @param source what was read, e.g. a file name, or null
     * @param what what the input was meant to be, for the message, e.g. {@code invalid plan}
     * @param problems the problems, at least one
     */
    protected InputException(String source, String what, List<PlanProblem> problems) {
        super(ProblemLists.describe(source, what, problems));
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    /** Returns every problem found, in document order. */
    public List<PlanProblem> problems() {
        return problems;
    }

    /** Returns what was read (e.g. a file name), or null when the input came as objects or text. */
    public String source() {
        return source;
    }
}
