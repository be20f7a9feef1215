package vn.edu.shcm.rules.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;

/**
 * A plan together with what checking it gave: the packs it was checked against, the school calendar the check
 * used, and the result; what {@link CalendarExport} and {@link HtmlReport} draw from.
 *
 * <p>{@link #check(Checker, Plan, String, LocalDate)} makes one in a single call. The parts must belong together:
 * the result is the plan's and the packs', the calendar is of the plan's school year. Immutable and thread-safe,
 * as its parts are.
 * <pre>{@code
 * CheckedPlan checked = CheckedPlan.check(checker, plan, "tuyenquang-mn-2025", LocalDate.of(2025, 12, 1));
 * String ics = CalendarExport.create().ics(checked);
 * String html = HtmlReport.create().html(checked);
 * }</pre>
 *
 * @param plan the plan that was checked
 * @param packs the packs it was checked against, in the result's order
 * @param calendar the school calendar the check used (see {@link Checker#schoolCalendar(Plan)})
 * @param result the result of the check
 */
public record CheckedPlan(Plan plan, List<RulePack> packs, SchoolCalendar calendar, CheckResult result) {

    /**
     * Checks that the parts are present and belong together.
     *
     * @throws IllegalArgumentException if the result is of another plan or packs, or the calendar of another school
     *     year; the message names both values
     */
    public CheckedPlan {
        Objects.requireNonNull(plan, "plan");
        packs = List.copyOf(packs);
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(result, "result");
        if (!result.planId().equals(plan.id())) {
            throw new IllegalArgumentException("the result is of plan \"" + result.planId() + "\", not of plan \""
                    + plan.id() + "\"");
        }
        List<String> ids = packs.stream().map(RulePack::id).toList();
        if (!result.packIds().equals(ids)) {
            throw new IllegalArgumentException("the result is of packs " + result.packIds() + ", not of packs " + ids);
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
        return check(checker, plan, List.of(Objects.requireNonNull(packId, "packId")), asOf);
    }

    /**
     * Checks a plan against several packs as of a day and keeps what the exports need.
     *
     * @throws vn.edu.shcm.rules.UnknownIdException if the checker has no pack with one of the ids
     * @throws vn.edu.shcm.rules.InvalidPlanException if the plan cannot be checked (every problem listed), or a
     *     pack does not cover it
     */
    public static CheckedPlan check(Checker checker, Plan plan, List<String> packIds, LocalDate asOf) {
        Objects.requireNonNull(checker, "checker");
        CheckResult result = checker.check(plan, packIds, asOf);
        return of(checker, plan, result);
    }

    /**
     * Checks a plan against the packs that apply to it ({@link RulePacks#applicableTo(Plan)}) and keeps what the
     * exports need.
     *
     * @throws vn.edu.shcm.rules.InvalidPlanException if the plan cannot be checked, or no pack applies to it
     */
    public static CheckedPlan check(Checker checker, Plan plan, LocalDate asOf) {
        Objects.requireNonNull(checker, "checker");
        return of(checker, plan, checker.check(plan, asOf));
    }

    private static CheckedPlan of(Checker checker, Plan plan, CheckResult result) {
        List<RulePack> packs = result.packIds().stream().map(id -> checker.packs().get(id)).toList();
        return new CheckedPlan(plan, packs, checker.schoolCalendar(plan), result);
    }

    /** Returns the rule with the id: one of the packs' rules or a core rule. */
    public Optional<RuleInfo> rule(String ruleId) {
        return Stream.concat(packs.stream().flatMap(p -> p.rules().stream()), RulePacks.coreRules().stream())
                .filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** Returns the pack a rule belongs to, if it is one of the packs' (a core rule belongs to none). */
    public Optional<RulePack> packOf(String ruleId) {
        return packs.stream().filter(p -> p.rule(ruleId).isPresent()).findFirst();
    }

    /** Returns the ids of the packs, joined with ", " (for titles and footers). */
    public String packIdsText() {
        return String.join(", ", result.packIds());
    }

    /** Returns the day the check was made for. */
    public LocalDate asOf() {
        return result.asOf();
    }
}
