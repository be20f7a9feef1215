package vn.edu.shcm.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The message of an exception that lists input problems: the source, the count and the first few problems. */
final class ProblemLists {

    /** Problems shown in a message; the exception's {@code problems()} has them all. */
    private static final int SHOWN = 10;

    private ProblemLists() {
    }

    /**
     * Describes the problems of an input.
     *
     * @param source what was read, or null
     * @param what what the input failed to be, e.g. {@code "invalid plan"}
     * @param problems the problems, at least one
     */
    static String describe(String source, String what, List<PlanProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an " + what + " has at least one problem");
        }
        String shown = problems.stream().limit(SHOWN).map(PlanProblem::toString).collect(Collectors.joining("; "));
        String more = problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "";
        return (source == null ? "" : source + ": ") + what + " (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "): " + shown + more;
    }
}
