package vn.edu.shcm.rules.facts;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of one check that a rule pack evaluates: the check itself ({@link CheckContext}: plan, school
 * calendar, as-of date, the pack's parameters) and the facts derived from the plan once, in Java, for every
 * rule to match ({@link SessionFact}, {@link Period}, {@link Deliverable}, {@link FieldGap}, …).
 *
 * @param context the check
 * @param facts the derived facts of the classes the check's packs read ({@link vn.edu.shcm.rules.RulePack#factTypes()}),
 *     the context and the plan included; unmodifiable
 * @param everyFact whether these are every fact and the pack should use all of them, not only those its rules can
 *     match (a checker made with {@link vn.edu.shcm.rules.Checker#withEveryFact()}: the same results, more slowly)
 */
public record PlanFacts(CheckContext context, List<Object> facts, boolean everyFact) {

    /**
     * The classes of the facts a check derives besides the context and the plan, in the order they come:
     * {@link SessionFact}, {@link Period}, {@link SubjectFact}, {@link SubjectSemester}, {@link Deliverable},
     * {@link ReportFact}, {@link FieldGap}, {@link MemberFact}, {@link SessionGap}.
     */
    public static final Set<Class<?>> TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            SessionFact.class, Period.class, SubjectFact.class, SubjectSemester.class, Deliverable.class,
            ReportFact.class, FieldGap.class, MemberFact.class, SessionGap.class)));

    /** Checks the parts and copies the list. */
    public PlanFacts {
        Objects.requireNonNull(context, "context");
        facts = List.copyOf(facts);
    }

    /** Returns the facts of a check that selects them (not {@link #everyFact()}). */
    public PlanFacts(CheckContext context, List<Object> facts) {
        this(context, facts, false);
    }

    /** Returns the facts of the given type, in their order. */
    public <T> List<T> ofType(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
