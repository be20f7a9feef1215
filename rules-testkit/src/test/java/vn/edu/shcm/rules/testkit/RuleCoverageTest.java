package vn.edu.shcm.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.DrlRulePack;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/** Rule coverage over real checks and over hand-made results. */
class RuleCoverageTest {

    static final RulePack CORE = new CoreOnlyPack();
    static final Checker CHECKER = Checker.builder().packs(RulePacks.of(CORE)).build();
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final List<String> CORE_RULES = List.of("core:session-outside-school-year", "core:head-is-deputy",
            "core:milestone-after-session", "core:milestone-order");

    static Plan clean() {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b")
                .sessions(TestPlans.session("s1", "2025-11-10").build()).build();
    }

    /** Head is deputy, and session s1 has a milestone after it and its milestones out of order. */
    static Plan threeRulesBroken() {
        Plan plan = clean();
        return plan.toBuilder().cluster(Cluster.of("Cụm", "a", "a", plan.cluster().members()))
                .sessions(TestPlans.session("s1", "2025-11-10").milestones(Milestones.builder()
                        .preparationAssignedOn(TestPlans.d("2025-11-05")).reviewMeetingOn(TestPlans.d("2025-11-01"))
                        .invitationSentOn(TestPlans.d("2025-11-11")).build()).build()).build();
    }

    static Plan outsideTheYear() {
        return clean().toBuilder().sessions(TestPlans.session("s1", "2026-06-10").build(),
                TestPlans.session("s2", "2026-06-11").build()).build();
    }

    static CheckResult check(Plan plan) {
        return CHECKER.check(plan, CORE.id(), AS_OF);
    }

    @Test
    void nothingRecordedExercisesNothingAndTheFailureSaysWhatEachMissingRuleDemands() {
        RuleCoverage none = RuleCoverage.of(CORE);
        assertEquals(CORE_RULES, none.unexercised());
        AssertionError e = assertThrows(AssertionError.class, none::assertAllRulesExercised);
        assertTrue(e.getMessage().startsWith("4 of 4 rules of pack test-core-only were not exercised by the 0 "
                + "results recorded:\n  core:session-outside-school-year (ERROR, core): "), e.getMessage());
        assertTrue(e.getMessage().endsWith("\nExercised: none"), e.getMessage());
    }

    @Test
    void aRuleIsExercisedWhenSomeResultHoldsAFindingOfIt() {
        RuleCoverage some = RuleCoverage.of(CORE).record(check(clean())).record(check(threeRulesBroken()));
        assertEquals(List.of("core:head-is-deputy", "core:milestone-after-session", "core:milestone-order"),
                some.exercised());
        assertEquals(List.of("core:session-outside-school-year"), some.unexercised());
        AssertionError e = assertThrows(AssertionError.class, some::assertAllRulesExercised);
        assertTrue(e.getMessage().startsWith("1 of 4 rules of pack test-core-only was not exercised by the 2 results "
                + "recorded:\n  core:session-outside-school-year (ERROR, core): "), e.getMessage());
        assertTrue(e.getMessage().endsWith("\nExercised: core:head-is-deputy ×1, core:milestone-after-session ×1, "
                + "core:milestone-order ×1"), e.getMessage());

        RuleCoverage all = some.recordAll(List.of(check(outsideTheYear())));
        assertSame(all, all.assertAllRulesExercised());
        assertEquals(Map.of("core:session-outside-school-year", 2, "core:head-is-deputy", 1,
                "core:milestone-after-session", 1, "core:milestone-order", 1), all.counts());
        assertEquals(3, all.results());
        assertEquals("test-core-only: 4/4 rules exercised by 3 results", all.toString());
        assertEquals(List.of("core:session-outside-school-year"), some.unexercised(), "recording made a new coverage");
    }

