package vn.edu.shcm.rules.phothong;

import java.util.List;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.testing.PlanLaws;

/**
 * The plan laws over the general-education pack, all four scopes. Count rules demand at least so many sessions
 * in a period, so adding a PLANNED session inside the year can only satisfy them; deadline rules judge a delivery
 * date against a due date that the delivery itself does not move, so delivering earlier can only satisfy them.
 */
class PhoThongPlanLawsTest extends PlanLaws {

    private static final Checker CHECKER = Checker.create();

    @Override
    protected Checker checker() {
        return CHECKER;
    }

    @Override
    protected List<PackRules> packs() {
        return List.of(PackRules.of("laocai-phothong-2025")
                .count("laocai-phothong-2025:cluster-session-per-semester", "at least 1 session per semester")
                .other("laocai-phothong-2025:cluster-lesson-study-subjects",
                        "a count within each session: the added session can hold lesson study in fewer than 5"
                                + " subjects; it counts no sessions")
                .deadline("laocai-phothong-2025:cluster-prep-lead-time", "preparation assigned 1 month before")
                .deadline("laocai-phothong-2025:cluster-review-lead-time", "the review meeting 2 weeks before")
                .deadline("laocai-phothong-2025:cluster-head-approval",
                        "the approval by the day before the session (its before-review finding is an order of"
                                + " two milestones and carries no due date: moving the approval before the review"
                                + " creates it, by design)")
                .other("laocai-phothong-2025:cluster-plan-fields", "the added session's own fields")
                .other("laocai-phothong-2025:no-cultural-sports", "the added session's own activities")
                .other("laocai-phothong-2025:no-administrative-content", "the added session's own activities")
                .deadline("laocai-phothong-2025:cluster-results-notice",
                        "each held session's results notice by the year report's deadline (its attachments"
                                + " finding carries no due date)")
                .deadline("laocai-phothong-2025:plan-deadline", "the plan before 05/9 (30/9 in 2025)")
                .deadline("laocai-phothong-2025:year-report-deadline", "the year report before 31/5")
                .other("laocai-phothong-2025:cluster-head-rotation", "the cluster's head, touched by neither law")
                .count("laocai-phothong-2025:group-lesson-study-per-semester",
                        "at least 1 lesson-study session per subject and semester")
                .deadline("laocai-phothong-2025:group-content-notice-lead-time", "content announced 2 weeks before")
                .deadline("laocai-phothong-2025:group-content-review-lead-time", "content approved 1 week before")
                .other("laocai-phothong-2025:minutes-complete", "what held sessions' minutes record")
                .count("laocai-phothong-2025:province-sessions-per-year", "at least 2 sessions a year")
                .other("laocai-phothong-2025:workshop-records", "the workshop file, touched by neither law")
                .deadline("laocai-phothong-2025:workshop-questions-sent",
                        "questions sent by the day before the workshop"));
    }
}
