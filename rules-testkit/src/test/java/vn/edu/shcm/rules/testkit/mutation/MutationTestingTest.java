package vn.edu.shcm.rules.testkit.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutation testing of the demo pack: its two cases kill every mutant; with one case, the missing side survives. */
class MutationTestingTest {

    static final Path DEMO = Path.of("src/test/resources/demo-pack");

    @Test
    void theDemoPacksCasesKillEveryMutant() {
        MutationReport report = MutationTesting.run(DEMO, DEMO.resolve("cases"), line -> { });
        assertEquals(List.of(), report.survivors().stream().map(Mutant::describe).toList());
        assertEquals(8, report.total());
        assertEquals("killed 8 of 8", report.summaryLine());
        assertEquals(List.of(), report.stillborn());
    }

    @Test
    void withoutTheViolatingCaseTheMutantsThatSilenceTheRuleSurvive(@TempDir Path cases) throws IOException {
        Files.createDirectories(cases.resolve("plans"));
        Files.copy(DEMO.resolve("cases/plans/plan.json"), cases.resolve("plans/plan.json"));
        Files.copy(DEMO.resolve("cases/min-sessions-per-year/two-sessions-comply.json"), cases.resolve("comply.json"));
        Files.writeString(cases.resolve("comply.json"), Files.readString(cases.resolve("comply.json"))
                .replace("../plans/plan.json", "plans/plan.json"));
        MutationReport report = MutationTesting.run(DEMO, cases, line -> { });
        assertEquals(List.of("SEVERITY: @severity(ERROR) → @severity(WARNING)",
                        "NUMBER: $y : Period( kind == PeriodKind.SCHOOL_YEAR, sessions < 2 ) : 2 → 1"),
                report.survivors().stream().map(m -> m.kind() + ": " + m.change()).toList());
        assertEquals("killed 6 of 8", report.summaryLine());
        assertTrue(report.report().startsWith("survived: demo-mn-2025:min-sessions-per-year (rules.drl:11) SEVERITY"));
    }

    @Test
    void casesFailingOnThePackItselfAreRefused(@TempDir Path cases) throws IOException {
        Files.createDirectories(cases.resolve("plans"));
        Files.copy(DEMO.resolve("cases/plans/plan.json"), cases.resolve("plans/plan.json"));
        Files.writeString(cases.resolve("wrong.json"), "{ \"packs\": [\"demo-mn-2025\"], \"asOf\": \"2026-06-15\", "
                + "\"planFile\": \"plans/plan.json\", \"expect\": {\"violations\": [ {\"rule\": \"min-sessions-per-year\"} ]} }");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MutationTesting.run(DEMO, cases, line -> { }));
        assertTrue(e.getMessage().contains("wrong: missing violation"), e.getMessage());
    }
}
