package vn.edu.shcm.rules.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.internal.WarmUpPlans;

/** The built-in warm-up plan is a plan each shipped pack checks, so warming up runs every pack's rules. */
class WarmUpTest {

    @Test
    void everyShippedPackChecksItsWarmUpPlanAndFindsSomething() {
        Checker checker = Checker.create();
        assertFalse(checker.packs().all().isEmpty());
        for (RulePack pack : checker.packs().all()) {
            WarmUpPlans.WarmUp w = WarmUpPlans.forCoverage(pack.coverage(), Map.of()).orElseThrow(
                    () -> new AssertionError(pack.id() + ": no school year with a calendar"));
            CheckResult result = checker.check(w.plan(), pack.id(), w.asOf());
            assertTrue(!result.violations().isEmpty() || !result.obligations().isEmpty(), pack.id());
            assertTrue(pack.coverage().covers(w.plan().schoolYear()), pack.id());
        }
    }

    @Test
    void warmUpReturnsTheSameCheckerAndItStillChecks() {
        Checker checker = Checker.create();
        assertSame(checker, checker.warmUp());
    }
}
