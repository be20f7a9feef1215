package vn.edu.shcm.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.facts.CheckContext;
import vn.edu.shcm.rules.internal.CalendarResolver;
import vn.edu.shcm.rules.internal.FactBuilder;
import vn.edu.shcm.rules.internal.FindingSink;
import vn.edu.shcm.rules.internal.PlanValidator;
import vn.edu.shcm.rules.internal.ResultOrder;
import vn.edu.shcm.rules.internal.WarmUpPlans;
import vn.edu.shcm.rules.internal.WaiverApplier;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Checks plans against rule packs and returns their violations and upcoming obligations.
 *
 * <p>A checker is immutable and thread-safe: create one and share it. Each pack is compiled once, on first
 * use; each check runs in its own working memory.
 * <pre>{@code
 * Checker checker = Checker.create();
 * Plan plan = ExchangeFormat.readPlan(Path.of("plan.json"));
 * CheckResult result = checker.check(plan, "tuyenquang-mn-2025");
 * if (result.hasErrors()) { ... }
 * }</pre>
 */
public final class Checker {

    /** Vietnam's time zone: "today" is today in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");


    private final RulePacks packs;
    private final Clock clock;
    private final Map<SchoolYear, SchoolCalendar> calendars;

    private Checker(Builder builder) {
        this.packs = builder.packs != null ? builder.packs : RulePacks.discover();
        this.clock = builder.clock;
        this.calendars = Map.copyOf(builder.calendars);
    }

    /** Returns a checker over the packs on the class path, with today's date in Vietnam as the as-of date. */
    public static Checker create() {
        return builder().build();
    }

    /** Returns a builder to choose packs, clock and school calendars. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the packs this checker knows. */
    public RulePacks packs() {
        return packs;
    }

    /**
     * Returns the school calendar that checking the plan uses: the one given to this checker's builder for the
     * plan's school year, else the built-in one, with the plan's own {@code calendar} applied on top. Reports and
     * exports that draw semesters, quarters or working days use it, so they agree with the check.
     *
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), its school year has no
     *     calendar, or its own dates are inconsistent (located at {@code /calendar})
     */
    public SchoolCalendar schoolCalendar(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<PlanProblem> problems = PlanValidator.problems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        return CalendarResolver.resolve(plan, calendars);
    }

    /**
     * Checks a plan as of today (in Vietnam, by the checker's clock).
     *
     * @throws UnknownIdException if no pack has the id
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or the pack does not
     *     cover it
     */
    public CheckResult check(Plan plan, String packId) {
        return check(plan, packId, LocalDate.now(clock));
    }

    /**
     * Checks a plan as of the given day: deliverables due on or after it are obligations, not violations.
     *
     * @throws UnknownIdException if no pack has the id
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or the pack does not
     *     cover it
     */
    public CheckResult check(Plan plan, String packId, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(asOf, "asOf");
        RulePack pack = packs.get(packId);
        List<PlanProblem> problems = PlanValidator.problems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        problems = coverageProblems(pack, plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        SchoolCalendar calendar = CalendarResolver.resolve(plan, calendars);
        CheckContext context = new CheckContext(plan, calendar, asOf, pack.parameters());
        FindingSink found = ((DrlRulePack) pack).runtime().execute(context, FactBuilder.facts(context));
        List<Violation> violations = new ArrayList<>(found.violations());
        ResultOrder.sortViolations(violations);
        List<Obligation> obligations = new ArrayList<>(found.obligations());
        ResultOrder.sortObligations(obligations);
        return new CheckResult(plan.id(), pack.id(), asOf, violations, obligations);
    }

    /**
     * Checks plans as the returned stream is consumed: lazily, one plan at a time, in the order of {@code plans},
     * holding no more than the stream's own pipeline does. A parallel input gives a parallel output (the checker
     * is thread-safe). An invalid plan throws its {@link InvalidPlanException} from the terminal operation; to go
     * on past it, check each plan yourself with {@link #check(Plan, String, LocalDate)} and catch it.
     *
     * @throws UnknownIdException at once if no pack has the id
     */
    public Stream<CheckResult> checkAll(Stream<Plan> plans, String packId, LocalDate asOf) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(asOf, "asOf");
        packs.get(Objects.requireNonNull(packId, "packId"));
        return plans.map(plan -> check(plan, packId, asOf));
    }

