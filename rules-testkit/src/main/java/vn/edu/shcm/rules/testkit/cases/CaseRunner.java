package vn.edu.shcm.rules.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.UnknownIdException;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testkit.cases.Expectation.ExpectedObligation;
import vn.edu.shcm.rules.testkit.cases.Expectation.ExpectedViolation;

/** Runs a case with a checker and compares what it gives with what the case expects. */
final class CaseRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseRunner() {
    }

    static CaseOutcome run(TestCase c, Checker checker) {
        Expectation e = c.expectation();
        String expected = expectedText(e);
        Plan plan;
        CheckResult result;
        try {
            plan = ExchangeFormat.readPlan(JSON.writeValueAsString(c.plan()));
            result = check(checker, plan, c);
        } catch (InvalidPlanException ex) {
            return inputError(c, e, expected, ex.problems());
        } catch (UnknownIdException ex) {
            return new CaseOutcome(c, List.of("unknown " + ex.kind().name().toLowerCase(java.util.Locale.ROOT) + " id "
                    + ex.id() + " (known: " + String.join(", ", ex.known()) + ")"), expected, "unknown id " + ex.id());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (RuntimeException ex) {
            return new CaseOutcome(c, List.of("the check failed: " + ex), expected, "the check failed: " + ex);
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(ExchangeFormat.writeResult(result));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<JsonNode> violations = new ArrayList<>();
        doc.get("violations").forEach(violations::add);
        List<JsonNode> obligations = new ArrayList<>();
        doc.get("obligations").forEach(obligations::add);
        String actual = actualText(violations, obligations);
        List<String> problems = new ArrayList<>();
        if (e.expectsInputError()) {
            problems.add("expected an input error at " + e.inputErrorPaths() + ", but the plan was checked");
            return new CaseOutcome(c, problems, expected, actual);
        }
        List<JsonNode> unmatchedViolations = new ArrayList<>(violations);
        e.violations().stream().sorted(Comparator.comparingInt(ExpectedViolation::specificity).reversed())
                .forEach(v -> {
                    Iterator<JsonNode> it = unmatchedViolations.iterator();
                    while (it.hasNext()) {
                        if (matches(v, it.next())) {
                            it.remove();
                            return;
                        }
                    }
                    problems.add("missing violation: " + line(v));
                });
        List<JsonNode> unmatchedObligations = new ArrayList<>(obligations);
        e.obligations().stream().sorted(Comparator.comparingInt(ExpectedObligation::specificity).reversed())
                .forEach(o -> {
                    Iterator<JsonNode> it = unmatchedObligations.iterator();
                    while (it.hasNext()) {
                        if (matches(o, it.next())) {
                            it.remove();
                            return;
                        }
                    }
                    problems.add("missing obligation: " + line(o));
                });
        for (String rule : e.notFired()) {
            violations.stream().filter(v -> v.get("ruleId").asText().equals(rule))
                    .forEach(v -> problems.add("must not fire, but did: " + violationLine(v)));
            obligations.stream().filter(o -> o.get("ruleId").asText().equals(rule))
                    .forEach(o -> problems.add("must not fire, but did: " + obligationLine(o)));
        }
        if (e.exactly()) {
            unmatchedViolations.forEach(v -> problems.add("unexpected violation: " + violationLine(v)));
            unmatchedObligations.forEach(o -> problems.add("unexpected obligation: " + obligationLine(o)));
        }
        return new CaseOutcome(c, problems, expected, actual);
    }

    /**
     * Returns what checking the case gives, as text to compare: the result document, the input errors, or the
     * failure.
     */
    static String resultText(TestCase c, Checker checker) {
        try {
            return ExchangeFormat.writeResult(check(checker, ExchangeFormat.readPlan(JSON.writeValueAsString(c.plan())),
                    c));
        } catch (InvalidPlanException ex) {
            return ExchangeFormat.writeInputErrors(ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (RuntimeException ex) {
            return "the check failed: " + ex;
        }
    }

    /** The one place that checks a case's plan against its packs (all of them in one check). */
    private static CheckResult check(Checker checker, Plan plan, TestCase c) {
        return checker.check(plan, c.packIds(), c.asOf());
    }

    private static CaseOutcome inputError(TestCase c, Expectation e, String expected, List<PlanProblem> found) {
        TreeSet<String> pointers = new TreeSet<>();
        found.forEach(p -> pointers.add(p.path()));
        StringBuilder actual = new StringBuilder("input error:\n");
        found.forEach(p -> actual.append("  ").append(p.path().isEmpty() ? "(document)" : p.path()).append('\n'));
        List<String> problems = new ArrayList<>();
        if (!e.expectsInputError()) {
            problems.add("the plan has an input error: " + found.stream().map(PlanProblem::toString).toList());
        } else {
            for (String p : e.inputErrorPaths()) {
                if (!pointers.contains(p)) {
                    problems.add("the input error has no problem at " + p + " (it has " + pointers + ")");
                }
            }
            if (e.exactly() && !pointers.equals(new TreeSet<>(e.inputErrorPaths()))) {
                TreeSet<String> extra = new TreeSet<>(pointers);
                e.inputErrorPaths().forEach(extra::remove);
                if (!extra.isEmpty()) {
                    problems.add("unexpected input problems at " + extra);
                }
            }
        }
        return new CaseOutcome(c, problems, expected, actual.toString());
    }

    static boolean matches(ExpectedViolation v, JsonNode actual) {
        if (!actual.get("ruleId").asText().equals(v.ruleId())) {
            return false;
        }
        if (v.path() != null && !actual.get("path").asText().equals(v.path())) {
            return false;
        }
        if (v.severity() != null && !actual.get("severity").asText().equals(v.severity().name())) {
            return false;
        }
        if (v.message() != null && !actual.get("message").asText().contains(v.message())
                || v.messageEn() != null && !actual.get("messageEn").asText().contains(v.messageEn())) {
            return false;
        }
        JsonNode details = actual.get("details");
        for (Map.Entry<String, JsonNode> d : v.details().entrySet()) {
            JsonNode a = details == null ? null : details.get(d.getKey());
            if (a == null || !same(d.getValue(), a)) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(ExpectedObligation o, JsonNode actual) {
        return actual.get("ruleId").asText().equals(o.ruleId())
                && (o.dueOn() == null || actual.get("dueOn").asText().equals(o.dueOn().toString()))
                && (o.path() == null || actual.get("path").asText().equals(o.path()));
    }

    /** JSON equality where 1 and 1.0 are the same number. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!b.has(n) || !same(a.get(n), b.get(n))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static String expectedText(Expectation e) {
        StringBuilder b = new StringBuilder();
        if (e.expectsInputError()) {
            b.append("input error:\n");
            e.inputErrorPaths().forEach(p -> b.append("  ").append(p).append('\n'));
            return b.toString();
        }
        b.append("violations:\n");
        e.violations().forEach(v -> b.append("  ").append(line(v)).append('\n'));
        b.append("obligations:\n");
        e.obligations().forEach(o -> b.append("  ").append(line(o)).append('\n'));
        if (!e.notFired().isEmpty()) {
            b.append("not fired:\n");
            e.notFired().forEach(r -> b.append("  ").append(r).append('\n'));
        }
        return b.toString();
    }

    static String actualText(List<JsonNode> violations, List<JsonNode> obligations) {
        StringBuilder b = new StringBuilder("violations:\n");
        violations.forEach(v -> b.append("  ").append(violationLine(v)).append('\n'));
        b.append("obligations:\n");
        obligations.forEach(o -> b.append("  ").append(obligationLine(o)).append('\n'));
        return b.toString();
    }

    static String line(ExpectedViolation v) {
        return (v.severity() == null ? "*" : v.severity().name()) + " " + v.ruleId() + " "
                + (v.path() == null ? "*" : v.path()) + (v.details().isEmpty() ? "" : " " + detailsJson(v))
                + (v.message() == null ? "" : " «" + v.message() + "»")
                + (v.messageEn() == null ? "" : " «" + v.messageEn() + "»");
    }

    private static String detailsJson(ExpectedViolation v) {
        var node = JSON.createObjectNode();
        v.details().forEach(node::set);
        return node.toString();
    }

    static String line(ExpectedObligation o) {
        return (o.dueOn() == null ? "*" : o.dueOn().toString()) + " " + o.ruleId() + " "
                + (o.path() == null ? "*" : o.path());
    }

    static String violationLine(JsonNode v) {
        JsonNode details = v.get("details");
        return v.get("severity").asText() + " " + v.get("ruleId").asText() + " " + v.get("path").asText()
                + (details == null || details.isEmpty() ? "" : " " + details);
    }

    static String obligationLine(JsonNode o) {
        return o.get("dueOn").asText() + " " + o.get("ruleId").asText() + " " + o.get("path").asText();
    }
}
