package vn.edu.shcm.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;
import vn.edu.shcm.rules.Waiver;

/**
 * Applies waivers to a result without waivers: moves each violation that a valid waiver matches to the waived
 * list, and sorts the other waivers into expired (they would have matched) and unused (they match nothing).
 *
 * <p>The outcome does not depend on the order in which waivers are given: they are taken in {@link #ORDER} and
 * equal waivers count once. A violation that several valid waivers match is waived by the first one with its
 * exact path, else by the first one without a path.
 */
public final class WaiverApplier {

    /** Waivers by rule id, then path (in document order, none last), then expiry, approver and reason. */
    public static final Comparator<Waiver> ORDER = Comparator.comparing(Waiver::ruleId)
            .thenComparing(Waiver::path, Comparator.nullsLast(Pointers.DOCUMENT_ORDER))
            .thenComparing(Waiver::expiresOn)
            .thenComparing(Waiver::approvedBy)
            .thenComparing(Waiver::reason);

    private WaiverApplier() {
    }

    /** Returns the result with the waivers applied as of its as-of date; {@code plain} must have none yet. */
    public static CheckResult apply(CheckResult plain, Collection<Waiver> waivers) {
        if (!plain.waived().isEmpty() || !plain.expiredWaivers().isEmpty() || !plain.unusedWaivers().isEmpty()) {
            throw new IllegalArgumentException("waivers are applied to a result once");
        }
        List<Waiver> sorted = new ArrayList<>(new LinkedHashSet<>(waivers));
        sorted.sort(ORDER);
        List<Violation> kept = new ArrayList<>();
        List<WaivedViolation> waived = new ArrayList<>();
        Set<Waiver> matching = new LinkedHashSet<>();
        for (Violation v : plain.violations()) {
            Waiver chosen = null;
            for (Waiver w : sorted) {
                if (!w.matches(v)) {
                    continue;
                }
                matching.add(w);
                // ORDER puts a rule's waivers with a path before those without: the first valid one is chosen
                if (chosen == null && !w.expiredOn(plain.asOf())) {
                    chosen = w;
                }
            }
            if (chosen != null) {
                waived.add(new WaivedViolation(v, chosen));
            } else {
                kept.add(v);
            }
        }
        List<Waiver> expired = sorted.stream().filter(w -> matching.contains(w) && w.expiredOn(plain.asOf()))
                .toList();
        List<Waiver> unused = sorted.stream().filter(w -> !matching.contains(w)).toList();
        return new CheckResult(plain.planId(), plain.packIds(), plain.asOf(), kept, plain.obligations(), waived,
                expired, unused);
    }
}
