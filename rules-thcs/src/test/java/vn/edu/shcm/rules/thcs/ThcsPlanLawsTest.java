package vn.edu.shcm.rules.thcs;

import java.util.List;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.testing.PlanLaws;

/**
 * The plan laws over the lower-secondary pack. Count rules demand at least so many sessions in a period, so
 * adding a PLANNED session inside the year can only satisfy them; deadline rules judge a delivery date against a
 * due date that the delivery itself does not move, so delivering earlier can only satisfy them.
 */
class ThcsPlanLawsTest extends PlanLaws {

    private static final Checker CHECKER = Checker.create();

    @Override
    protected Checker checker() {
        return CHECKER;
    }

    @Override
    protected List<PackRules> packs() {
        return List.of(PackRules.of("quangngai-thcs-2025")
                .count("quangngai-thcs-2025:subject-per-semester", "at least 1 session per subject and semester")
                .other("quangngai-thcs-2025:start-from-november", "the added session's own date (before November)")
                .deadline("quangngai-thcs-2025:plan-deadline", "the plan by 10/11/2025")
                .deadline("quangngai-thcs-2025:semester-report-deadline",
                        "the semester-I (or an earlier mid-year) report before 15/01/2026")
                .deadline("quangngai-thcs-2025:year-end-report-deadline", "the year-end report before 30/5/2026")
                .other("quangngai-thcs-2025:report-content", "the sections of a report, not its date")
                .other("quangngai-thcs-2025:subject-lead-teacher", "the subjects' lead teachers, touched by neither law")
                .other("quangngai-thcs-2025:roles-assigned", "the cluster's roles, touched by neither law")
                .other("quangngai-thcs-2025:session-content-type", "the added session's own activities"));
    }
}