    @Test
    void waivedViolationsAndObligationsCountToo() {
        CheckResult broken = check(threeRulesBroken());
        Waiver waiver = new Waiver("core:head-is-deputy", null, "Cụm một trường", "Sở GDĐT", AS_OF);
        CheckResult waived = CHECKER.check(threeRulesBroken(), CORE.id(), AS_OF, List.of(waiver));
        assertEquals(List.of("core:head-is-deputy"), RuleCoverage.of(CORE).record(new CheckResult(waived.planId(),
                waived.packIds(), AS_OF, List.of(), List.of(), waived.waived(), List.of(), List.of())).exercised());
        Obligation due = new Obligation("core:milestone-order", AS_OF, "/sessions/0", "m", "m",
                new Citation("d", "core"));
        assertEquals(List.of("core:milestone-order"), RuleCoverage.of(CORE).record(new CheckResult("p",
                List.of(CORE.id()), AS_OF, List.of(), List.of(due))).exercised());
        assertEquals(3, RuleCoverage.of(CORE).record(broken).exercised().size());
        assertTrue(waived.waived().stream().map(WaivedViolation::waiver).allMatch(waiver::equals));
    }

    @Test
    void aResultOfAnotherPackOrWithRulesThePackDoesNotRunIsRefused() {
        CheckResult other = new CheckResult("p", List.of("tuyenquang-mn-2025"), AS_OF, List.of(), List.of());
        IllegalArgumentException pack = assertThrows(IllegalArgumentException.class,
                () -> RuleCoverage.of(CORE).record(other));
        assertEquals("a result of packs [tuyenquang-mn-2025] (plan p) cannot count toward the coverage of pack "
                + "test-core-only", pack.getMessage());
        Violation stranger = new Violation("test-core-only:retired", Severity.ERROR, "/x", "m", "m",
                new Citation("d", "s"), Map.of());
        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class, () -> RuleCoverage.of(CORE)
                .record(new CheckResult("p", List.of(CORE.id()), AS_OF, List.of(stranger), List.of())));
        assertEquals("the result of plan p holds findings of rules that pack test-core-only does not run: "
                + "test-core-only:retired", rule.getMessage());
    }

    @TempDir
    Path dir;

    @Test
    void withoutCoreRulesOnlyThePacksOwnRulesCount() throws IOException {
        Files.writeString(dir.resolve("pack.json"), """
                {"id": "dev", "title": "Gói thử", "titleEn": "Test pack",
                 "source": {"title": "Tài liệu thử", "issuer": "Kiểm thử", "citation": "Tài liệu thử"},
                 "jurisdiction": {"national": true},
                 "coverage": {"levels": ["THCS"], "scopes": ["CLUSTER"], "firstYear": "2025-2026", "lastYear": null},
                 "ruleFiles": ["rules.drl"],
                 "rules": {"dev:any-session": {"title": "t", "titleEn": "t", "text": "t", "textEn": "a session",
                   "messages": {"default": {"vi": "m", "en": "m"}}}}}
                """);
        Files.writeString(dir.resolve("rules.drl"), """
                package test.pack;
                import vn.edu.shcm.rules.facts.Findings;
                import vn.edu.shcm.rules.facts.SessionFact;

                rule "dev:any-session"
                    @severity("INFO") @source("I")
                when
                    $s : SessionFact()
                then
                    Findings.at(kcontext, $s.path("date")).violation();
                end
                """);
        RulePack dev = DrlRulePack.fromDirectory(dir);
        CheckResult r = Checker.builder().packs(RulePacks.of(dev)).build().check(clean(), "dev", AS_OF);
        RuleCoverage own = RuleCoverage.of(dev).withoutCoreRules().record(r);
        assertEquals(List.of("dev:any-session"), own.rules().stream().map(x -> x.id()).toList());
        own.assertAllRulesExercised();
        assertEquals(4, RuleCoverage.of(dev).record(r).unexercised().size(), "with the core rules, 4 are missing");
        assertEquals(1, RuleCoverage.of(dev).withoutCoreRules().record(Checker.builder().packs(RulePacks.of(dev))
                .build().check(threeRulesBroken(), "dev", AS_OF)).exercised().size(),
                "core findings are accepted and ignored");
    }
}
