package vn.edu.shcm.rules.export;

import java.time.LocalDate;
import java.util.Objects;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;

/**
 * A plan together with what checking it gave: the pack it was checked against, the school calendar the check
 * used, and the result; what {@link CalendarExport} and {@link HtmlReport} draw from.
 *
 * <p>{@link #check(Checker, Plan, String, LocalDate)} makes one in a single call. The parts must belong together:
 * the result is the plan's and the pack's, the calendar is of the plan's school year. Immutable and thread-safe,
 * as its parts are.
 * <pre>{@code
 * CheckedPlan checked = CheckedPlan.check(checker, plan, "tuyenquang-mn-2025", LocalDate.of(2025, 12, 1));
 * String ics = CalendarExport.create().ics(checked);
 * String html = HtmlReport.create().html(checked);
 * }</pre>
 *
 * @param plan the plan that was checked
 * @param pack the pack it was checked against
 * @param calendar the school calendar the check used (see {@link Checker#schoolCalendar(Plan)})
 * @param result the result of the check
 */
public record CheckedPlan(Plan plan, RulePack pack, SchoolCalendar calendar, CheckResult result) {

    /**
     * Checks that the parts are present and belong together.
     *
     * @throws IllegalArgumentException if the result is of another plan or pack, or the calendar of another school
     *     year; the message names both values
     */
    public CheckedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(result, "result");
        if (!result.planId().equals(plan.id())) {
            throw new IllegalArgumentException("the result is of plan \"" + result.planId() + "\", not of plan \""
                    + plan.id() + "\"");
        }
        if (!result.packId().equals(pack.id())) {
            throw new IllegalArgumentException("the result is of pack \"" + result.packId() + "\", not of pack \""
                    + pack.id() + "\"");
        }
        if (!calendar.schoolYear().equals(plan.schoolYear())) {
            throw new IllegalArgumentException("the calendar is of school year " + calendar.schoolYear()
                    + ", not of the plan's " + plan.schoolYear());
        }
    }

    /**
     * Checks a plan against a pack as of a day and keeps what the exports need.
     *
     * @throws vn.edu.shcm.rules.UnknownIdException if the checker has no pack with the id
     * @throws vn.edu.shcm.rules.InvalidPlanException if the plan cannot be checked (every problem listed), or the
     *     pack does not cover it
     */
    public static CheckedPlan check(Checker checker, Plan plan, String packId, LocalDate asOf) {
        Objects.requireNonNull(checker, "checker");
        RulePack pack = checker.packs().get(Objects.requireNonNull(packId, "packId"));
        CheckResult result = checker.check(plan, packId, asOf);
        return new CheckedPlan(plan, pack, checker.schoolCalendar(plan), result);
    }

    /** Returns the day the check was made for. */
    public LocalDate asOf() {
        return result.asOf();
    }
}
