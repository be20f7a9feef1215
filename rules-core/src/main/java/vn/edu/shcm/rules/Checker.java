package vn.edu.shcm.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.facts.CheckContext;
import vn.edu.shcm.rules.facts.PlanFacts;
import vn.edu.shcm.rules.internal.CalendarResolver;
import vn.edu.shcm.rules.internal.CoreRules;
import vn.edu.shcm.rules.internal.FactBuilder;
import vn.edu.shcm.rules.internal.FindingSink;
import vn.edu.shcm.rules.internal.PackRuntime;
import vn.edu.shcm.rules.internal.PlanValidator;
import vn.edu.shcm.rules.internal.ResultOrder;
import vn.edu.shcm.rules.internal.WarmUpPlans;
import vn.edu.shcm.rules.internal.WaiverApplier;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Checks plans against rule packs, one or several at a time, and returns their violations and upcoming
 * obligations.
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

    /** Whether checks derive and insert every fact, not only those the packs' rules can match. */
    private final boolean everyFact;

    private Checker(Builder builder) {
        this.everyFact = false;
        this.packs = builder.packs != null ? builder.packs : RulePacks.discover();
        this.clock = builder.clock;
        this.calendars = Map.copyOf(builder.calendars);
    }

    private Checker(Checker like, boolean everyFact) {
        this.packs = like.packs;
        this.clock = like.clock;
        this.calendars = like.calendars;
        this.everyFact = everyFact;
    }

    /**
     * Returns a checker like this one (the same packs, clock and calendars) that derives every fact and has each
     * pack use all of them, whatever its rules can match. A check derives only the facts of the classes its packs
     * read ({@link RulePack#factTypes()}) and inserts only those some pattern can match; this one gives the same
     * results, more slowly: the reference that selection is tested against (the test kit compares every case), and
     * a way to rule it out when debugging a pack.
     */
    public Checker withEveryFact() {
        return everyFact ? this : new Checker(this, true);
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
     * Checks a plan against the packs that apply to it ({@link RulePacks#applicableTo(Plan)}: the national packs
     * and those of its {@code province} whose coverage holds it), as of today in Vietnam by the checker's clock.
     *
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or no pack applies to it
     *     (the problem lists every pack with what it covers)
     */
    public CheckResult check(Plan plan) {
        return check(plan, LocalDate.now(clock));
    }

    /**
     * Checks a plan against the packs that apply to it ({@link RulePacks#applicableTo(Plan)}) as of the given day.
     *
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or no pack applies to it
     */
    public CheckResult check(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        validate(plan);
        return check(plan, packs.applicablePackIds(plan), asOf);
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
     * Checks a plan against one pack as of the given day: deliverables due on or after it are obligations, not
     * violations.
     *
     * @throws UnknownIdException if no pack has the id
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or the pack does not
     *     cover it
     */
    public CheckResult check(Plan plan, String packId, LocalDate asOf) {
        return check(plan, List.of(Objects.requireNonNull(packId, "packId")), asOf);
    }

    /**
     * Checks a plan against several packs at once as of the given day: one result naming them all (sorted by id),
     * the {@code core:} rules run once, each violation with its own rule id and citation. A pack named twice
     * counts once.
     *
     * @throws IllegalArgumentException if no pack id is given
     * @throws UnknownIdException if no pack has one of the ids
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or one of the packs does
     *     not cover it (the problems name that pack)
     */
    public CheckResult check(Plan plan, List<String> packIds, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        List<RulePack> chosen = resolve(packIds);
        validate(plan);
        List<PlanProblem> problems = new ArrayList<>();
        for (RulePack pack : chosen) {
            problems.addAll(coverageProblems(pack, plan));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        SchoolCalendar calendar = CalendarResolver.resolve(plan, calendars);
        PackRuntime core = CoreRules.runtime();
        Set<Class<?>> types = everyFact ? PlanFacts.TYPES : new HashSet<>(core.factTypes());
        if (!everyFact) {
            for (RulePack pack : chosen) {
                types.addAll(pack.factTypes());
            }
        }
        List<Violation> violations = new ArrayList<>();
        List<Obligation> obligations = new ArrayList<>();
        Map<Map<String, String>, PlanFacts> factsByParameters = new HashMap<>(4);
        for (RulePack pack : chosen) {
            PlanFacts facts = factsByParameters.computeIfAbsent(pack.parameters(), parameters -> {
                CheckContext context = new CheckContext(plan, calendar, asOf, parameters);
                return new PlanFacts(context, FactBuilder.facts(context, types), everyFact);
            });
            PackFindings found = Objects.requireNonNull(pack.evaluate(facts),
                    () -> "pack " + pack.id() + " returned no findings");
            checkOwnRules(pack, found);
            violations.addAll(found.violations());
            obligations.addAll(found.obligations());
        }
        PlanFacts first = factsByParameters.get(chosen.get(0).parameters());
        FindingSink coreFound = core.execute(first.context(), first.facts(), everyFact);
        violations.addAll(coreFound.violations());
        obligations.addAll(coreFound.obligations());
        ResultOrder.sortViolations(violations);
        ResultOrder.sortObligations(obligations);
        return new CheckResult(plan.id(), chosen.stream().map(RulePack::id).toList(), asOf, violations,
                obligations);
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
        return checkAll(plans, List.of(Objects.requireNonNull(packId, "packId")), asOf);
    }

    /**
     * Checks plans against several packs as the returned stream is consumed, as
     * {@link #checkAll(Stream, String, LocalDate)} does for one.
     *
     * @throws IllegalArgumentException at once if no pack id is given
     * @throws UnknownIdException at once if no pack has one of the ids
     */
    public Stream<CheckResult> checkAll(Stream<Plan> plans, List<String> packIds, LocalDate asOf) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(asOf, "asOf");
        List<String> ids = resolve(packIds).stream().map(RulePack::id).toList();
        return plans.map(plan -> check(plan, ids, asOf));
    }

    /**
     * Checks a plan against one pack as of the given day and applies waivers: each violation that a waiver valid
     * on {@code asOf} matches moves to {@link CheckResult#waived()}; waivers that had expired and would have
     * matched are listed in {@link CheckResult#expiredWaivers()}, those that match nothing in
     * {@link CheckResult#unusedWaivers()}. Obligations are never waived, and an invalid plan still throws: waivers
     * never hide input errors. With no waivers the result equals {@link #check(Plan, String, LocalDate)}'s.
     *
     * @param waivers the waivers, in any order (the result does not depend on it)
     * @throws UnknownIdException if no pack has the id, or a waiver names a rule the check does not run (its
     *     {@link UnknownIdException#known() known ids} are the pack's rules and the core rules)
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or the pack does not
     *     cover it
     */
    public CheckResult check(Plan plan, String packId, LocalDate asOf, Collection<Waiver> waivers) {
        return check(plan, List.of(Objects.requireNonNull(packId, "packId")), asOf, waivers);
    }

    /**
     * Checks a plan against several packs as of the given day and applies waivers, as
     * {@link #check(Plan, String, LocalDate, Collection)} does for one: a waiver may name a rule of any of the
     * packs, or a core rule.
     *
     * @throws UnknownIdException if no pack has one of the ids, or a waiver names a rule the check does not run
     * @throws InvalidPlanException if the plan cannot be checked, or one of the packs does not cover it
     */
    public CheckResult check(Plan plan, List<String> packIds, LocalDate asOf, Collection<Waiver> waivers) {
        Objects.requireNonNull(waivers, "waivers");
        List<Waiver> given = List.copyOf(waivers);
        List<String> known = ruleIds(resolve(packIds));
        for (Waiver w : given) {
            if (!known.contains(w.ruleId())) {
                throw new UnknownIdException(UnknownIdException.Kind.RULE, w.ruleId(), known);
            }
        }
        return WaiverApplier.apply(check(plan, packIds, asOf), given);
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

    /** Returns the ids of the rules a check against the packs runs: theirs in order, then the core rules. */
    private static List<String> ruleIds(List<RulePack> packs) {
        List<String> ids = new ArrayList<>();
        packs.forEach(p -> p.rules().forEach(r -> ids.add(r.id())));
        CoreRules.rules().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Returns the packs with the ids, sorted by id, each once. */
    private List<RulePack> resolve(List<String> packIds) {
        Objects.requireNonNull(packIds, "packIds");
        if (packIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one pack");
        }
        TreeMap<String, RulePack> chosen = new TreeMap<>();
        for (String id : packIds) {
            RulePack pack = packs.get(Objects.requireNonNull(id, "pack id"));
            chosen.put(pack.id(), pack);
        }
        return List.copyOf(chosen.values());
    }

    private static void validate(Plan plan) {
        List<PlanProblem> problems = PlanValidator.problems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
    }

    /** Refuses findings of rules the pack does not list: a broken pack, not a broken plan. */
    private void checkOwnRules(RulePack pack, PackFindings found) {
        if (found.violations().isEmpty() && found.obligations().isEmpty()) {
            return;
        }
        Set<String> known = ownRuleIds.get(pack);
        if (known == null) {
            Set<String> ids = new LinkedHashSet<>();
            pack.rules().forEach(r -> ids.add(r.id()));
            known = Collections.unmodifiableSet(ids);
            ownRuleIds.putIfAbsent(pack, known);
        }
        Set<String> own = known;
        found.violations().forEach(v -> checkOwn(pack, own, v.ruleId()));
        found.obligations().forEach(o -> checkOwn(pack, own, o.ruleId()));
    }

    /** The ids of each pack's own rules, computed once per pack (a pack's rules never change). */
    private final Map<RulePack, Set<String>> ownRuleIds = new ConcurrentHashMap<>();

    private static void checkOwn(RulePack pack, Set<String> own, String ruleId) {
        if (!own.contains(ruleId)) {
            throw new IllegalStateException("pack " + pack.id() + " reported a finding of rule " + ruleId
                    + ", which is not one of its rules " + own);
        }
    }

    /** Returns why the pack does not cover the plan: none when it does. */
    static List<PlanProblem> coverageProblems(RulePack pack, Plan plan) {
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

        /**
         * Uses the given calendars for their school years instead of the built-in ones (a later one of a year
         * replaces an earlier), e.g. those of {@link vn.edu.shcm.rules.calendar.SchoolCalendars#read(java.nio.file.Path)}.
         */
        public Builder calendars(Collection<SchoolCalendar> calendars) {
            Objects.requireNonNull(calendars, "calendars").forEach(this::calendar);
            return this;
        }

        /** Returns the checker; finds the packs on the class path unless packs were given. */
        public Checker build() {
            return new Checker(this);
        }
    }
}
