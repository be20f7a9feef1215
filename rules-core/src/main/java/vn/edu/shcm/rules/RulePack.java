package vn.edu.shcm.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.shcm.rules.facts.PlanFacts;

/**
 * One guideline as a set of rules, with the document it comes from, the plans it covers and where it binds;
 * packs are found on the class path with {@link java.util.ServiceLoader}.
 *
 * <p>Most packs extend {@link DrlRulePack} (Drools rules described by a {@code pack.json}) and list the class in
 * {@code META-INF/services/vn.edu.shcm.rules.RulePack}. Any other implementation works the same way; it must:
 * <ul>
 *   <li>return the same stable {@link #id()} and metadata every time (other software stores the ids);</li>
 *   <li>list its own rules in {@link #rules()}, each id starting with the pack id and a colon; the {@code core:}
 *       plan-integrity rules are not among them: the {@link Checker} runs them once per check, whatever its
 *       packs ({@link RulePacks#coreRules()});</li>
 *   <li>in {@link #evaluate(PlanFacts)}, report only findings of those rules, be thread-safe (one pack serves
 *       every check of a shared checker at once), and neither keep nor modify the facts. The checker calls it
 *       only for plans that are valid and that the pack's {@link #coverage()} holds, after resolving the plan's
 *       school calendar; the facts carry the pack's own {@link #parameters()}.</li>
 * </ul>
 * Pack ids are stable: other software stores them.
 */
public interface RulePack {

    /** Returns the pack's stable id, e.g. {@code tuyenquang-mn-2025}. */
    String id();

    /** Returns the pack's title in Vietnamese. */
    String title();

    /** Returns the pack's title in English. */
    String titleEn();

    /** Returns the guideline the pack encodes. */
    SourceDocument source();

    /** Returns the plans the pack applies to. */
    Coverage coverage();

    /** Returns where the guideline binds: the whole country, or one province or centrally-run city. */
    Jurisdiction jurisdiction();

    /** Returns the pack's parameters, e.g. {@code quarterMinOverlapDays}. */
    Map<String, String> parameters();

    /**
     * Returns the pack's own rules in catalogue order (not the {@code core:} rules, which every check runs once).
     * May load the pack on first use.
     */
    List<RuleInfo> rules();

    /** Returns the pack's own rule with the given id, if it has one. */
    default Optional<RuleInfo> rule(String ruleId) {
        return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * Returns the classes of derived facts ({@link PlanFacts#TYPES}) that {@link #evaluate(PlanFacts)} reads, so
     * that a check derives no others (the context and the plan are always given); all of them unless the pack says
     * otherwise. A check against several packs derives those any of them reads and gives each pack all of those.
     * May load the pack on first use.
     */
    default Set<Class<?>> factTypes() {
        return PlanFacts.TYPES;
    }

    /**
     * Evaluates the pack's rules over one plan's facts and returns what they found.
     *
     * @param facts the check and the facts derived from its plan, with this pack's parameters: at least those of
     *     the classes {@link #factTypes()} names
     */
    PackFindings evaluate(PlanFacts facts);
}
