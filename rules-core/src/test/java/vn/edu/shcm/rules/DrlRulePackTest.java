package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.testing.TestPlans;

/** Packs read from a directory (the development path): compiling, metadata, scopes and loud failures. */
class DrlRulePackTest {

    @TempDir
    Path dir;

    static final String ONE_RULE = """
            package test.pack;
            import vn.edu.shcm.rules.facts.Findings;
            import vn.edu.shcm.rules.facts.SessionFact;

            rule "dev:no-session-on-sunday"
                @severity("WARNING") @source("I.1") @scope("SCHOOL_GROUP")
            when
                $s : SessionFact( date.getDayOfWeek() == java.time.DayOfWeek.SUNDAY )
            then
                Findings.at(kcontext, $s.path("date")).with("date", $s.date()).violation();
            end
            """;

    RulePack pack(String drl, String rules) throws IOException {
        return DrlRulePack.fromDirectory(TestPacks.write(dir, TestPacks.cluster2025("dev", "[\"rules.drl\"]", rules),
                Map.of("rules.drl", drl)));
    }

    static Plan sundayPlan(Scope scope) {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").scope(scope)
                .cluster(scope == Scope.CLUSTER ? TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").build().cluster()
                        : null)
                .sessions(session("s", "2025-11-09").build()).build();
    }

    @Test
    void aPackFromADirectoryCompilesAndReportsWithItsMetadata() throws IOException {
        RulePack pack = pack(ONE_RULE, "{\"dev:no-session-on-sunday\": " + TestPacks.texts("Chủ nhật {date}") + "}");
        RuleInfo rule = pack.rule("dev:no-session-on-sunday").orElseThrow();
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(new Citation("Tài liệu thử", "I.1"), rule.citation());
        assertEquals(Set.of(Scope.SCHOOL_GROUP), rule.scopes());
        assertEquals(1, pack.rules().size(), "its own rule; the core rules are the checker's");

        CheckResult r = Checker.builder().packs(RulePacks.of(pack)).build()
                .check(sundayPlan(Scope.SCHOOL_GROUP), "dev", d("2025-12-01"));
        Violation v = r.violations().get(0);
        assertEquals("dev:no-session-on-sunday /sessions/0/date WARNING", v.ruleId() + " " + v.path() + " "
                + v.severity());
        assertEquals("Chủ nhật 09/11/2025", v.message());
        assertEquals("Chủ nhật 2025-11-09", v.messageEn());
    }

    @Test
    void aRuleRunsOnlyForItsScopes() throws IOException {
        RulePack pack = pack(ONE_RULE, "{\"dev:no-session-on-sunday\": " + TestPacks.texts("Chủ nhật") + "}");
        CheckResult r = Checker.builder().packs(RulePacks.of(pack)).build()
                .check(sundayPlan(Scope.CLUSTER), "dev", d("2025-12-01"));
        assertEquals(List.of(), r.violationsOf("dev:no-session-on-sunday"));
    }

