package vn.edu.shcm.rules.thcs;

import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.withReports;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;
import static vn.edu.shcm.rules.thcs.QuangNgaiThcs2025Test.AFTER_YEAR;
import static vn.edu.shcm.rules.thcs.QuangNgaiThcs2025Test.CHECKER;
import static vn.edu.shcm.rules.thcs.QuangNgaiThcs2025Test.PACK;
import static vn.edu.shcm.rules.thcs.QuangNgaiThcs2025Test.compliant;
import static vn.edu.shcm.rules.thcs.QuangNgaiThcs2025Test.withSubjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.testing.TestPlans;
import vn.edu.shcm.rules.testkit.RuleCoverage;

/**
 * Every rule {@code quangngai-thcs-2025} runs, its own and the core ones, fires on at least one of a few plans,
 * each {@link QuangNgaiThcs2025Test#compliant()} with some things broken: a rule added to the pack without a plan
 * that breaks it fails here.
 */
class QuangNgaiThcs2025CoverageTest {

    static List<Plan> plans() {
        Plan p = compliant();
        return List.of(
                // Toán absent from semester II; a session in October; one with an activity the guideline does not name
                withSession(withSession(p, 2, s -> s.subjects("NGU_VAN")), 1,
                        s -> s.date(d("2025-10-16")).activities(Activity.OBSERVATION)),
                // no plan or report sent, no head or deputy, Ngữ văn without lead teacher
                withSubjects(withReports(p), p.subjects().get(0), new SubjectAssignment("NGU_VAN", null)).toBuilder()
                        .submittedOn(null).cluster(Cluster.of("Cụm thử", null, null, p.cluster().members())).build(),
                // a year-end report on the situation only
                withReports(p, p.reports().get(0), new Report(ReportKind.YEAR_END, d("2026-05-25"),
                        List.of(ReportSection.SITUATION_RESULTS))),
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
