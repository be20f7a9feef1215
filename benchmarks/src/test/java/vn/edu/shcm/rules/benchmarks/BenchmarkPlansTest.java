package vn.edu.shcm.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;

/** The benchmark plans: made from the shipped examples, deterministic, valid, spread over the year, reaching rules. */
class BenchmarkPlansTest {

    static final Checker CHECKER = Checker.create();

    @ParameterizedTest
    @EnumSource(BenchmarkPack.class)
    void theExampleIsACopyOfTheShippedOne(BenchmarkPack pack) throws IOException {
        String shipped = Files.readString(Path.of("..", "samples", "plans", pack.examplePlan()),
                StandardCharsets.UTF_8);
        assertEquals(shipped, BenchmarkPlans.exampleJson(pack));
    }

    @ParameterizedTest
    @EnumSource(BenchmarkPack.class)
    void scalesTheExampleToTheSessionCountAcrossTheYear(BenchmarkPack pack) {
        Plan example = BenchmarkPlans.example(pack);
        SchoolCalendar calendar = SchoolCalendar.builtIn(example.schoolYear()).orElseThrow();
        for (int n : List.of(BenchmarkPlans.SMALL, BenchmarkPlans.LARGE)) {
            Plan plan = BenchmarkPlans.plan(pack, n);
            assertEquals(n, plan.sessions().size());
            assertEquals(example.id() + "-" + n, plan.id());
            Set<String> ids = new HashSet<>();
            LocalDate previous = calendar.start();
            for (int k = 0; k < n; k++) {
                Session s = plan.sessions().get(k);
                Session template = example.sessions().get(k % example.sessions().size());
                assertTrue(ids.add(s.id()), s.id());
                assertTrue(!s.date().isBefore(previous) && calendar.contains(s.date()), s.id() + " " + s.date());
                previous = s.date();
                assertEquals(template.content(), s.content());
                assertEquals(template.status(), s.status());
                long shift = s.date().toEpochDay() - template.date().toEpochDay();
                if (template.milestones().preparationAssignedOn() != null) {
                    assertEquals(template.milestones().preparationAssignedOn().plusDays(shift),
                            s.milestones().preparationAssignedOn());
                }
                if (template.milestones().invitationSentOn() != null) {
                    assertEquals(template.milestones().invitationSentOn().plusDays(shift),
                            s.milestones().invitationSentOn());
                }
                if (template.resultReport().submittedOn() != null) {
                    assertEquals(template.resultReport().submittedOn().plusDays(shift),
                            s.resultReport().submittedOn());
                }
                if (template.originalDate() != null) {
                    assertEquals(template.originalDate().plusDays(shift), s.originalDate());
                }
                List<String> members = example.cluster().members().stream().map(Member::id).toList();
                assertEquals(members.get(k % members.size()), s.host());
            }
            assertTrue(previous.isAfter(calendar.semester1End()), "reaches semester II");
            assertEquals(example.reports(), plan.reports());
        }
    }

    @ParameterizedTest
    @EnumSource(BenchmarkPack.class)
    void isTheSameEveryTimeAndSurvivesTheExchangeFormat(BenchmarkPack pack) {
        String json = BenchmarkPlans.json(pack, BenchmarkPlans.LARGE);
        assertEquals(json, BenchmarkPlans.json(pack, BenchmarkPlans.LARGE));
        assertEquals(BenchmarkPlans.plan(pack, BenchmarkPlans.LARGE), ExchangeFormat.readPlan(json));
    }

    @ParameterizedTest
    @EnumSource(BenchmarkPack.class)
    void reachesThePacksRulesWithViolationsAndObligations(BenchmarkPack pack) {
        CheckResult small = CHECKER.check(BenchmarkPlans.plan(pack, BenchmarkPlans.SMALL), pack.id(), pack.asOf());
        CheckResult large = CHECKER.check(BenchmarkPlans.plan(pack, BenchmarkPlans.LARGE), pack.id(), pack.asOf());
        assertTrue(small.violations().stream().anyMatch(v -> v.ruleId().startsWith(pack.id() + ":")),
                small.violations().toString());
        assertTrue(!small.obligations().isEmpty() && !large.obligations().isEmpty(), pack.id());
        assertTrue(large.violations().size() > 5 * small.violations().size(),
                large.violations().size() + " vs " + small.violations().size());
    }

    @Test
    void refusesAnEmptyPlan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkPlans.plan(BenchmarkPack.ANLAO_MN_2023, 0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }
}
