package vn.edu.shcm.rules.mn;

import java.util.List;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.testing.PlanLaws;

/**
 * The plan laws over the preschool packs. Count rules demand at least so many sessions (or initiatives) in a
 * period, so adding a PLANNED session inside the year can only satisfy them; deadline rules judge a delivery date
 * against a due date that the delivery itself does not move, so delivering earlier can only satisfy them.
 */
class MnPlanLawsTest extends PlanLaws {

    private static final Checker CHECKER = Checker.create();

    @Override
    protected Checker checker() {
        return CHECKER;
    }

    @Override
    protected List<PackRules> packs() {
        return List.of(
                PackRules.of("tuyenquang-mn-2025")
                        .count("tuyenquang-mn-2025:session-per-quarter", "at least 1 counted session per quarter")
                        .count("tuyenquang-mn-2025:min-sessions-per-year", "at least 2 counted sessions a year")
                        .count("tuyenquang-mn-2025:in-person-session", "at least 1 in-person session a year")
                        .other("tuyenquang-mn-2025:consecutive-same-host",
                                "rotation: an added session can follow one of its own host")
                        .other("tuyenquang-mn-2025:host-repeat-before-rotation",
                                "rotation: an added session can repeat a host before the others had a turn")
                        .other("tuyenquang-mn-2025:plan-fields", "the added session's own fields")
                        .other("tuyenquang-mn-2025:roles-assigned", "the cluster's roles, touched by neither law")
                        .deadline("tuyenquang-mn-2025:plan-submitted",
                                "the plan by the day before the first session (an added earlier session moves the"
                                        + " due date: that is the adding law's business, and this is no count rule)")
                        .deadline("tuyenquang-mn-2025:session-result-report",
                                "each held session's result report by its semester's end (its no-minutes finding"
                                        + " carries no due date)")
                        .deadline("tuyenquang-mn-2025:semester-report", "the semester-I report by semester I's end")
                        .deadline("tuyenquang-mn-2025:year-end-report", "the year-end report by the year's end")
                        .other("tuyenquang-mn-2025:report-content", "the sections of a report, not its date")
                        .other("tuyenquang-mn-2025:session-content-area", "the added session's own content areas"),
                PackRules.of("anlao-mn-2023")
                        .deadline("anlao-mn-2023:invitation-lead-time",
                                "the invitation by the 3rd working day before the session")
                        .other("anlao-mn-2023:invitees", "who is invited, not when")
                        .deadline("anlao-mn-2023:reschedule-approval",
                                "the approval of a move by the new date (its not-notified finding carries no due"
                                        + " date)")
                        .other("anlao-mn-2023:session-fields", "the added session's own fields"),
                PackRules.of("quangngai-mn-2019")
                        .other("quangngai-mn-2019:cluster-composition", "the members, touched by neither law")
                        .deadline("quangngai-mn-2019:roles-reported",
                                "the roles report by 31/10/2019 (its unchosen-role findings carry no due date)")
                        .deadline("quangngai-mn-2019:plan-in-october", "the plan by 31/10/2019")
                        .deadline("quangngai-mn-2019:replication-product", "a product by the year's end")
                        .count("quangngai-mn-2019:topic-session-window",
                                "at least 1 thematic session from February to May 2020")
                        .other("quangngai-mn-2019:invite-department",
                                "the added session's own invitation can leave out the Sở")
                        .deadline("quangngai-mn-2019:results-reported", "the year-end report by the year's end")
                        .count("quangngai-mn-2019:member-initiative",
                                "at least 1 initiative per member in the year's counted sessions"));
    }
}
