package vn.edu.shcm.rules.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.model.Plan;

/**
 * Which packs a run checks plans against: the ones named with {@code --pack} (or the {@code --drl} pack), or,
 * when none is named, for each plan the packs that apply to it (national ones and its province's).
 *
 * @param named the pack ids named, empty for "the packs that apply to each plan"
 */
record PackChoice(List<String> named) {

    PackChoice {
        named = List.copyOf(named);
    }

    /** Tells whether the packs are chosen for each plan. */
    boolean automatic() {
        return named.isEmpty();
    }

    /**
     * Checks a plan. With named packs, every waiver goes to the check; with packs chosen for the plan, only the
     * waivers of rules those packs (or the core) run: a waiver file may serve plans of several provinces.
     */
    CheckResult check(Checker checker, Plan plan, LocalDate day, List<Waiver> waivers) {
        if (!automatic()) {
            return checker.check(plan, named, day, waivers);
        }
        if (waivers.isEmpty()) {
            return checker.check(plan, day);
        }
        List<RulePack> packs = checker.packs().applicableTo(plan);
        if (packs.isEmpty()) {
            return checker.check(plan, day); // throws the input error that lists the packs
        }
        Set<String> rules = ruleIds(packs);
        List<Waiver> relevant = waivers.stream().filter(w -> rules.contains(w.ruleId())).toList();
        return checker.check(plan, packs.stream().map(RulePack::id).toList(), day, relevant);
    }

    /** Returns the ids of the rules a check against the packs runs, the core rules included. */
    static Set<String> ruleIds(List<RulePack> packs) {
        return new HashSet<>(orderedRuleIds(packs));
    }

    /** Returns the packs a waiver file is checked against: the named ones, or every pack. */
    List<RulePack> waiverPacks(RulePacks packs) {
        List<RulePack> out = new ArrayList<>();
        if (automatic()) {
            out.addAll(packs.all());
        } else {
            named.forEach(id -> out.add(packs.get(id)));
        }
        return out;
    }

    /** Returns the rules, in order, that the packs run: theirs, then the core rules. */
    static List<String> orderedRuleIds(List<RulePack> packs) {
        List<String> ids = new ArrayList<>();
        packs.forEach(p -> p.rules().stream().map(RuleInfo::id).forEach(ids::add));
        RulePacks.coreRules().forEach(r -> ids.add(r.id()));
        return ids;
    }
}
