package vn.edu.shcm.rules.phothong;

import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.AFTER_YEAR;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.CHECKER;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.PACK;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.cluster;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.group;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.in2026;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.province;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.withMilestones;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.withoutSession;
import static vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025Test.workshop;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.TestPlans;
import vn.edu.shcm.rules.testkit.RuleCoverage;

/**
 * Every rule {@code laocai-phothong-2025} runs, its own and the core ones, fires on at least one of a few plans of
 * its four scopes, each one of {@link LaoCaiPhoThong2025Test}'s compliant base plans with some things broken: a
 * rule added to the pack without a plan that breaks it fails here.
 */
class LaoCaiPhoThong2025CoverageTest {

    /** A plan and the day it is checked on. */
    record Case(Plan plan, LocalDate asOf) {
    }

    static List<Case> cases() {
        Plan c = cluster();
        return List.of(
                // a cluster with no session in semester II
                new Case(withoutSession(c, 1), AFTER_YEAR),
                // a cluster session with one lesson-study subject, administrative and sports items, no location,
                // and no results notice
                new Case(withSession(c, 0, s -> s.lessonStudySubjects("TOAN").location(null).resultReport(null)
                        .activities(Activity.ADMINISTRATIVE, Activity.LESSON_STUDY, Activity.CULTURAL_SPORTS)),
                        AFTER_YEAR),
                // preparation, review and approval of the first cluster session all too late
                new Case(withMilestones(c, 0, m -> m.preparationAssignedOn(d("2025-11-01"))
                        .reviewMeetingOn(d("2025-11-15")).approvedOn(d("2025-11-20"))), AFTER_YEAR),
                // neither the plan nor the year's report sent
                new Case(c.toBuilder().submittedOn(null).reports(List.of()).build(), AFTER_YEAR),
                // the same head again in 2026-2027
                new Case(in2026(c.toBuilder().cluster(c.cluster().withPreviousHead(c.cluster().head())).sessions()
                        .reports().build()), d("2026-09-10")),
                // a subject group: Toán without lesson study in semester II, a thematic session announced and
                // approved late, minutes without the chair's confirmation
                new Case(withSession(withMilestones(withSession(group(), 3, s -> s.lessonStudySubjects("TOAN")
                        .subjects("TIN_HOC")), 2, m -> m.contentAnnouncedOn(d("2025-12-01"))
                        .contentApprovedOn(d("2025-12-10"))), 0,
                        s -> s.minutes(new Minutes(true, true, true, true, false))), AFTER_YEAR),
                // a province with one session
                new Case(withoutSession(province(), 1), AFTER_YEAR),
                // a workshop without file, its questions sent on the day
                new Case(withMilestones(workshop().toBuilder().workshopFile(null).build(), 0,
                        m -> m.questionsSentOn(d("2025-12-05"))), AFTER_YEAR),
                new Case(TestPlans.breakingCoreRules(c), AFTER_YEAR));
    }

    @Test
    void everyRuleOfThePackIsExercised() {
        RuleCoverage coverage = RuleCoverage.of(CHECKER.packs().get(PACK));
        for (Case c : cases()) {
            coverage = coverage.record(CHECKER.check(c.plan(), PACK, c.asOf()));
        }
        coverage.assertAllRulesExercised();
    }
}
