package vn.edu.shcm.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SubjectAssignment;

/** The validator on plans built as Java objects, where the records hold nulls anywhere they allow them. */
class PlanValidatorTest {

    private static final List<Member> MEMBERS = List.of(new Member("a", "Trường A"), new Member("b", "Trường B"));

    private static Plan.Builder clusterPlan() {
        return Plan.builder("p", SchoolYear.of(2025), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm", "a", "b", MEMBERS))
                .sessions(Session.builder("s1", LocalDate.of(2025, 10, 1)).host("a").build());
    }

    private static List<String> pointers(Plan plan) {
        return PlanValidator.problems(plan).stream().map(PlanProblem::path).toList();
    }

    @Test
    void aValidPlanHasNoProblems() {
        assertEquals(List.of(), PlanValidator.problems(clusterPlan().build()));
    }

    @Test
    void aPlanOfNullsReportsEachRequiredFieldInOrder() {
        Plan plan = new Plan(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<PlanProblem> problems = PlanValidator.problems(plan);
        assertEquals(List.of("/id", "/schoolYear", "/level", "/scope"),
                problems.stream().map(PlanProblem::path).toList());
        assertEquals("Missing required field \"schoolYear\".", problems.get(1).messageEn());
        assertEquals("Thiếu trường bắt buộc \"schoolYear\".", problems.get(1).message());
        assertNull(problems.get(1).value());
    }

    @Test
    void aClusterPlanWithoutClusterIsReportedOnceNotPerHost() {
        Plan plan = clusterPlan().cluster(null).build();
        List<PlanProblem> problems = PlanValidator.problems(plan);
        assertEquals(1, problems.size());
        assertEquals("/cluster", problems.get(0).path());
        assertEquals(List.of("/cluster"), pointers(clusterPlan().scope(Scope.NETWORK).cluster(null).build()));
    }

    @Test
    void aPlanWithoutScopeOrClusterChecksNoReferences() {
        assertEquals(List.of("/scope"), pointers(clusterPlan().scope(null).cluster(null).build()));
    }

    @Test
    void membersWithNullsAndBlanks() {
        Plan plan = clusterPlan().cluster(new Cluster(null, null, null, "gone",
                List.of(new Member(null, null), new Member(" ", "B"), new Member("a", ""), new Member("a", "A2")),
                null)).build();
        List<PlanProblem> problems = PlanValidator.problems(plan);
        assertEquals(List.of("/cluster/members/0/id", "/cluster/members/0/name", "/cluster/members/1/id",
                "/cluster/members/2/name", "/cluster/members/3/id"),
                problems.stream().map(PlanProblem::path).toList());
        assertEquals("Duplicate member id \"a\": already used at /cluster/members/2/id.",
                problems.get(4).messageEn());
        assertEquals(" ", problems.get(2).value());
    }

    @Test
    void anEmptyMemberListIsReportedOnceNotPerReference() {
        Plan plan = clusterPlan().cluster(Cluster.of("Cụm", "a", "b", List.of())).build();
        List<PlanProblem> problems = PlanValidator.problems(plan);
        assertEquals(List.of("/cluster/members"), problems.stream().map(PlanProblem::path).toList());
        assertEquals("The cluster must have at least one member in \"members\".", problems.get(0).messageEn());
    }

    @Test
    void sessionsWithNullsDuplicatesAndDanglingReferences() {
        Plan plan = clusterPlan().cluster(Cluster.of("Cụm", "x", "a", MEMBERS).withPreviousHead("gone")).sessions(
                Session.builder(null, null).host("a").build(),
                Session.builder("s1", LocalDate.of(2025, 10, 1)).host("c").initiativesBy("b", "d").build(),
                Session.builder("s1", LocalDate.of(2025, 11, 1)).build(),
                Session.builder("", LocalDate.of(2025, 12, 1)).host("").build()).build();
        // the blank host of /sessions/3 is "not given" (a rule's business), not an unknown member id
        assertEquals(List.of("/cluster/head", "/sessions/0/id", "/sessions/0/date", "/sessions/1/host",
                "/sessions/1/initiativesBy/1", "/sessions/2/id", "/sessions/3/id"),
                pointers(plan));
    }

    @Test
    void reportsAndSubjects() {
        Plan plan = clusterPlan()
                .subjects(List.of(new SubjectAssignment(null, "GV"), new SubjectAssignment("TOAN", null)))
                .reports(new Report(null, null, null), new Report(null, LocalDate.of(2026, 1, 10), List.of()))
                .build();
        assertEquals(List.of("/subjects/0/subject", "/reports/0/kind", "/reports/1/kind"), pointers(plan));
    }

    @Test
    void aHostInAPlanWithoutClusterNamesNoMember() {
        Plan plan = Plan.builder("g", SchoolYear.of(2025), Level.THCS, Scope.SCHOOL_GROUP)
                .sessions(Session.builder("s", LocalDate.of(2025, 10, 1)).host("x").initiativesBy("y").build())
                .build();
        assertEquals(List.of("/sessions/0/host", "/sessions/0/initiativesBy/0"), pointers(plan));
    }

    @Test
    void mapsPointersAlsoInsideMessages() {
        Plan plan = clusterPlan().sessions(Session.builder("s1", LocalDate.of(2025, 10, 1)).build(),
                Session.builder("s1", LocalDate.of(2025, 10, 2)).build()).build();
        List<PlanProblem> problems = PlanValidator.problems(plan, p -> p.replace("/sessions/1", "/sessions/7")
                .replace("/sessions/0", "/sessions/3"));
        assertEquals(1, problems.size());
        assertEquals("/sessions/7/id", problems.get(0).path());
        assertEquals("Duplicate session id \"s1\": already used at /sessions/3/id.", problems.get(0).messageEn());
    }

    @Test
    void problemsComeInDocumentOrder() {
        Session[] sessions = new Session[12];
        Arrays.setAll(sessions, i -> Session.builder("s", LocalDate.of(2025, 10, 1)).build());
        Plan plan = clusterPlan().id(null).sessions(sessions).reports(new Report(null, null, null)).build();
        List<String> pointers = pointers(plan);
        assertEquals("/id", pointers.get(0));
        assertEquals("/sessions/1/id", pointers.get(1));
        assertEquals("/sessions/2/id", pointers.get(2));
        assertEquals("/sessions/10/id", pointers.get(10));
        assertEquals("/sessions/11/id", pointers.get(11));
        assertEquals("/reports/0/kind", pointers.get(12));
    }
}
