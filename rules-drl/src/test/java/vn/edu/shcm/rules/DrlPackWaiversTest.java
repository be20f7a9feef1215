package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.TestPlans;

/** Waivers over the findings of a pack compiled at run time: obligations are never waived. */
class DrlPackWaiversTest {

    @TempDir
    Path dir;

    @Test
    void obligationsAreNeverWaived() throws IOException {
        String drl = """
                package test.pack;
                import vn.edu.shcm.rules.facts.Findings;
                import vn.edu.shcm.rules.facts.CheckContext;

                rule "dev:report-due"
                    @severity("ERROR") @source("IV")
                when
                    CheckContext()
                then
                    Findings.at(kcontext, "/reports").obligation(java.time.LocalDate.of(2026, 1, 17), "default");
                end
                """;
        RulePack pack = DrlPacks.fromDirectory(TestPacks.write(dir, TestPacks.cluster2025("dev",
                "[\"rules.drl\"]", "{\"dev:report-due\": " + TestPacks.texts("Báo cáo") + "}"),
                Map.of("rules.drl", drl)));
        Checker checker = Checker.builder().packs(RulePacks.of(pack)).build();
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").sessions(session("s", "2025-11-10").build())
                .build();
        Waiver w = CheckerWaiversTest.waiver("dev:report-due", null, "2026-12-31");
        CheckResult r = checker.check(plan, "dev", d("2025-12-01"), List.of(w));
        assertEquals(List.of("/reports"), r.obligationsOf("dev:report-due").stream().map(Obligation::path).toList());
        assertEquals(List.of(), r.waived());
        assertEquals(List.of(w), r.unusedWaivers());
    }
}
