package vn.edu.shcm.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * The facts of one check that a rule pack evaluates: the check itself ({@link CheckContext}: plan, school
 * calendar, as-of date, the pack's parameters) and the facts derived from the plan once, in Java, for every
 * rule to match ({@link SessionFact}, {@link Period}, {@link Deliverable}, {@link FieldGap}, …).
 *
 * @param context the check
 * @param facts every derived fact, the context and the plan included; unmodifiable
 */
public record PlanFacts(CheckContext context, List<Object> facts) {

    /** Checks the parts and copies the list. */
    public PlanFacts {
        Objects.requireNonNull(context, "context");
        facts = List.copyOf(facts);
    }

    /** Returns the facts of the given type, in their order. */
    public <T> List<T> ofType(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
