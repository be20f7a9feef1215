package vn.edu.shcm.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;

/**
 * The plain-Java floor gives exactly the Drools check's result (same violations, messages, details, citations,
 * obligations, same order and same JSON bytes), so the benchmark's ratio compares equal work.
 */
class LaoCaiClusterFloorTest {

    static final Checker CHECKER = Checker.create();
    static final LaoCaiClusterFloor FLOOR = LaoCaiClusterFloor.create();
    static final String PACK = LaoCaiClusterFloor.PACK_ID;
    static final Path SAMPLES = Path.of("..", "samples", "plans");
    static final String EXAMPLE = "lao-cai-cum-thcs-bat-xat-2025-2026.json";

    /** Before the school year, during it, near its end and after it. */
    static final List<LocalDate> AS_OF = List.of(LocalDate.of(2025, 8, 20), LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30), LocalDate.of(2026, 7, 1));

    static LocalDate manifestAsOf() throws IOException {
        for (JsonNode e : new ObjectMapper().readTree(SAMPLES.resolve("laocai-phothong-2025.examples.json").toFile())) {
            if (e.get("file").asText().equals(EXAMPLE)) {
                return LocalDate.parse(e.get("asOf").asText());
            }
        }
        throw new IllegalStateException(EXAMPLE + " is not in the manifest");
    }

    static Stream<Arguments> plansAndDates() throws IOException {
        Plan example = ExchangeFormat.readPlan(SAMPLES.resolve(EXAMPLE));
        Plan small = ExchangeFormat.readPlan(BenchmarkPlans.json(BenchmarkPack.LAOCAI_PHOTHONG_2025,
                BenchmarkPlans.SMALL));
        Plan large = ExchangeFormat.readPlan(BenchmarkPlans.json(BenchmarkPack.LAOCAI_PHOTHONG_2025,
                BenchmarkPlans.LARGE));
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("example at its manifest date", example, manifestAsOf()));
        for (LocalDate asOf : AS_OF) {
            cases.add(Arguments.of("example", example, asOf));
            cases.add(Arguments.of("10 sessions", small, asOf));
            cases.add(Arguments.of("200 sessions", large, asOf));
            cases.add(Arguments.of("every rule", everyRule(2025), asOf));
            cases.add(Arguments.of("every rule, 2026-2027", everyRule(2026), asOf.plusYears(1)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as of {2}")
    @MethodSource("plansAndDates")
    void givesTheDroolsResult(String name, Plan plan, LocalDate asOf) {
        CheckResult drools = CHECKER.check(plan, PACK, asOf);
        CheckResult floor = FLOOR.check(plan, asOf);
        assertFalse(drools.violations().isEmpty(), "the case should reach rules");
        assertEquals(ExchangeFormat.writeResult(drools), ExchangeFormat.writeResult(floor));
        assertEquals(drools, floor);
    }

    @Test
    void theComparisonsCoverEveryRuleThatRunsForAClusterPlanAndObligations() {
        Set<String> expected = new TreeSet<>();
        for (RuleInfo r : java.util.stream.Stream.concat(CHECKER.packs().get(PACK).rules().stream(),
                RulePacks.coreRules().stream()).toList()) {
            if (r.scopes().contains(Scope.CLUSTER)) {
                expected.add(r.id());
            }
        }
        assertEquals(16, expected.size(), expected.toString());
        Set<String> found = new TreeSet<>();
        int obligations = 0;
        for (int year : List.of(2025, 2026)) {
            for (LocalDate asOf : AS_OF) {
                CheckResult r = CHECKER.check(everyRule(year), PACK, asOf.plusYears(year - 2025));
                r.violations().forEach(v -> found.add(v.ruleId()));
                r.obligations().forEach(o -> found.add(o.ruleId()));
                obligations += r.obligations().size();
            }
        }
        assertEquals(expected, found);
        assertTrue(obligations > 0);
    }

    @Test
    void aSemesterWithoutSessionsAndTheLargePlanGiveManyFindings() {
        CheckResult r = FLOOR.check(BenchmarkPlans.plan(BenchmarkPack.LAOCAI_PHOTHONG_2025, BenchmarkPlans.LARGE),
                LocalDate.of(2025, 12, 15));
        assertTrue(r.violations().size() > 200, "violations: " + r.violations().size());
        assertTrue(r.obligations().size() > 100, "obligations: " + r.obligations().size());
    }

    @Test
    void refusesWhatTheCheckerRefusesWithTheSameProblems() {
        Plan uncovered = everyRule(2025).toBuilder().level(Level.MAM_NON).schoolYear(SchoolYear.of(2024)).build();
        InvalidPlanException drools = assertThrows(InvalidPlanException.class,
                () -> CHECKER.check(uncovered, PACK, AS_OF.get(1)));
        InvalidPlanException floor = assertThrows(InvalidPlanException.class,
                () -> FLOOR.check(uncovered, AS_OF.get(1)));
        assertEquals(drools.problems(), floor.problems());
        assertEquals(2, floor.problems().size());

        Plan invalid = everyRule(2025).toBuilder().sessions(Session.builder("x", LocalDate.of(2025, 10, 1))
                .host("nobody").build()).build();
        assertEquals(assertThrows(InvalidPlanException.class, () -> CHECKER.check(invalid, PACK, AS_OF.get(1)))
                .problems(), assertThrows(InvalidPlanException.class, () -> FLOOR.check(invalid, AS_OF.get(1)))
                .problems());
    }

    @Test
    void implementsClusterPlansOnly() {
        Plan group = Plan.builder("g", SchoolYear.of(2025), Level.THCS, Scope.SCHOOL_GROUP)
                .sessions(Session.builder("s", LocalDate.of(2025, 10, 1)).build()).build();
        CHECKER.check(group, PACK, AS_OF.get(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FLOOR.check(group, AS_OF.get(1)));
        assertTrue(e.getMessage().contains("SCHOOL_GROUP"), e.getMessage());
    }

    /**
     * A CLUSTER plan that breaks every rule that runs for it somewhere, and meets each elsewhere: a semester with no
     * counted session, sessions outside the year, milestones late, missing, out of order, after the session and
     * approved before the review, gaps, forbidden activities, results notices late and incomplete, plan and year
     * report by reports, head also deputy, and (from 2026-2027, a year the plan gives the calendar of) the head of
     * the year before.
     */
    static Plan everyRule(int year) {
        int y = year;
        List<Member> members = List.of(new Member("a", "Trường A"), new Member("b", "Trường B"),
                new Member("c", "Trường C"));
        Cluster cluster = new Cluster("Cụm thử", "a", "a", " a ", members, null);
        List<String> five = List.of("TOAN", "NGU_VAN", "TIENG_ANH", "KHTN", " GDCD ");
        List<Session> sessions = new ArrayList<>();
        // semester I: complete and on time
        sessions.add(session("ok", LocalDate.of(y, 10, 20), "b").status(SessionStatus.HELD)
                .lessonStudySubjects(five.toArray(String[]::new))
                .milestones(Milestones.builder().preparationAssignedOn(LocalDate.of(y, 9, 20))
                        .reviewMeetingOn(LocalDate.of(y, 10, 6)).approvedOn(LocalDate.of(y, 10, 7)).build())
                .resultReport(new ResultReport(LocalDate.of(y, 10, 25),
                        List.of(Attachment.LESSON_PLANS, Attachment.TOPIC_REPORTS)))
                .build());
        // semester I: late, out of order, after the session, approved before the review, missing attachments
        sessions.add(session("late", LocalDate.of(y, 11, 20), "c").status(SessionStatus.HELD)
                .lessonStudySubjects("TOAN", "toan", "TOAN ", " ")
                .activities(Activity.THEMATIC, Activity.CULTURAL_SPORTS, Activity.ADMINISTRATIVE)
                .location(" ").objective(null)
                .milestones(Milestones.builder().preparationAssignedOn(LocalDate.of(y, 11, 1))
                        .reviewMeetingOn(LocalDate.of(y, 10, 30)).approvedOn(LocalDate.of(y, 10, 1))
                        .contentAnnouncedOn(LocalDate.of(y, 11, 25)).contentApprovedOn(LocalDate.of(y, 11, 10))
                        .invitationSentOn(LocalDate.of(y, 11, 21)).questionsSentOn(LocalDate.of(y, 11, 19))
                        .build())
                .resultReport(new ResultReport(LocalDate.of(y + 1, 6, 2), List.of(Attachment.MINUTES)))
                .build());
        // semester I: held, no notice, nothing prepared, approval only after the session
        sessions.add(session("held-bare", LocalDate.of(y, 12, 10), "a").status(SessionStatus.HELD)
                .content(null).participants(null)
                .milestones(Milestones.builder().reviewMeetingOn(LocalDate.of(y, 11, 20))
                        .approvedOn(LocalDate.of(y, 12, 10)).build())
                .build());
        // outside the year, one before, one after; cancelled ones are judged by the core rules only
        sessions.add(session("before", LocalDate.of(y, 8, 25), "b").status(SessionStatus.CANCELLED)
                .activities(Activity.CULTURAL_SPORTS).location(null)
                .milestones(Milestones.builder().approvedOn(LocalDate.of(y, 8, 26)).build()).build());
        sessions.add(session("after", LocalDate.of(y + 1, 6, 10), "c")
                .lessonStudySubjects(five.toArray(String[]::new)).build());
        // semester II: only a cancelled session and the one after the year, so no counted session in it
        sessions.add(session("cancelled", LocalDate.of(y + 1, 3, 10), "b").status(SessionStatus.CANCELLED)
                .build());
        // semester I, planned later in the year: obligations before, violations after
        sessions.add(session("planned", LocalDate.of(y + 1, 1, 10), "b").format(SessionFormat.ONLINE)
                .lessonStudySubjects(five.toArray(String[]::new)).build());
        return Plan.builder("every-rule-" + year, SchoolYear.of(year), Level.THCS, Scope.CLUSTER)
                .cluster(cluster)
                .calendar(year == 2025 ? null : new PlanCalendar(LocalDate.of(y, 9, 5), LocalDate.of(y + 1, 1, 17),
                        LocalDate.of(y + 1, 5, 30), List.of()))
                .objectives("Mục tiêu")
                .funding("Kinh phí")
                .submittedOn(null)
                .sessions(sessions)
                .reports(new Report(ReportKind.SEMESTER_1, LocalDate.of(y + 1, 1, 10), List.of()),
                        new Report(ReportKind.PLAN, null, List.of()),
                        new Report(ReportKind.PLAN, LocalDate.of(y, 10, 2), List.of()),
                        new Report(ReportKind.PLAN, LocalDate.of(y, 9, 30), List.of()),
                        new Report(ReportKind.YEAR_END, null, List.of()))
                .build();
    }

    static Session.Builder session(String id, LocalDate date, String host) {
        return Session.builder(id, date).host(host).format(SessionFormat.IN_PERSON).location("Trường " + host)
                .content("Nội dung").participants("Giáo viên").objective("Mục tiêu")
                .activities(Activity.LESSON_STUDY);
    }

    @Test
    void resultsHoldTheRuleMetadataOfTheRulePack() {
        CheckResult r = FLOOR.check(everyRule(2026), AS_OF.get(1).plusYears(1));
        for (Violation v : r.violations()) {
            RuleInfo info = CHECKER.packs().rule(v.ruleId());
            assertEquals(info.severity(), v.severity(), v.ruleId());
            assertEquals(info.citation(), v.citation(), v.ruleId());
        }
        for (Obligation o : r.obligations()) {
            assertEquals(CHECKER.packs().rule(o.ruleId()).citation(), o.citation());
        }
    }
}
