package vn.edu.shcm.rules.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;

/** Short ways to build plans and read results in tests. */
public final class TestPlans {

    private TestPlans() {
    }

    /** Parses an ISO date. */
    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Returns the school year starting in {@code startYear}. */
    public static SchoolYear year(int startYear) {
        return SchoolYear.of(startYear);
    }

    /** Returns a cluster plan of the given level and year whose members have the given ids (names "Trường id"). */
    public static Plan.Builder clusterPlan(Level level, int startYear, String... memberIds) {
        List<Member> members = Arrays.stream(memberIds).map(id -> new Member(id, "Trường " + id)).toList();
        return Plan.builder("test-plan", SchoolYear.of(startYear), level, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm thử", memberIds.length > 0 ? memberIds[0] : null,
                        memberIds.length > 1 ? memberIds[1] : null, members));
    }

    /** Returns a session builder with an id and ISO date. */
    public static Session.Builder session(String id, String isoDate) {
        return Session.builder(id, LocalDate.parse(isoDate));
    }

    /** Returns the plan with its session at {@code index} changed by {@code change}. */
    public static Plan withSession(Plan plan, int index, UnaryOperator<Session.Builder> change) {
        List<Session> sessions = new ArrayList<>(plan.sessions());
        sessions.set(index, change.apply(sessions.get(index).toBuilder()).build());
        return plan.toBuilder().sessions(sessions).build();
    }

    /** Returns the plan with these reports instead of its own. */
    public static Plan withReports(Plan plan, Report... reports) {
        return plan.toBuilder().reports(reports).build();
    }

    /**
     * Returns the plan with each {@code core:} rule broken once, for rule coverage: the first member is both head
     * and deputy; the first session has its invitation sent the day after it and its preparation assigned after
     * its review meeting; and a copy of the first session (id {@code core-outside}) falls on 20 August after the
     * school year. The plan needs a cluster with members and at least one session.
     */
    public static Plan breakingCoreRules(Plan plan) {
        Cluster c = plan.cluster();
        String first = c.members().get(0).id();
        Session s0 = plan.sessions().get(0);
        Session early = s0.toBuilder().milestones(s0.milestones().toBuilder()
                .preparationAssignedOn(s0.date().minusDays(10)).reviewMeetingOn(s0.date().minusDays(20))
                .invitationSentOn(s0.date().plusDays(1)).build()).build();
        List<Session> sessions = new ArrayList<>(plan.sessions());
        sessions.set(0, early);
        sessions.add(s0.toBuilder().id("core-outside").date(LocalDate.of(plan.schoolYear().endYear(), 8, 20))
                .build());
        return plan.toBuilder().cluster(new Cluster(c.name(), first, first, c.previousHead(), c.members(),
                c.rolesReportedOn())).sessions(sessions).build();
    }

    /** Returns the violations of a rule. */
    public static List<Violation> violations(CheckResult result, String ruleId) {
        return result.violationsOf(ruleId);
    }

    /** Returns the paths of a rule's violations, in result order. */
    public static List<String> paths(CheckResult result, String ruleId) {
        return result.violationsOf(ruleId).stream().map(Violation::path).toList();
    }

    /** Returns the obligations of a rule. */
    public static List<Obligation> obligations(CheckResult result, String ruleId) {
        return result.obligationsOf(ruleId);
    }

    /** Returns "ruleId path" for every violation, for readable assertion failures. */
    public static List<String> summary(CheckResult result) {
        return result.violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
    }
}
