package vn.edu.shcm.rules.testkit.mutation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What mutation testing of a pack found: how many mutants its cases killed and which survived; mutants that did not
 * compile are not counted.
 *
 * @param packId the pack
 * @param cases how many cases ran against each mutant (at most; a mutant is killed by the first failing case)
 * @param killed the mutants some case noticed
 * @param survivors the mutants every case passed on
 * @param stillborn the mutants that did not compile (not counted in the score)
 * @param elapsed how long it took
 */
public record MutationReport(String packId, int cases, List<Mutant> killed, List<Mutant> survivors,
                             List<Mutant> stillborn, Duration elapsed) {

    /** Checks the parts and copies the lists. */
    public MutationReport {
        Objects.requireNonNull(packId, "packId");
        killed = List.copyOf(killed);
        survivors = List.copyOf(survivors);
        stillborn = List.copyOf(stillborn);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Returns the number of mutants that compiled. */
    public int total() {
        return killed.size() + survivors.size();
    }

    /** Returns the share of compiled mutants killed, 1 when there were none. */
    public double score() {
        return total() == 0 ? 1 : (double) killed.size() / total();
    }

    /** Returns the closing line, {@code killed K of N}. */
    public String summaryLine() {
        return "killed " + killed.size() + " of " + total();
    }

    /** Returns one line per survivor, then the closing line. */
    public String report() {
        StringBuilder b = new StringBuilder();
        for (Mutant m : survivors) {
            b.append("survived: ").append(m.describe()).append('\n');
        }
        b.append(packId).append(": ").append(cases).append(" cases, ").append(stillborn.size())
                .append(" mutants did not compile, ").append(String.format("%.1f%%", 100 * score()))
                .append(" in ").append(elapsed.toSeconds()).append(" s\n");
        b.append(summaryLine());
        return b.toString();
    }
}