    /**
     * Checks a plan as of the given day and applies waivers: each violation that a waiver valid on {@code asOf}
     * matches moves to {@link CheckResult#waived()}; waivers that had expired and would have matched are listed in
     * {@link CheckResult#expiredWaivers()}, those that match nothing in {@link CheckResult#unusedWaivers()}.
     * Obligations are never waived, and an invalid plan still throws: waivers never hide input errors. With no
     * waivers the result equals {@link #check(Plan, String, LocalDate)}'s.
     *
     * @param waivers the waivers, in any order (the result does not depend on it)
     * @throws UnknownIdException if no pack has the id, or a waiver names a rule the pack does not run (its
     *     {@link UnknownIdException#known() known ids} are the pack's rules)
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or the pack does not
     *     cover it
     */
    public CheckResult check(Plan plan, String packId, LocalDate asOf, Collection<Waiver> waivers) {
        Objects.requireNonNull(waivers, "waivers");
        List<Waiver> given = List.copyOf(waivers);
        RulePack pack = packs.get(Objects.requireNonNull(packId, "packId"));
        for (Waiver w : given) {
            if (pack.rule(w.ruleId()).isEmpty()) {
                throw new UnknownIdException(UnknownIdException.Kind.RULE, w.ruleId(),
                        pack.rules().stream().map(RuleInfo::id).toList());
            }
        }
        return WaiverApplier.apply(check(plan, packId, asOf), given);
    }

    /**
     * Loads every pack and checks one built-in plan per pack, so that the next real check costs what a warm one
     * does: each pack's rule base is built and the classes of reading, checking and writing are loaded. The plan
     * is made from the pack's {@link RulePack#coverage() coverage} alone (its first level and scope, its first
     * school year with a calendar of this checker's or a built-in one), so a pack needs to ship nothing for it; it
     * goes through {@link ExchangeFormat} both ways on the way. A pack whose coverage has no such year is only
     * loaded. Call it once, e.g. at start-up; it is thread-safe and may take a second or two.
     *
     * @return this checker
     * @throws RuntimeException whatever loading a pack throws (a broken pack fails here, not at the first check)
     */
    public Checker warmUp() {
        for (RulePack pack : packs.all()) {
            pack.rules();
            WarmUpPlans.forCoverage(pack.coverage(), calendars).ifPresent(w -> {
                Plan plan = ExchangeFormat.readPlan(ExchangeFormat.writePlan(w.plan()));
                try {
                    ExchangeFormat.writeResult(check(plan, pack.id(), w.asOf()));
                } catch (InvalidPlanException e) {
                    // a pack whose coverage asks more of a plan than the built-in one holds: loaded, not run
                    ExchangeFormat.writeInputErrors(e);
                }
            });
        }
        return this;
    }

    private static List<PlanProblem> coverageProblems(RulePack pack, Plan plan) {
        Coverage c = pack.coverage();
        List<PlanProblem> problems = new ArrayList<>();
        if (!c.levels().contains(plan.level())) {
            problems.add(new PlanProblem("/level",
                    "Bộ quy tắc " + pack.id() + " áp dụng cho cấp " + c.levelLabels() + ", không áp dụng cho kế hoạch "
                            + "cấp " + plan.level().label() + ".",
                    "Pack " + pack.id() + " covers level(s) " + c.levels().stream().sorted().toList()
                            + ", not this plan's " + plan.level() + ".", plan.level().name()));
        }
        if (!c.scopes().contains(plan.scope())) {
            problems.add(new PlanProblem("/scope",
                    "Bộ quy tắc " + pack.id() + " áp dụng cho " + c.scopeLabels() + ", không áp dụng cho kế hoạch "
                            + plan.scope().label() + ".",
                    "Pack " + pack.id() + " covers scope(s) " + c.scopes().stream().sorted().toList()
                            + ", not this plan's " + plan.scope() + ".", plan.scope().name()));
        }
        if (!c.covers(plan.schoolYear())) {
            problems.add(new PlanProblem("/schoolYear",
                    "Bộ quy tắc " + pack.id() + " áp dụng " + c.years() + ", không áp dụng cho năm học "
                            + plan.schoolYear() + ".",
                    "Pack " + pack.id() + " covers school years " + c.yearsEn() + ", not " + plan.schoolYear() + ".",
                    plan.schoolYear().toString()));
        }
        return problems;
    }

    /** Builds a {@link Checker}; not thread-safe. */
    public static final class Builder {
        private RulePacks packs;
        private Clock clock = Clock.system(VIETNAM);
        private final Map<SchoolYear, SchoolCalendar> calendars = new HashMap<>();

        private Builder() {
        }

        /** Uses the given packs instead of those found on the class path. */
        public Builder packs(RulePacks packs) {
            this.packs = Objects.requireNonNull(packs, "packs");
            return this;
        }

        /** Uses the given clock for "today" (its zone decides the date). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Uses the given calendar for its school year instead of the built-in one; a plan's own
         * {@code calendar} still applies on top of it.
         */
        public Builder calendar(SchoolCalendar calendar) {
            calendars.put(calendar.schoolYear(), calendar);
            return this;
        }

        /** Returns the checker; finds the packs on the class path unless packs were given. */
        public Checker build() {
            return new Checker(this);
        }
    }
}
