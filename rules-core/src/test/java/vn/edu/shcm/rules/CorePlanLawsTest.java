package vn.edu.shcm.rules;

import java.util.List;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.PlanLaws;

/** The plan laws over the core rules alone, on plans of every level, scope and year the test pack covers. */
class CorePlanLawsTest extends PlanLaws {

    private static final Checker CHECKER = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();

    @Override
    protected Checker checker() {
        return CHECKER;
    }

    @Override
    protected List<PackRules> packs() {
        // only the core rules, which PackRules classifies itself
        return List.of(PackRules.of("test-core-only"));
    }
}