    @Test
    void aDrlRuleWithoutTextsFailsNamingIt() throws IOException {
        RulePack pack = pack(ONE_RULE, "{}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("\"dev:no-session-on-sunday\" has @severity but no texts"), e.getMessage());
    }

    @Test
    void textsWithoutDrlRuleFailNamingThem() throws IOException {
        RulePack pack = pack(ONE_RULE, "{\"dev:no-session-on-sunday\": " + TestPacks.texts("x") + ", \"dev:ghost\": "
                + TestPacks.texts("x") + "}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("rule dev:ghost has texts but no DRL rule"), e.getMessage());
    }

    @Test
    void badMetadataFailsNamingTheRule() throws IOException {
        RulePack pack = pack(ONE_RULE.replace("@severity(\"WARNING\") @source(\"I.1\")", "@severity(\"SEVERE\")"),
                "{\"dev:no-session-on-sunday\": " + TestPacks.texts("x") + "}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("has @severity(SEVERE); expected ERROR, WARNING or INFO"), e.getMessage());
    }

    @Test
    void aScopeOutsideThePacksCoverageFails() throws IOException {
        RulePack pack = pack(ONE_RULE.replace("@scope(\"SCHOOL_GROUP\")", "@scope(\"NETWORK\")"),
                "{\"dev:no-session-on-sunday\": " + TestPacks.texts("x") + "}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("outside the pack's scopes [CLUSTER, SCHOOL_GROUP]"), e.getMessage());
    }

    @Test
    void aRuleWithoutSourceFails() throws IOException {
        RulePack pack = pack(ONE_RULE.replace(" @source(\"I.1\")", ""),
                "{\"dev:no-session-on-sunday\": " + TestPacks.texts("x") + "}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("has no @source"), e.getMessage());
    }

    @Test
    void aRuleIdOfAnotherPackFails() throws IOException {
        RulePack pack = pack(ONE_RULE.replace("dev:no-session", "other:no-session"),
                "{\"other:no-session-on-sunday\": " + TestPacks.texts("x") + "}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("does not start with \"dev:\""), e.getMessage());
    }

    @Test
    void aDrlSyntaxErrorFailsNamingTheFile() throws IOException {
        RulePack pack = pack(ONE_RULE.replace("then", "than"), "{}");
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("rule pack dev does not compile") && e.getMessage().contains("rules.drl"),
                e.getMessage());
    }

    @Test
    void aListedFileThatIsMissingFails() throws IOException {
        RulePack pack = DrlRulePack.fromDirectory(TestPacks.write(dir, TestPacks.cluster2025("dev", "[\"gone.drl\"]",
                "{}")));
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertEquals("rule pack dev lists gone.drl, which is missing", e.getMessage());
    }

    @Test
    void aDescriptorWithAnUnknownFieldFailsNamingIt() throws IOException {
        String descriptor = TestPacks.cluster2025("dev", "[]", "{\"dev:x\": {\"title\": \"t\", \"titleEn\": \"t\", "
                + "\"text\": \"t\", \"textEn\": \"t\", \"mesages\": {}}}");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DrlRulePack.fromDirectory(TestPacks.write(dir, descriptor)));
        assertTrue(e.getMessage().contains("unknown field \"mesages\" at /rules/dev:x"), e.getMessage());
    }

    @Test
    void aDescriptorWithAWrongTypeFailsNamingTheField() throws IOException {
        String descriptor = TestPacks.cluster2025("dev", "\"rules.drl\"", "{}");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DrlRulePack.fromDirectory(TestPacks.write(dir, descriptor)));
        assertTrue(e.getMessage().contains("/ruleFiles must be an array of strings"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutDescriptorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DrlRulePack.fromDirectory(dir));
    }

    @Test
    void aMessageTemplateThatIsMissingFailsTheCheckLoudly() throws IOException {
        RulePack pack = pack(ONE_RULE.replace(".violation()", ".violation(\"nope\")"),
                "{\"dev:no-session-on-sunday\": " + TestPacks.texts("x") + "}");
        Checker checker = Checker.builder().packs(RulePacks.of(pack)).build();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> checker.check(sundayPlan(Scope.SCHOOL_GROUP), "dev", d("2025-12-01")));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("has no message \"nope\""), cause.toString());
    }

    @Test
    void theRegistryRefusesTwoPacksWithOneId() throws IOException {
        RulePack one = pack(ONE_RULE, "{}");
        RulePack two = DrlRulePack.fromDirectory(TestPacks.write(java.nio.file.Files.createTempDirectory(dir, "b"),
                TestPacks.cluster2025("dev", "[]", "{}")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RulePacks.of(one, two));
        assertTrue(e.getMessage().startsWith("two rule packs have the id \"dev\": "), e.getMessage());
        assertEquals(2, e.getMessage().split("DirectoryPack").length - 1, "names both providers: " + e.getMessage());
    }

    @Test
    void theRegistryFindsRulesIncludingCoreOnes() throws IOException {
        RulePacks packs = RulePacks.of(pack(ONE_RULE, "{\"dev:no-session-on-sunday\": " + TestPacks.texts("x") + "}"));
        assertEquals("dev:no-session-on-sunday", packs.rule("dev:no-session-on-sunday").id());
        assertEquals(Severity.WARNING, packs.rule("core:milestone-order").severity());
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> packs.rule("dev:nope"));
        assertEquals(UnknownIdException.Kind.RULE, e.kind());
        assertTrue(e.known().contains("dev:no-session-on-sunday"));
        assertThrows(UnknownIdException.class, () -> packs.rule("nopack"));
    }
}
