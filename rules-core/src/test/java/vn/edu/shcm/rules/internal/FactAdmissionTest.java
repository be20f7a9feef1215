package vn.edu.shcm.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.facts.CheckContext;
import vn.edu.shcm.rules.facts.Deliverable;
import vn.edu.shcm.rules.facts.DeliverableKind;
import vn.edu.shcm.rules.facts.FieldGap;
import vn.edu.shcm.rules.facts.SessionFact;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.facts.PlanFacts;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * What the core rules' network admits, read from it: the core rules match a milestone delivered after its session
 * ({@code session != null, kind.milestone(), deliveredOn > session.date}), a counted session, and a plan whose head
 * is its deputy; nothing else they could match is admitted, and every admitted fact is one they can match.
 */
class FactAdmissionTest {

    static final FactAdmission CORE = CoreRules.runtime().admission();

    static final Milestones AFTER = new Milestones(d("2025-11-20"), null, null, null, null, null, List.of(), null);
    static final Milestones BEFORE = new Milestones(d("2025-11-10"), null, null, null, null, null, List.of(), null);

    static List<Object> facts(Plan plan) {
        SchoolCalendar calendar = SchoolCalendar.builtIn(plan.schoolYear()).orElseThrow();
        return FactBuilder.facts(new CheckContext(plan, calendar, d("2025-12-01"), Map.of()));
    }

    static Plan plan(Milestones milestones, String head, String deputy) {
        Plan p = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b")
                .sessions(session("s", "2025-11-14").milestones(milestones).build()).build();
        return p.toBuilder().cluster(new Cluster(p.cluster().name(), head, deputy, null, p.cluster().members(), null))
                .build();
    }

    static Deliverable milestone(List<Object> facts, DeliverableKind kind) {
        return facts.stream().filter(f -> f instanceof Deliverable m && m.kind() == kind).map(Deliverable.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void aMilestoneIsAdmittedOnlyWhenDeliveredAfterItsSession() {
        assertTrue(CORE.admits(milestone(facts(plan(AFTER, "a", "b")), DeliverableKind.PREPARATION_ASSIGNED)));
        assertFalse(CORE.admits(milestone(facts(plan(BEFORE, "a", "b")), DeliverableKind.PREPARATION_ASSIGNED)));
        // the day of the session itself is not after it
        Milestones sameDay = new Milestones(d("2025-11-14"), null, null, null, null, null, List.of(), null);
        assertFalse(CORE.admits(milestone(facts(plan(sameDay, "a", "b")), DeliverableKind.PREPARATION_ASSIGNED)));
        // undelivered milestones and the plan's own deliverables (no session) never are
        assertFalse(CORE.admits(milestone(facts(plan(AFTER, "a", "b")), DeliverableKind.REVIEW_MEETING)));
        assertFalse(CORE.admits(milestone(facts(plan(AFTER, "a", "b")), DeliverableKind.PLAN)));
    }

    @Test
    void aPlanIsAdmittedOnlyWhenItsHeadIsItsDeputy() {
        Plan same = plan(BEFORE, "a", "a");
        Plan different = plan(BEFORE, "a", "b");
        assertTrue(CORE.admits(same));
        assertFalse(CORE.admits(different));
    }

    @Test
    void countedSessionsAreAdmittedAndClassesNoCoreRuleReadsAreNot() {
        List<Object> facts = facts(plan(BEFORE, "a", "b"));
        assertTrue(facts.stream().filter(SessionFact.class::isInstance).allMatch(CORE::admits));
        assertTrue(facts.stream().anyMatch(FieldGap.class::isInstance));
        assertFalse(facts.stream().filter(FieldGap.class::isInstance).anyMatch(CORE::admits));
        assertFalse(CORE.matches(FieldGap.class));
        assertFalse(CORE.admitsEverything());
        assertEquals(Set.of(SessionFact.class, Deliverable.class), CoreRules.runtime().factTypes());
        assertEquals(Set.of(SessionFact.class, Deliverable.class), CORE.matched(PlanFacts.TYPES));
    }

    @Test
    void theCoreRulesFindTheSameWithOrWithoutTheFilter() {
        for (Plan plan : List.of(plan(AFTER, "a", "a"), plan(BEFORE, "a", "b"), plan(AFTER, "a", "b"))) {
            List<Object> facts = facts(plan);
            CheckContext context = (CheckContext) facts.get(0);
            FindingSink filtered = CoreRules.runtime().execute(context, facts, false);
            FindingSink every = CoreRules.runtime().execute(context, facts, true);
            assertEquals(every.violations(), filtered.violations());
            assertEquals(every.obligations(), filtered.obligations());
        }
        assertEquals(2, CoreRules.runtime().execute((CheckContext) facts(plan(AFTER, "a", "a")).get(0),
                facts(plan(AFTER, "a", "a")), false).violations().size());
    }
}
