package vn.edu.shcm.rules.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.edu.shcm.rules.Severity;

/**
 * What a case's check must give: the violations and obligations it must hold, the rules that must not fire, or the
 * input error it must fail with; {@code exactly} forbids any finding besides those listed. Rule ids may be written
 * without their pack's prefix ({@code session-per-quarter}); they are then read as rules of the case's first pack.
 *
 * @param violations violations the result must hold, each matched by a distinct violation
 * @param notFired rules that must have neither violation nor obligation
 * @param obligations obligations the result must hold, each matched by a distinct obligation
 * @param inputErrorPaths the JSON pointers of the input error the check must fail with (every one among its
 *     problems), or null when the check must succeed
 * @param exactly whether the result may hold nothing besides the listed findings
 */
public record Expectation(List<ExpectedViolation> violations, List<String> notFired,
                          List<ExpectedObligation> obligations, List<String> inputErrorPaths, boolean exactly) {

    /** Copies the lists. */
    public Expectation {
        violations = List.copyOf(violations);
        notFired = List.copyOf(notFired);
        obligations = List.copyOf(obligations);
        inputErrorPaths = inputErrorPaths == null ? null : List.copyOf(inputErrorPaths);
        if (inputErrorPaths != null && !(violations.isEmpty() && obligations.isEmpty() && notFired.isEmpty())) {
            throw new IllegalArgumentException("a case expecting an input error expects no findings");
        }
    }

    /** Tells whether the case expects the check to fail with an input error. */
    public boolean expectsInputError() {
        return inputErrorPaths != null;
    }

    /**
     * A violation the result must hold; each given part must match, a missing part matches anything.
     *
     * @param ruleId the rule's full id
     * @param path the violation's JSON pointer, or null
     * @param severity its severity, or null
     * @param details detail values it must have (others may be there too), as JSON
     * @param message text its Vietnamese message must contain, or null
     * @param messageEn text its English message must contain, or null
     */
    public record ExpectedViolation(String ruleId, String path, Severity severity, Map<String, JsonNode> details,
                                    String message, String messageEn) {

        /** Checks the rule id and copies the details. */
        public ExpectedViolation {
            Objects.requireNonNull(ruleId, "ruleId");
            Map<String, JsonNode> copy = new LinkedHashMap<>();
            (details == null ? Map.<String, JsonNode>of() : details).forEach((k, v) -> copy.put(k, v.deepCopy()));
            details = java.util.Collections.unmodifiableMap(copy);
        }

        int specificity() {
            return (path != null ? 1 : 0) + (severity != null ? 1 : 0) + details.size() + (message != null ? 1 : 0)
                    + (messageEn != null ? 1 : 0);
        }
    }

    /**
     * An obligation the result must hold.
     *
     * @param ruleId the rule's full id
     * @param dueOn its due date, or null
     * @param path its JSON pointer, or null
     */
    public record ExpectedObligation(String ruleId, LocalDate dueOn, String path) {

        /** Checks the rule id. */
        public ExpectedObligation {
            Objects.requireNonNull(ruleId, "ruleId");
        }

        int specificity() {
            return (dueOn != null ? 1 : 0) + (path != null ? 1 : 0);
        }
    }

    static Expectation read(TestCase.Reader r, ObjectNode e, String firstPack) {
        r.fields(e, "/expect", "violations", "notFired", "obligations", "inputError", "exactly");
        List<ExpectedViolation> violations = new ArrayList<>();
        ArrayNode vs = r.array(e, "/expect/violations");
        for (int i = 0; i < vs.size(); i++) {
            String at = "/expect/violations/" + i;
            JsonNode v = vs.get(i);
            r.fields(v, at, "rule", "path", "severity", "details", "message", "messageEn");
            Severity severity = null;
            String s = r.optionalText(v, at + "/severity");
            if (s != null) {
                try {
                    severity = Severity.valueOf(s);
                } catch (IllegalArgumentException ex) {
                    throw r.fail(at + "/severity", "must be ERROR, WARNING or INFO, not \"" + s + "\"");
                }
            }
            Map<String, JsonNode> details = new LinkedHashMap<>();
            if (v.has("details")) {
                ObjectNode d = r.object(v, at + "/details");
                d.properties().forEach(f -> details.put(f.getKey(), f.getValue()));
            }
            violations.add(new ExpectedViolation(ruleId(r.text(v, at + "/rule"), firstPack),
                    r.optionalText(v, at + "/path"), severity, details, r.optionalText(v, at + "/message"),
                    r.optionalText(v, at + "/messageEn")));
        }
        List<ExpectedObligation> obligations = new ArrayList<>();
        ArrayNode os = r.array(e, "/expect/obligations");
        for (int i = 0; i < os.size(); i++) {
            String at = "/expect/obligations/" + i;
            JsonNode o = os.get(i);
            r.fields(o, at, "rule", "dueOn", "path");
            obligations.add(new ExpectedObligation(ruleId(r.text(o, at + "/rule"), firstPack),
                    o.hasNonNull("dueOn") ? r.date(o, at + "/dueOn") : null, r.optionalText(o, at + "/path")));
        }
        List<String> notFired = r.texts(e, "/expect/notFired").stream().map(id -> ruleId(id, firstPack)).toList();
        for (String id : notFired) {
            if (violations.stream().anyMatch(v -> v.ruleId().equals(id))
                    || obligations.stream().anyMatch(o -> o.ruleId().equals(id))) {
                throw r.fail("/expect/notFired", "names " + id + ", which the case also expects to fire");
            }
        }
        if (Set.copyOf(notFired).size() != notFired.size()) {
            throw r.fail("/expect/notFired", "names a rule twice");
        }
        List<String> inputError = null;
        if (e.has("inputError")) {
            ObjectNode ie = r.object(e, "/expect/inputError");
            r.fields(ie, "/expect/inputError", "paths");
            inputError = r.texts(ie, "/expect/inputError/paths");
            if (!violations.isEmpty() || !obligations.isEmpty() || !notFired.isEmpty()) {
                throw r.fail("/expect/inputError", "cannot come with violations, obligations or notFired: a plan "
                        + "with an input error is not checked");
            }
        }
        boolean exactly = false;
        if (e.has("exactly")) {
            if (!e.get("exactly").isBoolean()) {
                throw r.fail("/expect/exactly", "must be true or false");
            }
            exactly = e.get("exactly").booleanValue();
        }
        if (inputError == null && violations.isEmpty() && obligations.isEmpty() && notFired.isEmpty() && !exactly) {
            throw r.fail("/expect", "expects nothing: list violations, obligations, notFired or an inputError, "
                    + "or say \"exactly\": true for a plan with no finding at all");
        }
        return new Expectation(violations, notFired, obligations, inputError, exactly);
    }

    static String ruleId(String id, String firstPack) {
        return id.contains(":") ? id : firstPack + ":" + id;
    }
}
