package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The cluster that makes a CLUSTER or NETWORK plan: its members and who leads it.
 *
 * @param name the cluster's name, e.g. {@code Cụm trường An Tiến}
 * @param head the member id of the cluster head (cụm trưởng), or null
 * @param deputy the member id of the deputy (cụm phó), or null
 * @param previousHead the member id of the previous school year's head, when known, or null
 * @param members the members; never null (a null list becomes empty)
 * @param rolesReportedOn the day the head and deputy were reported to the standing office, or null
 */
public record Cluster(String name, String head, String deputy, String previousHead, List<Member> members,
                      LocalDate rolesReportedOn) {

    /** Copies {@code members}; a null list becomes empty. */
    public Cluster {
        members = Copies.list("members", members);
    }

    /** Returns a cluster with the given name, head, deputy and members and nothing else. */
    public static Cluster of(String name, String head, String deputy, List<Member> members) {
        return new Cluster(name, head, deputy, null, members, null);
    }

    /** Returns a copy with {@code previousHead} replaced. */
    public Cluster withPreviousHead(String previousHead) {
        return new Cluster(name, head, deputy, previousHead, members, rolesReportedOn);
    }

    /** Returns a copy with {@code rolesReportedOn} replaced. */
    public Cluster withRolesReportedOn(LocalDate rolesReportedOn) {
        return new Cluster(name, head, deputy, previousHead, members, rolesReportedOn);
    }
}
