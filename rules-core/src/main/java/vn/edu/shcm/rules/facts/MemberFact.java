package vn.edu.shcm.rules.facts;

import vn.edu.shcm.rules.model.Member;

/**
 * A member of the plan's cluster with what it does in the plan's counted sessions.
 *
 * @param index its index in the cluster's {@code members}
 * @param member the member
 * @param hosted how many counted sessions it hosts
 * @param initiatives at how many counted sessions it presents an initiative of its own
 */
public record MemberFact(int index, Member member, int hosted, int initiatives) {

    /** Returns the JSON pointer of the member, e.g. {@code /cluster/members/3}. */
    public String path() {
        return "/cluster/members/" + index;
    }

    /** Returns the member's name in comparable form (see {@link Names#normalize(String)}). */
    public String normalizedName() {
        return Names.normalize(member.name());
    }

    /** Returns the member's id. */
    public String id() {
        return member.id();
    }
}
