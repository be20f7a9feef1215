package vn.edu.shcm.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * The laws every pack obeys whatever the plan, checked by jqwik over {@link PlanDomain}'s plans: a small subclass
 * in each module runs them over that module's packs.
 *
 * <ul>
 *   <li>Any plan gives a {@link CheckResult} or an {@link InvalidPlanException}, nothing else; and enough of the
 *       generated plans reach the rules (the share is measured per pack, reported by jqwik's statistics and held
 *       to {@link #minimumPercentReachingRules()}).</li>
 *   <li>Checking never changes the plan; the same plan gives equal results and the same JSON bytes.</li>
 *   <li>Deriving and inserting only the facts the packs' rules can match gives the same bytes as every fact
 *       ({@link Checker#withEveryFact()}).</li>
 *   <li>A plan's text (all but its ids) checks the same composed (NFC), decomposed (NFD) or mixed, as keyboards
 *       and converters write Vietnamese: the results are equal once composed.</li>
 *   <li>Adding a PLANNED session inside the school year (hosted by a member, when the plan has members) to a
 *       plan of fewer than 5,000 sessions never creates a violation of a {@link Kind#COUNT} rule, a finding being
 *       its rule, path and details but the actual count.</li>
 *   <li>Moving something delivered (a report, the plan, a result report, a product, a milestone, an approval)
 *       earlier, to a day a plan can hold (from 0000-01-01), never creates a deadline violation: a violation of a
 *       {@link Kind#DEADLINE} rule that carries the due date ({@code required}), the late and missing findings of
 *       {@code Findings.deadline}. Counted per rule, not per path: when a kind of report is listed twice the
 *       earliest delivery counts, so moving the other one before it moves a late finding to that report.</li>
 *   <li>JSON round trip: a plan that checks is read back equal and checks to the same bytes; one that is an
 *       input error is one again, at the same pointers.</li>
 *   <li>One checker shared by 8 threads gives each plan exactly the result a check on its own gives.</li>
 * </ul>
 * Every rule of every pack is classified ({@link #packs()}), so a new rule must be placed before the laws run.
 */
public abstract class PlanLaws {

    /** How a rule takes part in the laws that change a plan. */
    public enum Kind {
        /** A frequency or count rule: at least so many sessions (or initiatives) in a period; more never hurts. */
        COUNT,
        /** A deadline rule: something delivered by a due date; earlier never hurts. */
        DEADLINE,
        /** Neither: what the rule judges can change either way when a session is added or a date moved. */
        OTHER
    }

    /**
     * A pack under test with every one of its rules classified, each with the reason.
     */
    public static final class PackRules {
        private final String packId;
        private final Map<String, Kind> kinds = new LinkedHashMap<>();
        private final Map<String, String> reasons = new LinkedHashMap<>();

        private PackRules(String packId) {
            this.packId = packId;
            // every pack runs the core rules
            other("core:session-outside-school-year", "a session against the year: the added one is inside it");
            other("core:head-is-deputy", "the cluster's roles: neither law touches them");
            other("core:milestone-after-session", "an order of two dates of a session, not a due date it reports");
            other("core:milestone-order", "an order among milestones: moving one earlier can break it, by design");
        }

        /** Starts the classification of a pack's rules; the core rules are already classified. */
        public static PackRules of(String packId) {
            return new PackRules(packId);
        }

        /** Classifies a frequency or count rule. */
        public PackRules count(String ruleId, String reason) {
            return put(ruleId, Kind.COUNT, reason);
        }

        /** Classifies a deadline rule. */
        public PackRules deadline(String ruleId, String reason) {
            return put(ruleId, Kind.DEADLINE, reason);
        }

        /** Classifies a rule that is neither. */
        public PackRules other(String ruleId, String reason) {
            return put(ruleId, Kind.OTHER, reason);
        }

        private PackRules put(String ruleId, Kind kind, String reason) {
            if (kinds.putIfAbsent(ruleId, kind) != null) {
                throw new IllegalArgumentException(ruleId + " is classified twice");
            }
            reasons.put(ruleId, reason);
            return this;
        }

        /** Returns the pack's id. */
        public String packId() {
            return packId;
        }

        Set<String> of(Kind kind) {
            return kinds.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public String toString() {
            return packId;
        }
    }

    /** One check to make: a pack, a plan and an as-of date. */
    public record Case(String packId, Plan plan, LocalDate asOf) {
        @Override
        public String toString() {
            return packId + " as of " + asOf + ":\n" + ExchangeFormat.writePlan(plan);
        }
    }

    /** What a check gives: a result, or the pointers of its input errors. */
    record Outcome(CheckResult result, List<PlanProblem> problems) {

        boolean ran() {
            return result != null;
        }

        /** The result's JSON, or the problems' pointers and English messages. */
        String bytes() {
            return result != null ? ExchangeFormat.writeResult(result)
                    : problems.stream().map(PlanProblem::toString).collect(Collectors.joining("\n"));
        }

        List<String> pointers() {
            return problems.stream().map(PlanProblem::path).toList();
        }
    }

    /** Returns the checker under test: one per module, shared by every property (packs compile once). */
    protected abstract Checker checker();

    /** Returns the module's packs, every rule classified. */
    protected abstract List<PackRules> packs();

    /** Returns the least share of generated plans, in percent per pack, that must reach the rules. */
    protected int minimumPercentReachingRules() {
        return 50;
    }

    Outcome check(Case c) {
        return check(c.plan(), c.packId(), c.asOf());
    }

    Outcome check(Plan plan, String packId, LocalDate asOf) {
        try {
            return new Outcome(checker().check(plan, packId, asOf), null);
        } catch (InvalidPlanException e) {
            return new Outcome(null, e.problems());
        }
    }

    // ---- arbitraries ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(packs()).flatMap(p -> {
            RulePack pack = checker().packs().get(p.packId());
            return PlanDomain.plans(pack.coverage())
                    .flatMap(plan -> PlanDomain.asOf(plan).map(asOf -> new Case(p.packId(), plan, asOf)));
        });
    }

    /** A case and a session to add to its plan. */
    record Addition(Case c, Session session) {
    }

    @Provide
    Arbitrary<Addition> additions() {
        return cases().flatMap(c -> plannedSessions(c.plan()).map(s -> new Addition(c, s)));
    }

    /** PLANNED sessions inside the plan's year, hosted by one of its members (or nobody when it has none). */
    private static Arbitrary<Session> plannedSessions(Plan plan) {
        List<String> members = plan.cluster() == null ? List.of()
                : plan.cluster().members().stream().map(Member::id).filter(id -> id != null && !id.isBlank())
                        .distinct().toList();
        List<String> subjects = plan.subjects().stream().map(SubjectAssignment::subject)
                .filter(s -> s != null && !s.isBlank()).toList();
        Arbitrary<String> host = members.isEmpty() ? Arbitraries.just(null) : Arbitraries.of(members);
        Arbitrary<List<String>> subjectList = subjects.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(subjects).list().ofMaxSize(6);
        Arbitrary<List<String>> initiatives = members.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(members).list().ofMaxSize(2);
        return Combinators.combine(PlanDomain.daysInYear(plan), Arbitraries.of(SessionFormat.class).injectNull(0.2),
                        host, subjectList, subjectList, initiatives,
                        Arbitraries.of(vn.edu.shcm.rules.model.Activity.class).list().ofMaxSize(3))
                .as((date, format, h, subs, lessonStudy, inits, activities) -> Session.builder("added-session", date)
                        .status(SessionStatus.PLANNED).format(format).host(h)
                        .subjects(subs.toArray(String[]::new)).lessonStudySubjects(lessonStudy.toArray(String[]::new))
                        .initiativesBy(inits.toArray(String[]::new))
                        .activities(activities.toArray(vn.edu.shcm.rules.model.Activity[]::new))
                        .content("Nội dung").location("Trường").build());
    }

    /** A case and one of its delivered dates moved earlier, or no move when nothing is delivered. */
    record Move(Case c, String what, Plan moved) {
        @Override
        public String toString() {
            return "moving " + what + " in " + c;
        }
    }

    /** The first day a plan can hold (the exchange format's years have four digits): nothing moves before it. */
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);

    @Provide
    Arbitrary<Move> moves() {
        return cases().flatMap(c -> {
            List<Delivered> delivered = delivered(c.plan()).stream().filter(d -> d.date().isAfter(FIRST_DAY))
                    .toList();
            if (delivered.isEmpty()) {
                return Arbitraries.just(new Move(c, null, null));
            }
            return Arbitraries.of(delivered).flatMap(d -> Arbitraries.longs()
                    .between(1, Math.min(400, d.date().toEpochDay() - FIRST_DAY.toEpochDay()))
                    .map(days -> new Move(c, d.pointer() + " " + days + " days earlier",
                            d.moveTo().apply(d.date().minusDays(days)))));
        });
    }

    @Provide
    Arbitrary<List<Case>> batches() {
        return cases().list().ofSize(48);
    }

    // ---- the laws ------------------------------------------------------------------------------------------

    @Example
    void everyRuleOfEveryPackIsClassifiedForTheLaws() {
        for (PackRules p : packs()) {
            Set<String> rules = Stream.concat(checker().packs().get(p.packId()).rules().stream(),
                    RulePacks.coreRules().stream()).map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(rules, new TreeSet<>(p.kinds.keySet()), "rules of " + p.packId() + " and their classes");
            p.reasons.forEach((rule, reason) -> assertFalse(reason.isBlank(), rule + " needs a reason"));
        }
    }

    @Property
    void everyPlanGivesAResultOrAnInputErrorAndNothingElse(@ForAll("cases") Case c) {
        RulePack pack = checker().packs().get(c.packId());
        Outcome outcome = check(c);
        if (outcome.ran()) {
            CheckResult r = outcome.result();
            assertEquals(List.of(c.packId()), r.packIds());
            for (Violation v : r.violations()) {
                assertTrue(pack.rule(v.ruleId()).isPresent() || v.ruleId().startsWith("core:"),
                        () -> v.ruleId() + " is no rule of " + c.packId());
                assertTrue(v.path().isEmpty() || v.path().startsWith("/"), v::path);
                assertFalse(v.message().isBlank() || v.messageEn().isBlank(), v::toString);
            }
            for (Obligation o : r.obligations()) {
                assertTrue(pack.rule(o.ruleId()).isPresent(), () -> o.ruleId() + " is no rule of " + c.packId());
                assertFalse(o.dueOn().isBefore(c.asOf()), () -> o + " is due before " + c.asOf());
            }
        } else {
            assertFalse(outcome.problems().isEmpty());
            for (PlanProblem p : outcome.problems()) {
                assertTrue(p.path().isEmpty() || p.path().startsWith("/"), p::toString);
                assertFalse(p.message().isBlank() || p.messageEn().isBlank(), p::toString);
            }
        }
        Statistics.label(c.packId()).collect(outcome.ran() ? "rules ran" : "input error");
        if (!outcome.ran()) {
            // where the first input error is, indexes left out: what keeps generated plans from the rules
            Statistics.label("first input error at").collect(outcome.pointers().get(0).replaceAll("/\\d+", "/*"));
        }
        Statistics.label(c.packId()).coverage(coverage -> coverage.check("rules ran")
                .percentage(p -> p >= minimumPercentReachingRules()));
    }

    @Property
    void checkingNeverChangesThePlan(@ForAll("cases") Case c) {
        String before = ExchangeFormat.writePlan(c.plan());
        int hash = c.plan().hashCode();
        Plan copy = c.plan().toBuilder().build();
        check(c);
        assertEquals(before, ExchangeFormat.writePlan(c.plan()));
        assertEquals(hash, c.plan().hashCode());
        assertEquals(copy, c.plan());
    }

    @Property
    void theSamePlanGivesEqualResultsAndTheSameBytes(@ForAll("cases") Case c) {
        Outcome first = check(c);
        Outcome second = check(c.plan().toBuilder().build(), c.packId(), c.asOf());
        assertEquals(first.result(), second.result());
        assertEquals(first.problems(), second.problems());
        assertEquals(first.bytes(), second.bytes());
    }

    @Property
    void onlyTheFactsTheRulesCanMatchGiveWhatEveryFactGives(@ForAll("cases") Case c) {
        Outcome selective = check(c);
        Outcome every;
        try {
            every = new Outcome(checker().withEveryFact().check(c.plan(), c.packId(), c.asOf()), null);
        } catch (InvalidPlanException e) {
            every = new Outcome(null, e.problems());
        }
        assertEquals(every.bytes(), selective.bytes());
    }

    @Property
    void aPlanWrittenToJsonAndReadBackChecksTheSame(@ForAll("cases") Case c) {
        Outcome original = check(c);
        String json = ExchangeFormat.writePlan(c.plan());
        Outcome again;
        try {
            Plan read = ExchangeFormat.readPlan(json);
            if (original.ran()) {
                assertEquals(c.plan(), read);
            }
            again = check(read, c.packId(), c.asOf());
        } catch (InvalidPlanException e) {
            again = new Outcome(null, e.problems());
        }
        assertEquals(original.ran(), again.ran(), () -> original.bytes() + "\n---\n" + json);
        if (original.ran()) {
            assertEquals(original.bytes(), again.bytes());
        } else {
            assertEquals(original.pointers(), again.pointers());
        }
    }

    @Property
    void textChecksTheSameComposedDecomposedOrMixed(@ForAll("cases") Case c) {
        // the generated plan mixes composed and decomposed text; ids are left alone: they are compared exactly
        Outcome mixed = check(c);
        Outcome composed = check(PlanDomain.mapText(c.plan(), PlanLaws::nfc), c.packId(), c.asOf());
        Outcome decomposed = check(PlanDomain.mapText(c.plan(), PlanDomain::nfd), c.packId(), c.asOf());
        for (Outcome other : List.of(mixed, decomposed)) {
            assertEquals(composed.ran(), other.ran(), () -> composed.bytes() + "\n---\n" + other.bytes());
            if (composed.ran()) {
                assertEquals(composed.bytes(), nfc(other.bytes()));
            } else {
                assertEquals(composed.pointers(), other.pointers());
            }
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    @Property
    void addingAPlannedSessionInsideTheYearCreatesNoCountViolation(@ForAll("additions") Addition a) {
        Outcome before = check(a.c());
        Assume.that(before.ran());
        List<Session> sessions = new ArrayList<>(a.c().plan().sessions());
        sessions.add(a.session());
        Outcome after = check(a.c().plan().toBuilder().sessions(sessions).build(), a.c().packId(), a.c().asOf());
        assertTrue(after.ran(), after::bytes);
        Set<String> countRules = rulesOf(a.c().packId()).of(Kind.COUNT);
        Map<String, Integer> was = countFindings(before.result(), countRules);
        Map<String, Integer> is = countFindings(after.result(), countRules);
        is.forEach((finding, n) -> assertTrue(n <= was.getOrDefault(finding, 0),
                () -> "new count violation " + finding + " after adding " + a.session() + "\nbefore: " + was));
        Statistics.label("count violations before").collect(was.isEmpty() ? "none" : "some");
    }

    /** A count finding: rule, path and details other than the actual count (which adding a session may raise). */
    private static Map<String, Integer> countFindings(CheckResult r, Set<String> rules) {
        Map<String, Integer> findings = new TreeMap<>();
        for (Violation v : r.violations()) {
            if (rules.contains(v.ruleId())) {
                Map<String, Object> details = new TreeMap<>(v.details());
                details.remove("actual");
                findings.merge(v.ruleId() + " " + v.path() + " " + details, 1, Integer::sum);
            }
        }
        return findings;
    }

    @Property
    void movingADeliveredDateEarlierCreatesNoDeadlineViolation(@ForAll("moves") Move m) {
        Assume.that(m.moved() != null);
        Outcome before = check(m.c());
        Assume.that(before.ran());
        Outcome after = check(m.moved(), m.c().packId(), m.c().asOf());
        assertTrue(after.ran(), after::bytes);
        Set<String> deadlineRules = rulesOf(m.c().packId()).of(Kind.DEADLINE);
        Map<String, Integer> was = deadlineFindings(before.result(), deadlineRules);
        Map<String, Integer> is = deadlineFindings(after.result(), deadlineRules);
        is.forEach((rule, n) -> assertTrue(n <= was.getOrDefault(rule, 0),
                () -> "a new deadline violation of " + rule + " after " + m.what() + ": " + after.bytes()
                        + "\nbefore: " + before.bytes()));
        Statistics.label("moved").collect(m.what().substring(0, m.what().indexOf(' ')).replaceAll("/\\d+", "/*"));
    }

    /**
     * Deadline violations by rule. Counted per rule, not per path: when a kind of report is listed twice, the
     * earliest delivery counts, so moving the other one earlier than it moves the finding to that report.
     */
    private static Map<String, Integer> deadlineFindings(CheckResult r, Set<String> rules) {
        Map<String, Integer> findings = new TreeMap<>();
        for (Violation v : r.violations()) {
            if (rules.contains(v.ruleId()) && v.details().containsKey("required")) {
                findings.merge(v.ruleId(), 1, Integer::sum);
            }
        }
        return findings;
    }

    @Property(tries = 2)
    void oneCheckerSharedByEightThreadsGivesTheResultsOfSequentialChecks(@ForAll("batches") List<Case> batch)
            throws Exception {
        List<String> sequential = new ArrayList<>();
        for (Case c : batch) {
            sequential.add(check(c).bytes());
        }
        // different plans of different packs, with different numbers of findings, interleaved: a collector or any
        // state shared between checks would put one plan's findings into another's result
        assertTrue(sequential.stream().distinct().count() > batch.size() / 2, "the batch holds different results");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            List<Future<Map<Integer, String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * batch.size() / threads;
                futures.add(pool.submit(() -> {
                    start.await();
                    Map<Integer, String> seen = new HashMap<>();
                    for (int k = 0; k < batch.size(); k++) {
                        int i = (offset + k) % batch.size();
                        seen.put(i, check(batch.get(i)).bytes());
                    }
                    return seen;
                }));
            }
            for (Future<Map<Integer, String>> f : futures) {
                Map<Integer, String> seen = f.get();
                assertEquals(batch.size(), seen.size());
                for (int i = 0; i < batch.size(); i++) {
                    assertEquals(sequential.get(i), seen.get(i), "plan " + i + " of the batch");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private PackRules rulesOf(String packId) {
        return packs().stream().filter(p -> p.packId().equals(packId)).findFirst()
                .orElseThrow(() -> new AssertionError("no pack " + packId));
    }

    // ---- delivered dates -----------------------------------------------------------------------------------

    /** A date the plan records as delivered, and how to move it. */
    record Delivered(String pointer, LocalDate date, java.util.function.Function<LocalDate, Plan> moveTo) {
    }

    /** Every delivered date of a plan: reports, the plan, roles, products, result reports, milestones, approvals. */
    static List<Delivered> delivered(Plan plan) {
        List<Delivered> out = new ArrayList<>();
        if (plan.submittedOn() != null) {
            out.add(new Delivered("/submittedOn", plan.submittedOn(), d -> plan.toBuilder().submittedOn(d).build()));
        }
        Cluster cluster = plan.cluster();
        if (cluster != null && cluster.rolesReportedOn() != null) {
            out.add(new Delivered("/cluster/rolesReportedOn", cluster.rolesReportedOn(),
                    d -> plan.toBuilder().cluster(cluster.withRolesReportedOn(d)).build()));
        }
        for (int i = 0; i < plan.reports().size(); i++) {
            Report r = plan.reports().get(i);
            int at = i;
            if (r.submittedOn() != null) {
                out.add(new Delivered("/reports/" + i + "/submittedOn", r.submittedOn(),
                        d -> plan.toBuilder().reports(replace(plan.reports(), at,
                                x -> new Report(x.kind(), d, x.sections()))).build()));
            }
        }
        for (int i = 0; i < plan.products().size(); i++) {
            Product p = plan.products().get(i);
            int at = i;
            if (p.proposedOn() != null) {
                out.add(new Delivered("/products/" + i + "/proposedOn", p.proposedOn(),
                        d -> plan.toBuilder().products(replace(plan.products(), at,
                                x -> new Product(x.title(), d))).build()));
            }
        }
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            String at = "/sessions/" + i;
            session(out, plan, i, at + "/resultReport/submittedOn", s.resultReport().submittedOn(),
                    (x, d) -> x.toBuilder().resultReport(new ResultReport(d, x.resultReport().attachments())).build());
            session(out, plan, i, at + "/changeApprovedOn", s.changeApprovedOn(),
                    (x, d) -> x.toBuilder().moved(x.originalDate(), d, x.changeNotified()).build());
            Milestones m = s.milestones();
            milestone(out, plan, i, at, "preparationAssignedOn", m.preparationAssignedOn(),
                    (b, d) -> b.preparationAssignedOn(d));
            milestone(out, plan, i, at, "reviewMeetingOn", m.reviewMeetingOn(), (b, d) -> b.reviewMeetingOn(d));
            milestone(out, plan, i, at, "approvedOn", m.approvedOn(), (b, d) -> b.approvedOn(d));
            milestone(out, plan, i, at, "contentAnnouncedOn", m.contentAnnouncedOn(),
                    (b, d) -> b.contentAnnouncedOn(d));
            milestone(out, plan, i, at, "contentApprovedOn", m.contentApprovedOn(), (b, d) -> b.contentApprovedOn(d));
            milestone(out, plan, i, at, "invitationSentOn", m.invitationSentOn(), (b, d) -> b.invitationSentOn(d));
            milestone(out, plan, i, at, "questionsSentOn", m.questionsSentOn(), (b, d) -> b.questionsSentOn(d));
        }
        return out;
    }

    private static void session(List<Delivered> out, Plan plan, int index, String pointer, LocalDate date,
                                java.util.function.BiFunction<Session, LocalDate, Session> with) {
        if (date != null) {
            out.add(new Delivered(pointer, date, d -> plan.toBuilder()
                    .sessions(replace(plan.sessions(), index, s -> with.apply(s, d))).build()));
        }
    }

    private static void milestone(List<Delivered> out, Plan plan, int index, String at, String field, LocalDate date,
                                  java.util.function.BiFunction<Milestones.Builder, LocalDate, Milestones.Builder> with) {
        session(out, plan, index, at + "/milestones/" + field, date,
                (s, d) -> s.toBuilder().milestones(with.apply(s.milestones().toBuilder(), d).build()).build());
    }

    private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }
}
