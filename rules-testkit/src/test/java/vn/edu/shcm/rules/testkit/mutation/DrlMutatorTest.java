package vn.edu.shcm.rules.testkit.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mutants of small DRL texts: what is changed, and that strings, comments and consequences are not. */
class DrlMutatorTest {

    static List<String> changes(String drl) {
        return DrlMutator.mutants("x.drl", drl).stream().map(m -> m.rule() + " " + m.kind() + " " + m.change()).toList();
    }

    static final String RULE = """
            package p;
            // a comment with 5 < 6 and "a string"
            rule "p:r"
                @severity("WARNING") @source("I.1")
            when
                $s : SessionFact( counts, !held(), $n : count < 3 )
                not Report( kind in (ReportKind.PLAN), late || missing )
            then
                Findings.at(kcontext, "/x").with("n", 7).violation();
            end
            """;

    @Test
    void eachKindOfChangeOnce() {
        assertEquals(List.of(
                "p:r SEVERITY @severity(WARNING) → @severity(ERROR)",
                "p:r BOUNDARY $s : SessionFact( counts, !held(), $n : count < 3 ) : < → <=",
                "p:r NUMBER $s : SessionFact( counts, !held(), $n : count < 3 ) : 3 → 2",
                "p:r NUMBER $s : SessionFact( counts, !held(), $n : count < 3 ) : 3 → 4",
                "p:r NEGATE not … → (dropped not)",
                "p:r DROP_CONSTRAINT SessionFact( counts ) → dropped",
                "p:r NEGATE SessionFact( counts ) : counts → negated",
                "p:r DROP_CONSTRAINT SessionFact( !held() ) → dropped",
                "p:r NEGATE SessionFact( !held() ) : !held() → without !",
                "p:r DROP_CONSTRAINT SessionFact( $n : count < 3 ) → keep the binding, drop the test",
                "p:r NEGATE SessionFact( $n : count < 3 ) : < → >=",
                "p:r DROP_CONSTRAINT Report( kind in (ReportKind.PLAN) ) → dropped",
                "p:r NEGATE Report( kind in (ReportKind.PLAN) ) : kind in (ReportKind.PLAN) → not in",
                "p:r DROP_CONSTRAINT Report( late || missing ) → dropped",
                "p:r NEGATE Report( late || missing ) → negated as a whole",
                "p:r DROP_CONSTRAINT Report( late || missing ) → operand late dropped",
                "p:r NEGATE Report( late || missing ) : late → negated",
                "p:r DROP_CONSTRAINT Report( late || missing ) → operand missing dropped",
                "p:r NEGATE Report( late || missing ) : missing → negated"), changes(RULE));
    }

    @Test
    void theMutatedTextsChangeOnlyTheirPlace() {
        List<Mutant> mutants = DrlMutator.mutants("x.drl", RULE);
        for (Mutant m : mutants) {
            assertTrue(m.mutatedText().contains("// a comment with 5 < 6 and \"a string\""));
            assertTrue(m.mutatedText().contains(".with(\"n\", 7)"));
        }
        Mutant drop = mutants.stream().filter(m -> m.change().equals("SessionFact( counts ) → dropped")).findFirst()
                .orElseThrow();
        assertTrue(drop.mutatedText().contains("$s : SessionFact( !held(), $n : count < 3 )"), drop.mutatedText());
        Mutant last = mutants.stream().filter(m -> m.change().equals("Report( late || missing ) → operand missing dropped"))
                .findFirst().orElseThrow();
        assertTrue(last.mutatedText().contains("Report( kind in (ReportKind.PLAN), late )"), last.mutatedText());
        assertEquals(6, drop.line());
    }

    @Test
    void functionsHaveTheirNumbersAndComparisonsMutated() {
        String drl = """
                function LocalDate due() {
                    return LocalDate.of(2020, 2, 1);
                }
                """;
        assertEquals(List.of("function due NUMBER return LocalDate.of(2020, 2, 1); : 2020 → 2019",
                "function due NUMBER return LocalDate.of(2020, 2, 1); : 2020 → 2021",
                "function due NUMBER return LocalDate.of(2020, 2, 1); : 2 → 1",
                "function due NUMBER return LocalDate.of(2020, 2, 1); : 2 → 3",
                "function due NUMBER return LocalDate.of(2020, 2, 1); : 1 → 0",
                "function due NUMBER return LocalDate.of(2020, 2, 1); : 1 → 2"), changes(drl));
    }

    @Test
    void existsBecomesNotAndAZeroMovesBelowZero() {
        String drl = """
                rule "p:e"
                when
                    exists SessionFact( index >= 0 )
                then
                end
                """;
        List<String> c = changes(drl);
        assertTrue(c.contains("p:e NEGATE exists … → not …"), c.toString());
        assertTrue(DrlMutator.mutants("x.drl", drl).stream().anyMatch(m -> m.mutatedText().contains("index >= (-1)")));
    }

    @Test
    void numericParametersOfThePackMoveByOne() {
        String json = "{ \"id\": \"p\", \"parameters\": { \"days\": \"60\", \"name\": \"x\" }, \"ruleFiles\": [] }";
        List<Mutant> m = DrlMutator.parameterMutants("pack.json", json);
        assertEquals(List.of("days = 60 → 59", "days = 60 → 61"), m.stream().map(Mutant::change).toList());
        assertTrue(m.get(1).mutatedText().contains("\"days\": \"61\""));
    }
}
