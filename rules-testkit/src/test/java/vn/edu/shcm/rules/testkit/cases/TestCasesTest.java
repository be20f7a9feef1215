package vn.edu.shcm.rules.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.drl.DrlPacks;

/** Cases as data against the demo pack (one rule: at least two sessions a year), compiled from its DRL. */
class TestCasesTest {

    static final Path DEMO = Path.of("src/test/resources/demo-pack");
    static final RulePack PACK = DrlPacks.fromDirectory(DEMO);
    static final Checker CHECKER = Checker.builder().packs(RulePacks.of(PACK)).build();

    @TempDir
    Path dir;

    @BeforeEach
    void copyPlan() throws IOException {
        Files.createDirectories(dir.resolve("plans"));
        Files.copy(DEMO.resolve("cases/plans/plan.json"), dir.resolve("plans/plan.json"));
    }

    Path write(String name, String expectAndEdits) throws IOException {
        Path f = dir.resolve(name + ".json");
        Files.writeString(f, "{ \"packs\": [\"demo-mn-2025\"], \"asOf\": \"2026-06-15\", \"planFile\": \"plans/plan.json\", "
                + expectAndEdits + " }");
        return f;
    }

    CaseOutcome run(String name, String body) throws IOException {
        return TestCases.run(TestCase.read(write(name, body), name), CHECKER);
    }

    @TestFactory
    Stream<DynamicNode> theDemoPacksOwnCasesPassAndCoverItsRule() {
        return TestCases.load(DEMO.resolve("cases")).dynamicTests(CHECKER, "demo-mn-2025");
    }

    @Test
    void theDynamicTestsAreOnePerCaseThenCoverageThenEveryFact() {
        List<DynamicNode> nodes = TestCases.load(DEMO.resolve("cases")).dynamicTests(CHECKER, "demo-mn-2025").toList();
        assertEquals(List.of("min-sessions-per-year/one-session-violates", "min-sessions-per-year/two-sessions-comply",
                "rule coverage of demo-mn-2025", "every fact gives the same results (demo-mn-2025)"),
                nodes.stream().map(DynamicNode::getDisplayName).toList());
    }

    @Test
    void editsSetAddRemoveAndCopyInOrder() throws IOException {
        TestCase c = TestCase.read(write("e", "\"edits\": [ {\"set\": \"/sessions/0/date\", \"value\": \"2025-11-01\"},"
                + " {\"add\": \"/sessions/-\", \"copyOf\": \"/sessions/0\"}, {\"set\": \"/sessions/2/id\", \"value\": \"s3\"},"
                + " {\"remove\": \"/cluster/deputy\", \"why\": \"no deputy\"}, {\"add\": \"/funding\", \"value\": \"x\"} ],"
                + " \"expect\": {\"exactly\": true}"), "e");
        assertEquals("2025-11-01", c.plan().at("/sessions/0/date").asText());
        assertEquals(3, c.plan().at("/sessions").size());
        assertEquals("2025-11-01", c.plan().at("/sessions/2/date").asText());
        assertEquals("s3", c.plan().at("/sessions/2/id").asText());
        assertTrue(c.plan().at("/cluster/deputy").isMissingNode());
        assertEquals("x", c.plan().at("/funding").asText());
    }

