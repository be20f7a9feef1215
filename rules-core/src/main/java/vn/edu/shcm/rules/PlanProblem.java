package vn.edu.shcm.rules;

import java.util.Objects;

/**
 * One reason why an input cannot be checked as a plan, located by a JSON pointer.
 *
 * <p>The location is called {@code path} here as in the JSON documents ({@code inputErrors[].path}) and in
 * {@link Violation#path()}.
 *
 * @param path the JSON pointer of the problem, e.g. {@code /sessions/3/date}; {@code ""} for the document
 * @param message what is wrong, in Vietnamese
 * @param messageEn what is wrong, in English
 * @param value the offending value as it was given (shortened when long), or null when a value is missing
 */
public record PlanProblem(String path, String message, String messageEn, String value) {

    /** Checks that path and messages are present. */
    public PlanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Returns "path: English message", the form used in exception messages. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + messageEn;
    }
}
