package vn.edu.shcm.rules.mn;

import static vn.edu.shcm.rules.mn.TuyenQuangMn2025Test.AFTER_YEAR;
import static vn.edu.shcm.rules.mn.TuyenQuangMn2025Test.CHECKER;
import static vn.edu.shcm.rules.mn.TuyenQuangMn2025Test.PACK;
import static vn.edu.shcm.rules.mn.TuyenQuangMn2025Test.compliant;
import static vn.edu.shcm.rules.mn.TuyenQuangMn2025Test.withSessions;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.withReports;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.testing.TestPlans;
import vn.edu.shcm.rules.testkit.RuleCoverage;

/**
 * Every rule {@code tuyenquang-mn-2025} runs, its own and the core ones, fires on at least one of a few plans, each
 * {@link TuyenQuangMn2025Test#compliant()} with some things broken: a rule added to the pack without a plan that
 * breaks it fails here.
 */
class TuyenQuangMn2025CoverageTest {

    static List<Plan> plans() {
        Plan p = compliant();
        return List.of(
                // one session: too few, and quarters without any
                withSessions(p, p.sessions().get(0)),
                // nothing in person
                withSession(withSession(p, 0, s -> s.format(SessionFormat.ONLINE)), 2,
                        s -> s.format(SessionFormat.ONLINE)),
                // a hosts twice in a row while c has not hosted
                withSession(p, 1, s -> s.host("a")),
                // no funding, no head or deputy, plan never sent
                p.toBuilder().funding(null).submittedOn(null)
                        .cluster(Cluster.of("Cụm", null, null, p.cluster().members())).build(),
                // a result report without minutes, a session outside the content areas, a thin year-end report
                withReports(withSession(p, 0, s -> s.contentAreas().resultReport(new ResultReport(d("2025-10-20"),
                        List.of(Attachment.LESSON_PLANS)))), p.reports().get(0),
                        new Report(ReportKind.YEAR_END, d("2026-05-29"), List.of(ReportSection.FORM))),
                // no report at all
                withReports(p),
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
