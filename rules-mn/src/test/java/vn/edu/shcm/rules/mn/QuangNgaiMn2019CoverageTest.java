package vn.edu.shcm.rules.mn;

import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.AFTER_YEAR;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.CHECKER;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.CLUSTER_2;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.PACK;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.compliant;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.m;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.withMembers;
import static vn.edu.shcm.rules.mn.QuangNgaiMn2019Test.withRolesReportedOn;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.TestPlans;
import vn.edu.shcm.rules.testkit.RuleCoverage;

/**
 * Every rule {@code quangngai-mn-2019} runs, its own and the core ones, fires on at least one of a few plans, each
 * {@link QuangNgaiMn2019Test#compliant()} with some things broken: a rule added to the pack without a plan that
 * breaks it fails here.
 */
class QuangNgaiMn2019CoverageTest {

    static List<Plan> plans() {
        Plan p = compliant();
        return List.of(
                // Sơn Tây in cluster 2 instead of Ba Tơ
                withMembers(p, CLUSTER_2.get(0), CLUSTER_2.get(1), CLUSTER_2.get(2), CLUSTER_2.get(3),
                        m("ba-to", "Sơn Tây")),
                // roles, plan, product and results never reported
                withRolesReportedOn(p, null).toBuilder().submittedOn(null).products(List.of()).reports(List.of())
                        .build(),
                // no thematic session from February to May, the last session without invitation or initiative
                withSession(withSession(p, 1, s -> s.activities(Activity.OBSERVATION)), 2,
                        s -> s.milestones(Milestones.NONE).initiativesBy()),
                TestPlans.breakingCoreRules(p));
    }

    @Test
    void everyRuleOfThePackIsExercised() {
        RuleCoverage coverage = RuleCoverage.of(CHECKER.packs().get(PACK));
        for (Plan plan : plans()) {
            coverage = coverage.record(CHECKER.check(plan, PACK, AFTER_YEAR));
        }
        coverage.assertAllRulesExercised();
    }
}
