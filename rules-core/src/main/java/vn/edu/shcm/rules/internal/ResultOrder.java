package vn.edu.shcm.rules.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Violation;

/**
 * The order of a result's findings, as the spec fixes it: violations by severity (ERROR first), then path in
 * document order, then rule id; obligations by due date, then path, then rule id; the message breaks what ties
 * remain, so the same findings always come out in the same order.
 */
public final class ResultOrder {

    private ResultOrder() {
    }

    /** Sorts violations in place; each path's document-order key is computed once, however many share it. */
    public static void sortViolations(List<Violation> violations) {
        Function<String, Pointers.Key> key = keys();
        violations.sort(Comparator.comparing(Violation::severity)
                .thenComparing(v -> key.apply(v.path()))
                .thenComparing(Violation::ruleId)
                .thenComparing(Violation::message));
    }

    /** Sorts obligations in place; each path's document-order key is computed once. */
    public static void sortObligations(List<Obligation> obligations) {
        Function<String, Pointers.Key> key = keys();
        obligations.sort(Comparator.comparing(Obligation::dueOn)
                .thenComparing(o -> key.apply(o.path()))
                .thenComparing(Obligation::ruleId)
                .thenComparing(Obligation::message));
    }

    private static Function<String, Pointers.Key> keys() {
        Map<String, Pointers.Key> keys = new HashMap<>();
        return path -> keys.computeIfAbsent(path, Pointers::key);
    }
}
