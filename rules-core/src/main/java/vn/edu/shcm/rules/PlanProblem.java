package vn.edu.shcm.rules;

import java.util.Objects;

/**
 * One reason why an input cannot be checked as a plan, located by a JSON pointer.
 *
 * @param pointer the JSON pointer of the problem, e.g. {@code /sessions/3/date}; {@code ""} for the document
 * @param message what is wrong, in Vietnamese
 * @param messageEn what is wrong, in English
 * @param value the offending value as it was given (shortened when long), or null when a value is missing
 */
public record PlanProblem(String pointer, String message, String messageEn, String value) {

    /** Checks that pointer and messages are present. */
    public PlanProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Returns "pointer: English message", the form used in exception messages. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + messageEn;
    }
}
