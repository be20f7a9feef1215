package vn.edu.shcm.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Scope;

/**
 * The check being made, one fact per execution: the plan, its resolved school calendar, the as-of date and
 * the pack's parameters.
 *
 * @param plan the plan
 * @param calendar the school calendar of the plan's year (built-in, caller's or the plan's own)
 * @param asOf the day the check is made for; deliverables due on or after it are obligations
 * @param parameters the pack's parameters, e.g. {@code quarterMinOverlapDays}
 */
public record CheckContext(Plan plan, SchoolCalendar calendar, LocalDate asOf, Map<String, String> parameters) {

    /** Copies {@code parameters}. */
    public CheckContext {
        parameters = Map.copyOf(parameters);
    }

    /** Returns the plan's level. */
    public Level level() {
        return plan.level();
    }

    /** Returns the plan's scope. */
    public Scope scope() {
        return plan.scope();
    }

    /** Returns the school year's first day. */
    public LocalDate yearStart() {
        return calendar.start();
    }

    /** Returns semester I's last day. */
    public LocalDate semester1End() {
        return calendar.semester1End();
    }

    /** Returns the school year's last day. */
    public LocalDate yearEnd() {
        return calendar.end();
    }

    /** Returns the first calendar year of the school year, e.g. 2025 for 2025-2026. */
    public int firstYear() {
        return plan.schoolYear().startYear();
    }

    /** Returns the second calendar year of the school year, e.g. 2026 for 2025-2026. */
    public int secondYear() {
        return plan.schoolYear().endYear();
    }

    /** Returns the name of the cluster member with the given id, or the id itself when no member has it. */
    public String memberName(String id) {
        if (plan.cluster() != null) {
            for (Member m : plan.cluster().members()) {
                if (m.id().equals(id)) {
                    return m.name();
                }
            }
        }
        return id;
    }

    /** Returns the names of the cluster members with the given ids, in the order given. */
    public List<String> memberNames(List<String> ids) {
        return ids.stream().map(this::memberName).toList();
    }

    /** Returns an integer parameter of the pack, or {@code fallback} when the pack does not set it. */
    public int intParameter(String name, int fallback) {
        String value = parameters.get(name);
        return value == null ? fallback : Integer.parseInt(value.trim());
    }
}
