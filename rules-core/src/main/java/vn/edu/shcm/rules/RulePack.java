package vn.edu.shcm.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One province's guideline as a set of rules, with the document it comes from and the plans it covers;
 * packs are found on the class path with {@link java.util.ServiceLoader}.
 *
 * <p>To provide a pack, extend {@link DrlRulePack} and list the class in
 * {@code META-INF/services/vn.edu.shcm.rules.RulePack}. Pack ids are stable: other software stores them.
 */
public sealed interface RulePack permits DrlRulePack {

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

    /** Returns the pack's parameters, e.g. {@code quarterMinOverlapDays}. */
    Map<String, String> parameters();

    /**
     * Returns the pack's rules in catalogue order, followed by the {@code core:} plan-integrity rules that every
     * pack runs. May compile the pack on first use.
     */
    List<RuleInfo> rules();

    /** Returns the rule with the given id, if the pack has it (the {@code core:} rules included). */
    default Optional<RuleInfo> rule(String ruleId) {
        return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
