package vn.edu.shcm.rules.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;

/**
 * Which rules of a pack a set of check results exercised: a rule is exercised when at least one recorded result
 * holds a finding of it (a violation, a waived violation or an obligation). A pack's tests use it to show that
 * every rule fires on some plan:
 *
 * <pre>{@code
 * RuleCoverage coverage = RuleCoverage.of(checker.packs().get("tuyenquang-mn-2025"));
 * for (Plan plan : plans) {
 *     coverage = coverage.record(checker.check(plan, "tuyenquang-mn-2025", asOf));
 * }
 * coverage.assertAllRulesExercised();
 * }</pre>
 *
 * <p>Immutable: {@link #record} returns a new coverage, so one can be shared between threads or built in a
 * stream. The rules covered are those the pack runs, its own and the {@code core:} ones, in the pack's order;
 * {@link #withoutCoreRules()} leaves the core ones out.
 */
public final class RuleCoverage {

    private final RulePack pack;
    /** Every rule id the pack runs: a finding of any other rule is a mistake in what was recorded. */
    private final Set<String> known;
    /** The rules covered, in the pack's order, with the number of findings of each. */
    private final Map<String, Integer> counts;
    private final Map<String, RuleInfo> rules;
    private final int results;

    private RuleCoverage(RulePack pack, Map<String, RuleInfo> rules, Map<String, Integer> counts, int results) {
        this.pack = pack;
        this.known = Stream.concat(pack.rules().stream(), RulePacks.coreRules().stream()).map(RuleInfo::id)
                .collect(Collectors.toUnmodifiableSet());
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.results = results;
    }

    /** Returns the coverage of every rule the pack runs, its own and the {@code core:} ones, with nothing recorded. */
    public static RuleCoverage of(RulePack pack) {
        Objects.requireNonNull(pack, "pack");
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Stream.concat(pack.rules().stream(), RulePacks.coreRules().stream()).forEach(r -> {
            rules.put(r.id(), r);
            counts.put(r.id(), 0);
        });
        return new RuleCoverage(pack, rules, counts, 0);
    }

    /**
     * Returns this coverage without the {@code core:} rules, which every pack runs and the library tests itself:
     * findings of them are still accepted and ignored.
     */
    public RuleCoverage withoutCoreRules() {
        Map<String, RuleInfo> own = new LinkedHashMap<>(rules);
        Map<String, Integer> ownCounts = new LinkedHashMap<>(counts);
        own.values().removeIf(r -> r.packId().equals("core"));
        ownCounts.keySet().retainAll(own.keySet());
        return new RuleCoverage(pack, own, ownCounts, results);
    }

    /**
     * Returns the coverage with the findings of one more result counted.
     *
     * Findings of the other packs of a several-pack result are left out.
     *
     * @throws IllegalArgumentException if the result is not of this pack, or holds a finding of a rule that this
     *     pack does not run (the message names the pack or the rule ids)
     */
    public RuleCoverage record(CheckResult result) {
        Objects.requireNonNull(result, "result");
        if (!result.packIds().contains(pack.id())) {
            throw new IllegalArgumentException("a result of packs " + result.packIds() + " (plan " + result.planId()
                    + ") cannot count toward the coverage of pack " + pack.id());
        }
        List<String> found = new ArrayList<>();
        result.violations().stream().map(Violation::ruleId).forEach(found::add);
        result.waived().stream().map(WaivedViolation::violation).map(Violation::ruleId).forEach(found::add);
        result.obligations().stream().map(Obligation::ruleId).forEach(found::add);
        found.removeIf(id -> result.packIds().stream().anyMatch(p -> !p.equals(pack.id()) && id.startsWith(p + ":")));
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the result of plan " + result.planId() + " holds findings of rules "
                    + "that pack " + pack.id() + " does not run: " + String.join(", ", unknown));
        }
        Map<String, Integer> next = new LinkedHashMap<>(counts);
        for (String id : found) {
            next.computeIfPresent(id, (k, n) -> n + 1);
        }
        return new RuleCoverage(pack, rules, next, results + 1);
    }

    /** Returns the coverage with the findings of every result counted. @see #record(CheckResult) */
    public RuleCoverage recordAll(Iterable<CheckResult> results) {
        RuleCoverage c = this;
        for (CheckResult r : results) {
            c = c.record(r);
        }
        return c;
    }

    /** Returns the pack. */
    public RulePack pack() {
        return pack;
    }

    /** Returns the rules covered, in the pack's order. */
    public List<RuleInfo> rules() {
        return List.copyOf(rules.values());
    }

    /** Returns how many results were recorded. */
    public int results() {
        return results;
    }

    /** Returns, for each rule covered in the pack's order, how many findings of it the results held. */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** Returns the ids of the rules that some result exercised, in the pack's order. */
    public List<String> exercised() {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** Returns the ids of the rules that no result exercised, in the pack's order. */
    public List<String> unexercised() {
        return counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /**
     * Asserts that every rule covered was exercised by some recorded result.
     *
     * @return this coverage
     * @throws AssertionError listing each rule not exercised with its severity, clause and what it demands, and how
     *     often each other rule was
     */
    public RuleCoverage assertAllRulesExercised() {
        List<String> missing = unexercised();
        if (!missing.isEmpty()) {
            StringBuilder b = new StringBuilder();
            b.append(missing.size()).append(" of ").append(rules.size()).append(" rules of pack ").append(pack.id())
                    .append(missing.size() == 1 ? " was" : " were").append(" not exercised by the ").append(results)
                    .append(results == 1 ? " result" : " results").append(" recorded:");
            for (String id : missing) {
                RuleInfo r = rules.get(id);
                b.append("\n  ").append(id).append(" (").append(r.severity()).append(", ")
                        .append(r.citation().section()).append("): ").append(r.textEn());
            }
            b.append("\nExercised: ").append(exercised().isEmpty() ? "none" : exercised().stream()
                    .map(id -> id + " ×" + counts.get(id)).collect(Collectors.joining(", ")));
            throw new AssertionError(b.toString());
        }
        return this;
    }

    /** Returns "pack: exercised/covered rules by n results". */
    @Override
    public String toString() {
        return pack.id() + ": " + exercised().size() + "/" + rules.size() + " rules exercised by " + results
                + " results";
    }
}
