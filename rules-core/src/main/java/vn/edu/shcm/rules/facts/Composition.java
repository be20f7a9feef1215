package vn.edu.shcm.rules.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.edu.shcm.rules.model.Member;

/**
 * How a cluster's members compare, by name, with the closest of several reference groups (e.g. the clusters a
 * guideline lists): which group, which of its names no member has, and which members are not in it.
 *
 * <p>Names are compared as {@link Names#normalize(String)} does (Unicode form, case and spaces ignored).
 *
 * @param group the 1-based number of the closest group (most names shared; the first on a tie), or 0 when no
 *     member's name is in any group
 * @param missing the closest group's names that no member has, as the reference writes them
 * @param extra the members not in the closest group, or repeating a name an earlier member has, in plan order, as
 *     written (composed Unicode, spaces trimmed and single)
 */
public record Composition(int group, List<String> missing, List<String> extra) {

    /** Copies the lists. */
    public Composition {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** Tells whether the members are exactly one of the groups, no more, no less. */
    public boolean exact() {
        return group > 0 && missing.isEmpty() && extra.isEmpty();
    }

    /** Compares the members with the groups and returns the comparison with the closest group. */
    public static Composition closest(List<Member> members, List<List<String>> groups) {
        int best = 0;
        int bestShared = 0;
        for (int g = 0; g < groups.size(); g++) {
            Set<String> names = Names.normalize(groups.get(g));
            long shared = members.stream().map(m -> Names.normalize(m.name())).filter(names::contains).distinct()
                    .count();
            if (shared > bestShared) {
                best = g + 1;
                bestShared = (int) shared;
            }
        }
        List<String> reference = best == 0 ? List.of() : groups.get(best - 1);
        Set<String> wanted = Names.normalize(reference);
        Set<String> present = new HashSet<>();
        List<String> extra = new ArrayList<>();
        for (Member m : members) {
            String name = Names.normalize(m.name());
            if (!wanted.contains(name) || !present.add(name)) {
                extra.add(Names.display(m.name()));
            }
        }
        List<String> missing = reference.stream().filter(n -> !present.contains(Names.normalize(n))).toList();
        return new Composition(best, missing, extra);
    }
}
