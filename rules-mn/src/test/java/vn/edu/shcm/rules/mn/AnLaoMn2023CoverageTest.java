package vn.edu.shcm.rules.mn;

import static vn.edu.shcm.rules.mn.AnLaoMn2023Test.AFTER_YEAR;
import static vn.edu.shcm.rules.mn.AnLaoMn2023Test.CHECKER;
import static vn.edu.shcm.rules.mn.AnLaoMn2023Test.PACK;
import static vn.edu.shcm.rules.mn.AnLaoMn2023Test.compliant;
import static vn.edu.shcm.rules.mn.AnLaoMn2023Test.withInvitation;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.TestPlans;
import vn.edu.shcm.rules.testkit.RuleCoverage;

/**
 * Every rule {@code anlao-mn-2023} runs, its own and the core ones, fires on at least one of a few plans, each
 * {@link AnLaoMn2023Test#compliant()} with some things broken: a rule added to the pack without a plan that breaks
 * it fails here.
 */
class AnLaoMn2023CoverageTest {

    static List<Plan> plans() {
        Plan p = compliant();
        return List.of(
                // the second invitation a day late and to the Phòng GDĐT only
                withInvitation(p, 1, "2023-11-07", Invitee.PHONG_GDDT),
                // the third session moved without approval or notice, the second without content or participants
                withSession(withSession(p, 2, s -> s.moved(d("2023-12-14"), null, false)), 1,
                        s -> s.content(null).participants(null)),
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