    @Test
    void anEditOfSomethingThePlanDoesNotHaveFailsNamingTheEdit() throws IOException {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> TestCase.read(write("bad",
                "\"edits\": [ {\"remove\": \"/sessions/7\"} ], \"expect\": {\"exactly\": true}"), "bad"));
        assertEquals("/edits/0/remove", e.pointer());
        assertTrue(e.getMessage().contains("list index 7"), e.getMessage());
    }

    @Test
    void anUnknownFieldFailsNamingIt() throws IOException {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> TestCase.read(write("bad",
                "\"expect\": {\"violations\": [ {\"rule\": \"x\", \"pth\": \"/sessions\"} ]}"), "bad"));
        assertEquals("/expect/violations/0/pth", e.pointer());
    }

    @Test
    void aCaseThatExpectsNothingIsRefused() throws IOException {
        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> TestCase.read(write("bad", "\"expect\": {}"), "bad"));
        assertEquals("/expect", e.pointer());
    }

    @Test
    void shortRuleIdsAreRulesOfTheFirstPack() throws IOException {
        TestCase c = TestCase.read(write("s", "\"expect\": {\"notFired\": [\"min-sessions-per-year\", \"core:head-is-deputy\"]}"), "s");
        assertEquals(List.of("demo-mn-2025:min-sessions-per-year", "core:head-is-deputy"), c.expectation().notFired());
    }

    @Test
    void aWrongDetailFailsWithExpectedAndActualForADiff() throws IOException {
        CaseOutcome o = run("wrong", "\"edits\": [ {\"remove\": \"/sessions/1\"} ], \"expect\": {\"violations\": [ "
                + "{\"rule\": \"min-sessions-per-year\", \"details\": {\"actual\": 2}} ]}");
        assertFalse(o.passed());
        assertEquals(List.of("missing violation: * demo-mn-2025:min-sessions-per-year * {\"actual\":2}"), o.problems());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, o::assertPassed);
        assertTrue(e.isExpectedDefined() && e.isActualDefined());
        assertEquals("violations:\n  * demo-mn-2025:min-sessions-per-year * {\"actual\":2}\nobligations:\n",
                e.getExpected().getStringRepresentation());
        assertEquals("violations:\n  ERROR demo-mn-2025:min-sessions-per-year /sessions {\"required\":2,\"actual\":1}\n"
                + "obligations:\n", e.getActual().getStringRepresentation());
    }

    @Test
    void aNumberMatchesWhateverItsJsonForm() throws IOException {
        assertTrue(run("n", "\"edits\": [ {\"remove\": \"/sessions/1\"} ], \"expect\": {\"violations\": [ "
                + "{\"rule\": \"min-sessions-per-year\", \"path\": \"/sessions\", \"severity\": \"ERROR\", "
                + "\"details\": {\"actual\": 1.0}} ]}").passed());
    }

    @Test
    void aMessageMustContainTheGivenText() throws IOException {
        String edits = "\"edits\": [ {\"remove\": \"/sessions/1\"} ], ";
        assertTrue(run("m", edits + "\"expect\": {\"violations\": [ {\"rule\": \"min-sessions-per-year\", "
                + "\"messageEn\": \"has 1 session(s)\", \"message\": \"có 1 buổi\"} ]}").passed());
        assertEquals(List.of("missing violation: * demo-mn-2025:min-sessions-per-year * «has 2 session(s)»"),
                run("m2", edits + "\"expect\": {\"violations\": [ {\"rule\": \"min-sessions-per-year\", "
                        + "\"messageEn\": \"has 2 session(s)\"} ]}").problems());
    }

    @Test
    void aWrongSeverityOrPathFails() throws IOException {
        assertFalse(run("sev", "\"edits\": [ {\"remove\": \"/sessions/1\"} ], \"expect\": {\"violations\": [ "
                + "{\"rule\": \"min-sessions-per-year\", \"severity\": \"WARNING\"} ]}").passed());
        assertFalse(run("path", "\"edits\": [ {\"remove\": \"/sessions/1\"} ], \"expect\": {\"violations\": [ "
                + "{\"rule\": \"min-sessions-per-year\", \"path\": \"/sessions/0\"} ]}").passed());
    }

    @Test
    void exactlyFailsOnAFindingNotListedAndWithoutItPasses() throws IOException {
        String edits = "\"edits\": [ {\"remove\": \"/sessions/1\"}, {\"set\": \"/cluster/deputy\", \"value\": \"a\"} ], ";
        CaseOutcome loose = run("loose", edits + "\"expect\": {\"violations\": [ {\"rule\": \"min-sessions-per-year\"} ]}");
        assertTrue(loose.passed(), loose.summary());
        CaseOutcome exact = run("exact", edits + "\"expect\": {\"violations\": [ {\"rule\": \"min-sessions-per-year\"} ], "
                + "\"exactly\": true}");
        assertEquals(List.of("unexpected violation: ERROR core:head-is-deputy /cluster/deputy {\"head\":\"a\",\"deputy\":\"a\"}"),
                exact.problems());
    }

    @Test
    void aRuleThatMustNotFireButDoesFails() throws IOException {
        CaseOutcome o = run("nf", "\"edits\": [ {\"remove\": \"/sessions/1\"} ], \"expect\": {\"notFired\": [\"min-sessions-per-year\"]}");
        assertEquals(1, o.problems().size());
        assertTrue(o.problems().get(0).startsWith("must not fire, but did: ERROR demo-mn-2025:min-sessions-per-year"));
    }

    @Test
    void twoExpectedViolationsNeedTwoFindings() throws IOException {
        CaseOutcome o = run("two", "\"edits\": [ {\"remove\": \"/sessions/1\"} ], \"expect\": {\"violations\": [ "
                + "{\"rule\": \"min-sessions-per-year\"}, {\"rule\": \"min-sessions-per-year\"} ]}");
        assertEquals(List.of("missing violation: * demo-mn-2025:min-sessions-per-year *"), o.problems());
    }

    @Test
    void anInputErrorIsExpectedWithItsPaths() throws IOException {
        String edits = "\"edits\": [ {\"set\": \"/sessions/0/date\", \"value\": \"15/10/2025\"} ], ";
        assertTrue(run("ie", edits + "\"expect\": {\"inputError\": {\"paths\": [\"/sessions/0/date\"]}}").passed());
        assertEquals(List.of("the input error has no problem at /level (it has [/sessions/0/date])"),
                run("ie2", edits + "\"expect\": {\"inputError\": {\"paths\": [\"/level\"]}}").problems());
        CaseOutcome unexpected = run("ie3", edits + "\"expect\": {\"exactly\": true}");
        assertTrue(unexpected.summary().startsWith("the plan has an input error"), unexpected.summary());
    }

    @Test
    void anUnknownPackFailsTheCaseNamingTheKnownOnes() throws IOException {
        Path f = dir.resolve("u.json");
        Files.writeString(f, "{ \"packs\": [\"nope\"], \"asOf\": \"2026-06-15\", \"planFile\": \"plans/plan.json\", "
                + "\"expect\": {\"exactly\": true} }");
        CaseOutcome o = TestCases.run(TestCase.read(f, "u"), CHECKER);
        assertEquals(List.of("unknown pack id nope (known: demo-mn-2025)"), o.problems());
    }

    @Test
    void coverageNamesTheRulesNoCaseMakesFireOrKeepsQuiet() throws IOException {
        write("quiet", "\"expect\": {\"exactly\": true}");
        CaseCoverage onlyQuiet = TestCases.load(dir).coverage(PACK);
        assertEquals(List.of("demo-mn-2025:min-sessions-per-year"), onlyQuiet.neverFiring());
        assertEquals(List.of(), onlyQuiet.neverQuiet());
        AssertionError e = assertThrows(AssertionError.class, onlyQuiet::assertEveryRuleCovered);
        assertTrue(e.getMessage().contains("no case makes fire: demo-mn-2025:min-sessions-per-year"), e.getMessage());
        DynamicTest coverage = (DynamicTest) TestCases.load(dir).dynamicTests(CHECKER, "demo-mn-2025")
                .filter(n -> n.getDisplayName().startsWith("rule coverage")).findFirst().orElseThrow();
        assertInstanceOf(AssertionError.class, assertThrows(Throwable.class, () -> coverage.getExecutable().execute()));
    }

    @Test
    void filesInAPlansFolderAreNotCases() throws IOException {
        write("quiet", "\"expect\": {\"exactly\": true}");
        assertEquals(List.of("quiet"), TestCases.load(dir).cases().stream().map(TestCase::name).toList());
    }
}
