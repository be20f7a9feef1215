package vn.edu.shcm.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the plan still has to deliver, whose due date has not passed on the as-of date of the check.
 *
 * @param ruleId the stable id of the rule that demands it
 * @param dueOn the last day on which delivering it complies
 * @param path the JSON pointer of where the plan records it once delivered, e.g. {@code /reports}
 * @param message what is due, in Vietnamese
 * @param messageEn what is due, in English
 * @param citation the clause of the guideline
 */
public record Obligation(String ruleId, LocalDate dueOn, String path, String message, String messageEn,
                         Citation citation) {

    /** Checks that every part is present. */
    public Obligation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(citation, "citation");
    }
}
