package vn.edu.shcm.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One way in which a plan breaks a rule of its guideline: which rule, how serious, where in the plan, what is
 * wrong in Vietnamese and English, which clause says so, and the figures that decided it.
 *
 * @param ruleId the stable id of the rule, e.g. {@code tuyenquang-mn-2025:session-per-quarter}
 * @param severity how serious it is
 * @param path the JSON pointer of the offending element in the plan, e.g. {@code /sessions/2/host}
 * @param message the message in Vietnamese
 * @param messageEn the message in English
 * @param citation the clause of the guideline
 * @param details the figures that decided it, in a stable order (values are strings, numbers, booleans,
 *     dates or lists of those)
 */
public record Violation(String ruleId, Severity severity, String path, String message, String messageEn,
                        Citation citation, Map<String, Object> details) {

    /** Checks the parts and copies {@code details}, keeping its order. */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(citation, "citation");
        details = details == null || details.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
