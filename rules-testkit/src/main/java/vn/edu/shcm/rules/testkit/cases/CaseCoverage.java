package vn.edu.shcm.rules.testkit.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;

/**
 * Which rules of a pack a set of cases covers: a rule is covered when some case expects it to fire (a violation or
 * an obligation of it) and some case expects it quiet (it is in {@code notFired}, or the case says {@code exactly}
 * and lists no finding of it). Only the pack's own rules count, not the {@code core:} ones. Immutable.
 */
public final class CaseCoverage {

    private final String packId;
    private final Map<String, List<String>> firing;
    private final Map<String, List<String>> quiet;

    private CaseCoverage(String packId, Map<String, List<String>> firing, Map<String, List<String>> quiet) {
        this.packId = packId;
        this.firing = firing;
        this.quiet = quiet;
    }

    static CaseCoverage of(RulePack pack, List<TestCase> cases) {
        Objects.requireNonNull(pack, "pack");
        Map<String, List<String>> firing = new LinkedHashMap<>();
        Map<String, List<String>> quiet = new LinkedHashMap<>();
        for (RuleInfo r : pack.rules()) {
            if (r.packId().equals(pack.id())) {
                firing.put(r.id(), new ArrayList<>());
                quiet.put(r.id(), new ArrayList<>());
            }
        }
        for (TestCase c : cases) {
            if (!c.packIds().contains(pack.id())) {
                continue;
            }
            Expectation e = c.expectation();
            if (e.expectsInputError()) {
                continue;
            }
            for (String rule : firing.keySet()) {
                boolean fires = e.violations().stream().anyMatch(v -> v.ruleId().equals(rule))
                        || e.obligations().stream().anyMatch(o -> o.ruleId().equals(rule));
                if (fires) {
                    firing.get(rule).add(c.name());
                } else if (e.exactly() || e.notFired().contains(rule)) {
                    quiet.get(rule).add(c.name());
                }
            }
        }
        firing.replaceAll((k, v) -> List.copyOf(v));
        quiet.replaceAll((k, v) -> List.copyOf(v));
        return new CaseCoverage(pack.id(), Collections.unmodifiableMap(firing), Collections.unmodifiableMap(quiet));
    }

    /** Returns, for each of the pack's rules in the pack's order, the cases that expect it to fire. */
    public Map<String, List<String>> firing() {
        return firing;
    }

    /** Returns, for each of the pack's rules in the pack's order, the cases that expect it quiet. */
    public Map<String, List<String>> quiet() {
        return quiet;
    }

    /** Returns the rules that no case expects to fire. */
    public List<String> neverFiring() {
        return firing.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Returns the rules that no case expects quiet. */
    public List<String> neverQuiet() {
        return quiet.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Tells whether every rule fires in some case and is quiet in another. */
    public boolean complete() {
        return neverFiring().isEmpty() && neverQuiet().isEmpty();
    }

    /** Returns a report: one line per rule with the number of cases each way, then what is missing. */
    public String report() {
        StringBuilder b = new StringBuilder("rule coverage of ").append(packId).append(":\n");
        for (String rule : firing.keySet()) {
            b.append(String.format("  %-60s fires in %3d, quiet in %3d%n", rule, firing.get(rule).size(),
                    quiet.get(rule).size()));
        }
        if (!neverFiring().isEmpty()) {
            b.append("no case makes fire: ").append(String.join(", ", neverFiring())).append('\n');
        }
        if (!neverQuiet().isEmpty()) {
            b.append("no case expects quiet: ").append(String.join(", ", neverQuiet())).append('\n');
        }
        return b.toString();
    }

    /** Throws an {@link AssertionError} with the {@link #report()} unless the coverage is {@link #complete()}. */
    public void assertEveryRuleCovered() {
        if (!complete()) {
            throw new AssertionError(report());
        }
    }

    @Override
    public String toString() {
        return report();
    }
}
