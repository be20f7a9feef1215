package vn.edu.shcm.rules.phothong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.obligations;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.summary;
import static vn.edu.shcm.rules.testing.TestPlans.violations;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;
import static vn.edu.shcm.rules.testkit.CheckResultAssert.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.model.WorkshopFile;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * The 19 rules of {@code laocai-phothong-2025} on 2025-2026 plans with the built-in calendar (05/09/2025 to
 * 30/05/2026, semester I ends 17/01/2026), one compliant base plan per scope: each rule compliant, violated, on
 * both sides of its boundary day and, for deliverables, as an obligation; and each rule only in its scopes.
 */
class LaoCaiPhoThong2025Test {

    static final Checker CHECKER = Checker.create();
    static final String PACK = "laocai-phothong-2025";
    static final String P = PACK + ":";
    static final LocalDate AFTER_YEAR = d("2026-06-15");
    static final Minutes FULL_MINUTES = new Minutes(true, true, true, true, true);
    static final List<String> FIVE_SUBJECTS = List.of("TOAN", "NGU_VAN", "TIENG_ANH", "KHTN", "LICH_SU_DIA_LY");

    // ---------------------------------------------------------------------------------------------------------
    // Compliant base plans, one per scope

    /** A cluster session that states everything and was prepared in time, held, with its results notice. */
    static Session clusterSession(String id, String date, String host, String prepared, String reviewed,
                                  String approved, String noticeOn) {
        return TestPlans.session(id, date).status(SessionStatus.HELD).format(SessionFormat.IN_PERSON).host(host)
                .location("Trường " + host)
                .content("Chuyên đề dạy học phát triển năng lực; nghiên cứu bài học 5 môn")
                .activities(Activity.THEMATIC, Activity.LESSON_STUDY)
                .lessonStudySubjects(FIVE_SUBJECTS.toArray(String[]::new))
                .participants("Tổ trưởng chuyên môn, giáo viên cốt cán các trường trong cụm")
                .objective("Giáo viên vận dụng được nghiên cứu bài học")
                .milestones(Milestones.builder().preparationAssignedOn(d(prepared)).reviewMeetingOn(d(reviewed))
                        .approvedOn(d(approved)).build())
                .resultReport(new ResultReport(d(noticeOn), List.of(Attachment.LESSON_PLANS,
                        Attachment.TOPIC_REPORTS)))
                .build();
    }

    /** A THCS cluster plan that breaks no rule as of 15/06/2026. */
    static Plan cluster() {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b", "c")
                .submittedOn(d("2025-09-25"))
                .sessions(
                        clusterSession("s1", "2025-11-20", "a", "2025-10-15", "2025-11-01", "2025-11-10",
                                "2025-11-28"),
                        clusterSession("s2", "2026-03-19", "b", "2026-02-10", "2026-03-02", "2026-03-09",
                                "2026-03-27"))
                .reports(new Report(ReportKind.YEAR_END, d("2026-05-25"), List.of()))
                .build();
    }

    static Session groupSession(String id, String date, String... lessonStudySubjects) {
        Session.Builder b = TestPlans.session(id, date).status(SessionStatus.HELD).format(SessionFormat.IN_PERSON)
                .content("Sinh hoạt tổ chuyên môn").minutes(FULL_MINUTES);
        return lessonStudySubjects.length > 0
                ? b.activities(Activity.LESSON_STUDY).lessonStudySubjects(lessonStudySubjects).build()
                : b.activities(Activity.THEMATIC).build();
    }

    static Session thematic(String id, String date, String announced, String approved) {
        return groupSession(id, date).toBuilder().milestones(Milestones.builder()
                .contentAnnouncedOn(d(announced)).contentApprovedOn(d(approved)).build()).build();
    }

    /** A THCS subject group's plan (Toán, Tin học) that breaks no rule as of 15/06/2026. */
    static Plan group() {
        return Plan.builder("to-toan-tin", TestPlans.year(2025), Level.THCS, Scope.SCHOOL_GROUP)
                .subjects(List.of(new SubjectAssignment("TOAN", "Nguyễn Văn An"),
                        new SubjectAssignment("TIN_HOC", "Lò Thị Bình")))
                .sessions(
                        groupSession("g1", "2025-10-16", "TOAN"),
                        groupSession("g2", "2025-11-13", "TIN_HOC"),
                        thematic("g3", "2025-12-11", "2025-11-25", "2025-12-03"),
                        groupSession("g4", "2026-02-26", "TOAN", "TIN_HOC"),
                        thematic("g5", "2026-04-09", "2026-03-24", "2026-04-01"))
                .build();
    }

    /** A primary province-level plan with its two sessions. */
    static Plan province() {
        return Plan.builder("tinh-tieu-hoc", TestPlans.year(2025), Level.TIEU_HOC, Scope.PROVINCE)
                .sessions(TestPlans.session("p1", "2025-10-25").status(SessionStatus.HELD).build(),
                        TestPlans.session("p2", "2026-03-20").build())
                .build();
    }

    /** An upper-secondary workshop, held, with its questions sent and its file complete. */
    static Plan workshop() {
        return Plan.builder("hoi-thao", TestPlans.year(2025), Level.THPT, Scope.WORKSHOP)
                .sessions(TestPlans.session("w1", "2025-12-05").status(SessionStatus.HELD)
                        .milestones(Milestones.builder().questionsSentOn(d("2025-11-28")).build()).build())
                .workshopFile(new WorkshopFile(true, true, true, true, false))
                .build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    static CheckResult check(Plan plan) {
        return check(plan, AFTER_YEAR);
    }

    static CheckResult check(Plan plan, LocalDate asOf) {
        return CHECKER.check(plan, PACK, asOf);
    }

    static Plan withMilestones(Plan plan, int index, UnaryOperator<Milestones.Builder> change) {
        return withSession(plan, index, s -> s.milestones(change.apply(
                plan.sessions().get(index).milestones().toBuilder()).build()));
    }

    static Plan withoutSession(Plan plan, int index) {
        List<Session> sessions = new ArrayList<>(plan.sessions());
        sessions.remove(index);
        return plan.toBuilder().sessions(sessions).build();
    }

    /** The base plans moved to school year 2026-2027 with a calendar of their own (no built-in one yet). */
    static Plan in2026(Plan plan) {
        return plan.toBuilder().schoolYear(TestPlans.year(2026))
                .calendar(new PlanCalendar(d("2026-09-05"), d("2027-01-16"), d("2027-05-29"), List.of())).build();
    }

    static List<LocalDate> dueDates(CheckResult r, String rule) {
        return obligations(r, rule).stream().map(Obligation::dueOn).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The pack as a whole

    @Test
    void theCompliantBasePlansHaveNoViolationAndNoObligation() {
        for (Plan plan : List.of(cluster(), group(), province(), workshop())) {
            assertThat(check(plan)).hasNoViolations().hasNoObligations();
        }
    }

    @Test
    void everyRuleHasTextsMetadataAndItsScopes() {
        List<RuleInfo> rules = CHECKER.packs().get(PACK).rules().stream()
                .filter(r -> r.packId().equals(PACK)).toList();
        assertEquals(19, rules.size());
        assertEquals(4, vn.edu.shcm.rules.RulePacks.coreRules().size());
        assertTrue(rules.stream().allMatch(r -> !r.citation().section().isBlank()));
        Map<String, Set<Scope>> scopes = rules.stream()
                .collect(Collectors.toMap(r -> r.id().substring(P.length()), RuleInfo::scopes));
        Set<Scope> cluster = Set.of(Scope.CLUSTER);
        Map<String, Set<Scope>> expected = Map.ofEntries(
                Map.entry("cluster-session-per-semester", cluster),
                Map.entry("cluster-lesson-study-subjects", cluster),
                Map.entry("cluster-prep-lead-time", cluster),
                Map.entry("cluster-review-lead-time", cluster),
                Map.entry("cluster-head-approval", cluster),
                Map.entry("cluster-plan-fields", cluster),
                Map.entry("no-cultural-sports", cluster),
                Map.entry("no-administrative-content",
                        Set.of(Scope.CLUSTER, Scope.SCHOOL_GROUP, Scope.PROVINCE, Scope.WORKSHOP)),
                Map.entry("cluster-results-notice", cluster),
                Map.entry("plan-deadline", cluster),
                Map.entry("year-report-deadline", cluster),
                Map.entry("cluster-head-rotation", cluster),
                Map.entry("group-lesson-study-per-semester", Set.of(Scope.SCHOOL_GROUP)),
                Map.entry("group-content-notice-lead-time", Set.of(Scope.SCHOOL_GROUP)),
                Map.entry("group-content-review-lead-time", Set.of(Scope.SCHOOL_GROUP)),
                Map.entry("minutes-complete", Set.of(Scope.SCHOOL_GROUP)),
                Map.entry("province-sessions-per-year", Set.of(Scope.PROVINCE)),
                Map.entry("workshop-records", Set.of(Scope.WORKSHOP)),
                Map.entry("workshop-questions-sent", Set.of(Scope.WORKSHOP)));
        assertEquals(expected, scopes);
        assertEquals(List.of("laocai-phothong-2025:cluster-head-rotation",
                "laocai-phothong-2025:workshop-questions-sent"), rules.stream()
                .filter(r -> r.severity() == Severity.WARNING).map(RuleInfo::id).toList());
    }

    @Test
    void aPreschoolPlanOrAnEarlierYearIsOutsideThePack() {
        Plan preschool = cluster().toBuilder().level(Level.MAM_NON).build();
        assertThrows(InvalidPlanException.class, () -> check(preschool));
        Plan earlier = province().toBuilder().schoolYear(TestPlans.year(2024)).build();
        assertThrows(InvalidPlanException.class, () -> check(earlier));
    }

    /** Rules run only in the scopes they are written for, whatever the plan holds. */
    @Nested
    class Scopes {

        @Test
        void clusterRulesDoNotRunOnASubjectGroupPlan() {
            // a group plan (listing no subjects) with no session in semester II, sessions with fewer than 5
            // lesson-study subjects and no preparation milestones, a cultural exchange, a session without
            // location, no results notices, no plan sent and no year report
            Plan plan = withSession(withoutSession(withoutSession(group(), 4), 3), 0,
                    s -> s.activities(Activity.LESSON_STUDY, Activity.CULTURAL_SPORTS).location(null));
            plan = plan.toBuilder().subjects(List.of()).build();
            assertEquals(List.of(), summary(check(plan)));
        }

        @Test
        void groupRulesDoNotRunOnAClusterPlan() {
            // a cluster plan lists a subject without lesson study, a thematic session without content notice,
            // and a held session without minutes
            Plan plan = cluster().toBuilder().subjects(List.of(new SubjectAssignment("GDTC", null))).build();
            plan = withSession(plan, 0, s -> s.minutes(Minutes.NONE));
            assertEquals(List.of(), summary(check(plan)));
        }

        @Test
        void provinceAndWorkshopRulesDoNotRunElsewhere() {
            // a group plan held one session, with no questions sent and no workshop file
            Plan plan = Plan.builder("mot-buoi", TestPlans.year(2025), Level.THCS, Scope.SCHOOL_GROUP)
                    .sessions(groupSession("g1", "2025-10-16")
                            .toBuilder().activities(Activity.LESSON_STUDY).build())
                    .build();
            assertEquals(List.of(), summary(check(plan)));
        }

        @Test
        void noRuleButItsOwnRunsOnProvinceAndWorkshopPlans() {
            // a province session with a cultural exchange and nothing stated; the workshop base plan's session is
            // held without minutes, lesson study, preparation or results notice
            Plan prov = withSession(province(), 0, s -> s.activities(Activity.CULTURAL_SPORTS));
            assertEquals(List.of(), summary(check(prov)));
            assertEquals(List.of(), summary(check(workshop())));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // CLUSTER

    @Nested
    class ClusterSessionPerSemester {
        static final String RULE = "laocai-phothong-2025:cluster-session-per-semester";

        @Test
        void aSessionInEachSemesterComplies() {
            assertEquals(List.of(), paths(check(cluster()), RULE));
        }

        @Test
        void aSemesterWithoutSessionViolates() {
            CheckResult r = check(withoutSession(cluster(), 1));
            assertEquals(List.of("/sessions"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals("II.2.2.b", v.citation().section());
            assertEquals(Map.of("semester", "HK2", "from", d("2026-01-18"), "to", d("2026-05-30"),
                    "required", 1, "actual", 0), v.details());
            assertEquals("Học kỳ II (18/01/2026 – 30/05/2026) không có buổi sinh hoạt chuyên môn cụm nào; "
                    + "mỗi cụm phải sinh hoạt ít nhất 01 lần/học kỳ.", v.message());
        }

        @ParameterizedTest(name = "the second session on {0} leaves semester II empty: {1}")
        @CsvSource({"2026-01-17, true", "2026-01-18, false"})
        void semesterIIStartsTheDayAfterSemesterIEnds(String date, boolean violates) {
            Plan plan = withSession(cluster(), 1, s -> s.date(d(date)));
            assertEquals(violates ? List.of("HK2") : List.of(),
                    violations(check(plan), RULE).stream().map(v -> v.details().get("semester")).toList());
        }

        @Test
        void aCancelledSessionDoesNotCount() {
            Plan plan = withSession(cluster(), 0, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of("HK1"),
                    violations(check(plan), RULE).stream().map(v -> v.details().get("semester")).toList());
        }
    }

    @Nested
    class ClusterLessonStudySubjects {
        static final String RULE = "laocai-phothong-2025:cluster-lesson-study-subjects";

        @Test
        void fiveDistinctSubjectsComply() {
            assertEquals(List.of(), paths(check(cluster()), RULE));
        }

        @Test
        void fourSubjectsViolate() {
            CheckResult r = check(withSession(cluster(), 0,
                    s -> s.lessonStudySubjects("TOAN", "NGU_VAN", "TIENG_ANH", "KHTN")));
            assertEquals(List.of("/sessions/0/lessonStudySubjects"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("date", d("2025-11-20"), "required", 5, "actual", 4), v.details());
            assertEquals("Buổi sinh hoạt cụm ngày 20/11/2025 tổ chức nghiên cứu bài học ở 4 môn học; "
                    + "mỗi lần sinh hoạt phải được ít nhất 5 môn học.", v.message());
        }

        @Test
        void aSubjectNamedTwiceOrBlankCountsOnce() {
            Plan plan = withSession(cluster(), 1,
                    s -> s.lessonStudySubjects("TOAN", " TOAN ", "NGU_VAN", "TIENG_ANH", "KHTN", " "));
            CheckResult r = check(plan);
            assertEquals(List.of("/sessions/1/lessonStudySubjects"), paths(r, RULE));
            assertEquals(4, violations(r, RULE).get(0).details().get("actual"));
        }

        @Test
        void aSessionWithoutLessonStudyViolates() {
            Plan plan = withSession(cluster(), 1, s -> s.lessonStudySubjects());
            assertEquals(0, violations(check(plan), RULE).get(0).details().get("actual"));
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(cluster(), 1, s -> s.lessonStudySubjects().status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class ClusterPrepLeadTime {
        static final String RULE = "laocai-phothong-2025:cluster-prep-lead-time";

        @ParameterizedTest(name = "preparation for 20/11/2025 assigned {0}: violates {1}")
        @CsvSource({"2025-10-20, false", "2025-10-21, true"})
        void oneMonthBeforeIsTheLastDay(String assigned, boolean violates) {
            CheckResult r = check(withMilestones(cluster(), 0, m -> m.preparationAssignedOn(d(assigned))));
            assertEquals(violates ? List.of("/sessions/0/milestones/preparationAssignedOn") : List.of(),
                    paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-11-20"), "required", d("2025-10-20"),
                        "actual", d("2025-10-21")), v.details());
                assertEquals("Cụm trưởng phân công chuẩn bị buổi sinh hoạt ngày 20/11/2025 vào ngày 21/10/2025, "
                        + "muộn hơn hạn 20/10/2025 (phải trước ít nhất 01 tháng).", v.message());
            }
        }

        @ParameterizedTest(name = "preparation for 31/03/2026 assigned {0}: violates {1}")
        @CsvSource({"2026-02-28, false", "2026-03-01, true"})
        void aMonthBeforeTheLastDayOfMarchIsTheLastDayOfFebruary(String assigned, boolean violates) {
            Plan plan = withMilestones(withSession(cluster(), 1, s -> s.date(d("2026-03-31"))), 1,
                    m -> m.preparationAssignedOn(d(assigned)));
            assertEquals(violates ? List.of("/sessions/1/milestones/preparationAssignedOn") : List.of(),
                    paths(check(plan), RULE));
        }

        @Test
        void missingWhileStillDueIsAnObligationThenAViolation() {
            Plan plan = withMilestones(withSession(cluster(), 1, s -> s.status(SessionStatus.PLANNED)), 1,
                    m -> m.preparationAssignedOn(null));
            CheckResult before = check(plan, d("2026-02-19"));
            assertEquals(List.of(), paths(before, RULE));
            Obligation o = obligations(before, RULE).get(0);
            assertEquals(d("2026-02-19"), o.dueOn());
            assertEquals("/sessions/1/milestones/preparationAssignedOn", o.path());
            assertEquals("Cụm trưởng phân công chuẩn bị các điều kiện cho buổi sinh hoạt ngày 19/03/2026 chậm nhất "
                    + "ngày 19/02/2026 (trước ít nhất 01 tháng).", o.message());
            CheckResult after = check(plan, d("2026-02-20"));
            assertEquals(List.of("/sessions/1/milestones/preparationAssignedOn"), paths(after, RULE));
            assertEquals(List.of(), obligations(after, RULE));
        }

        @Test
        void aCancelledSessionNeedsNoPreparation() {
            Plan plan = withMilestones(withSession(cluster(), 1, s -> s.status(SessionStatus.CANCELLED)), 1,
                    m -> m.preparationAssignedOn(null));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class ClusterReviewLeadTime {
        static final String RULE = "laocai-phothong-2025:cluster-review-lead-time";

        @ParameterizedTest(name = "review for 20/11/2025 held {0}: violates {1}")
        @CsvSource({"2025-11-06, false", "2025-11-07, true"})
        void twoWeeksBeforeIsTheLastDay(String reviewed, boolean violates) {
            CheckResult r = check(withMilestones(cluster(), 0, m -> m.reviewMeetingOn(d(reviewed))));
            assertEquals(violates ? List.of("/sessions/0/milestones/reviewMeetingOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-11-20"), "required", d("2025-11-06"),
                        "actual", d("2025-11-07")), v.details());
                assertEquals("Cuộc họp rà soát nội dung cho buổi sinh hoạt ngày 20/11/2025 diễn ra ngày 07/11/2025, "
                        + "muộn hơn hạn 06/11/2025 (phải trước ít nhất 02 tuần).", v.message());
            }
        }

        @Test
        void missingWhileStillDueIsAnObligationThenAViolation() {
            Plan plan = withMilestones(withSession(cluster(), 1, s -> s.status(SessionStatus.PLANNED)), 1,
                    m -> m.reviewMeetingOn(null));
            assertEquals(List.of(d("2026-03-05")), dueDates(check(plan, d("2026-03-05")), RULE));
            assertEquals(List.of(), paths(check(plan, d("2026-03-05")), RULE));
            CheckResult after = check(plan, d("2026-03-06"));
            assertEquals(List.of("/sessions/1/milestones/reviewMeetingOn"), paths(after, RULE));
            assertEquals("Buổi sinh hoạt ngày 19/03/2026 chưa có cuộc họp rà soát nội dung đã chuẩn bị; hạn là "
                    + "05/03/2026 (trước ít nhất 02 tuần).", violations(after, RULE).get(0).message());
        }
    }

    @Nested
    class ClusterHeadApproval {
        static final String RULE = "laocai-phothong-2025:cluster-head-approval";

        @ParameterizedTest(name = "approval of 20/11/2025 signed {0}: violates {1}")
        @CsvSource({"2025-11-19, false", "2025-11-20, true"})
        void theDayBeforeTheSessionIsTheLastDay(String approved, boolean violates) {
            CheckResult r = check(withMilestones(cluster(), 0, m -> m.approvedOn(d(approved))));
            assertEquals(violates ? List.of("/sessions/0/milestones/approvedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-11-20"), "required", d("2025-11-19"),
                        "actual", d("2025-11-20")), v.details());
                assertEquals("Cụm trưởng ký xác nhận đồng ý tổ chức buổi sinh hoạt ngày 20/11/2025 vào ngày "
                        + "20/11/2025, không trước ngày sinh hoạt (hạn 19/11/2025).", v.message());
            }
        }

        @ParameterizedTest(name = "approval signed {0} after a review on 01/11/2025: violates {1}")
        @CsvSource({"2025-11-01, false", "2025-10-31, true"})
        void theApprovalFollowsTheReviewMeeting(String approved, boolean violates) {
            CheckResult r = check(withMilestones(cluster(), 0, m -> m.approvedOn(d(approved))));
            assertEquals(violates ? List.of("/sessions/0/milestones/approvedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-11-20"), "reviewMeetingOn", d("2025-11-01"),
                        "actual", d("2025-10-31")), v.details());
                assertEquals("Cụm trưởng ký xác nhận đồng ý tổ chức buổi sinh hoạt ngày 20/11/2025 vào ngày "
                        + "31/10/2025, trước cuộc họp rà soát nội dung ngày 01/11/2025; phải ký sau khi rà soát.",
                        v.message());
            }
        }

        @Test
        void withoutAReviewMeetingOnlyTheDeadlineIsJudged() {
            Plan plan = withMilestones(cluster(), 0, m -> m.reviewMeetingOn(null).approvedOn(d("2025-10-01")));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void missingWhileStillDueIsAnObligationThenAViolation() {
            Plan plan = withMilestones(withSession(cluster(), 1, s -> s.status(SessionStatus.PLANNED)), 1,
                    m -> m.approvedOn(null));
            CheckResult before = check(plan, d("2026-03-18"));
            assertEquals(List.of(d("2026-03-18")), dueDates(before, RULE));
            assertEquals("Sau cuộc họp rà soát, cụm trưởng kiểm tra và ký xác nhận đồng ý tổ chức buổi sinh hoạt "
                    + "ngày 19/03/2026 chậm nhất ngày 18/03/2026.", obligations(before, RULE).get(0).message());
            assertEquals(List.of(), paths(before, RULE));
            assertEquals(List.of("/sessions/1/milestones/approvedOn"), paths(check(plan, d("2026-03-19")), RULE));
        }
    }

    @Nested
    class ClusterPlanFields {
        static final String RULE = "laocai-phothong-2025:cluster-plan-fields";

        @Test
        void sessionsStatingEverythingComply() {
            assertEquals(List.of(), paths(check(cluster()), RULE));
        }

        @Test
        void eachMissingItemIsOneViolationAtItsPath() {
            Plan plan = withSession(cluster(), 1,
                    s -> s.location(null).content(" ").participants("").objective(null));
            CheckResult r = check(plan);
            assertEquals(List.of("/sessions/1/location", "/sessions/1/content", "/sessions/1/participants",
                    "/sessions/1/objective"), paths(r, RULE));
            Violation v = violations(r, RULE).get(2);
            assertEquals(Map.of("field", "participants", "date", d("2026-03-19")), v.details());
            assertEquals("Kế hoạch chưa thể hiện thành phần tham dự của đợt sinh hoạt ngày 19/03/2026.",
                    v.message());
        }

        @Test
        void personInChargeAndExpectedResultAreNotDemanded() {
            // the base sessions state neither
            assertEquals(null, cluster().sessions().get(0).personInCharge());
            assertEquals(List.of(), paths(check(cluster()), RULE));
        }

        @Test
        void aCancelledSessionNeedNotBeDescribed() {
            Plan plan = withSession(cluster(), 1, s -> s.status(SessionStatus.CANCELLED).objective(null));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class NoCulturalSports {
        static final String RULE = "laocai-phothong-2025:no-cultural-sports";

        @Test
        void professionalActivitiesComply() {
            assertEquals(List.of(), paths(check(cluster()), RULE));
        }

        @Test
        void aCulturalOrSportsExchangeViolatesAtTheActivity() {
            CheckResult r = check(withSession(cluster(), 1,
                    s -> s.activities(Activity.THEMATIC, Activity.LESSON_STUDY, Activity.CULTURAL_SPORTS)));
            assertEquals(List.of("/sessions/1/activities/2"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals("I.2", v.citation().section());
            assertEquals(Map.of("date", d("2026-03-19"), "activity", "CULTURAL_SPORTS"), v.details());
            assertEquals("Buổi sinh hoạt cụm ngày 19/03/2026 có giao lưu văn nghệ, thể thao; sinh hoạt chuyên môn "
                    + "cụm không tổ chức hoạt động này.", v.message());
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(cluster(), 1,
                    s -> s.activities(Activity.CULTURAL_SPORTS).status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void itDoesNotRunOnASubjectGroupPlan() {
            Plan plan = withSession(group(), 0, s -> s.activities(Activity.LESSON_STUDY, Activity.CULTURAL_SPORTS));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class NoAdministrativeContent {
        static final String RULE = "laocai-phothong-2025:no-administrative-content";

        @Test
        void professionalActivitiesComply() {
            for (Plan plan : List.of(cluster(), group(), province(), workshop())) {
                assertEquals(List.of(), paths(check(plan), RULE));
            }
        }

        @Test
        void administrativeBusinessInAClusterSessionViolates() {
            CheckResult r = check(withSession(cluster(), 0,
                    s -> s.activities(Activity.ADMINISTRATIVE, Activity.THEMATIC, Activity.LESSON_STUDY)));
            assertEquals(List.of("/sessions/0/activities/0"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("date", d("2025-11-20"), "activity", "ADMINISTRATIVE"), v.details());
            assertEquals("Buổi sinh hoạt ngày 20/11/2025 có lồng ghép công việc hành chính (kiểm điểm, nhận xét, "
                    + "đánh giá, bình xét thi đua…); trong sinh hoạt chỉ trao đổi nội dung chuyên môn.", v.message());
        }

        @Test
        void itRunsInEverySettingOfTheGuideline() {
            UnaryOperator<Session.Builder> admin = s -> s.activities(Activity.THEMATIC, Activity.ADMINISTRATIVE);
            assertEquals(List.of("/sessions/2/activities/1"), paths(check(withSession(group(), 2, admin)), RULE));
            assertEquals(List.of("/sessions/1/activities/1"), paths(check(withSession(province(), 1, admin)), RULE));
            assertEquals(List.of("/sessions/0/activities/1"), paths(check(withSession(workshop(), 0, admin)), RULE));
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(group(), 2,
                    s -> s.activities(Activity.ADMINISTRATIVE).status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class ClusterResultsNotice {
        static final String RULE = "laocai-phothong-2025:cluster-results-notice";

        Plan noticeOfFirst(String sentOn, Attachment... attachments) {
            return withSession(cluster(), 0, s -> s.resultReport(
                    new ResultReport(sentOn == null ? null : d(sentOn), List.of(attachments))));
        }

        @ParameterizedTest(name = "notice of a 20/11/2025 session sent {0}: violates {1}")
        @CsvSource({"2026-05-30, false", "2026-05-31, true"})
        void dueBeforeThe31stOfMay(String sentOn, boolean violates) {
            CheckResult r = check(noticeOfFirst(sentOn, Attachment.LESSON_PLANS, Attachment.TOPIC_REPORTS));
            assertEquals(violates ? List.of("/sessions/0/resultReport/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-11-20"), "required", d("2026-05-30"),
                        "actual", d("2026-05-31")), v.details());
                assertEquals("Thông báo kết quả buổi sinh hoạt ngày 20/11/2025 gửi ngày 31/05/2026, sau hạn "
                        + "30/05/2026.", v.message());
            }
        }

        @Test
        void aNoticeWithoutLessonPlansOrTopicReportsViolates() {
            CheckResult r = check(noticeOfFirst("2025-11-28", Attachment.LESSON_PLANS, Attachment.MINUTES));
            assertEquals(List.of("/sessions/0/resultReport/attachments"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("session", d("2025-11-20"), "missing", List.of("TOPIC_REPORTS")), v.details());
            assertEquals("Thông báo kết quả buổi sinh hoạt ngày 20/11/2025 chưa kèm theo: báo cáo chuyên đề.",
                    v.message());
        }

        @Test
        void aLateNoticeWithoutAttachmentsViolatesTwice() {
            CheckResult r = check(noticeOfFirst("2026-06-01"));
            assertEquals(List.of("/sessions/0/resultReport/submittedOn", "/sessions/0/resultReport/attachments"),
                    paths(r, RULE));
            assertEquals(List.of("LESSON_PLANS", "TOPIC_REPORTS"), violations(r, RULE).get(1).details().get("missing"));
        }

        @Test
        void missingIsAnObligationUntilTheDeadlineThenAViolation() {
            Plan plan = noticeOfFirst(null);
            CheckResult before = check(plan, d("2026-05-30"));
            assertEquals(List.of(), paths(before, RULE));
            Obligation o = obligations(before, RULE).get(0);
            assertEquals(d("2026-05-30"), o.dueOn());
            assertEquals("/sessions/0/resultReport/submittedOn", o.path());
            assertEquals("Cụm trưởng gửi thông báo kết quả buổi sinh hoạt ngày 20/11/2025 về Sở GDĐT và các đơn vị "
                    + "tham gia, kèm kế hoạch bài dạy và báo cáo chuyên đề, chậm nhất ngày 30/05/2026.", o.message());
            CheckResult after = check(plan, d("2026-05-31"));
            assertEquals(List.of("/sessions/0/resultReport/submittedOn"), paths(after, RULE));
            assertEquals(List.of(), obligations(after, RULE));
        }

        @Test
        void aPlannedSessionOwesNoNotice() {
            Plan plan = withSession(noticeOfFirst(null), 0, s -> s.status(SessionStatus.PLANNED));
            assertEquals(List.of(), obligations(check(plan, d("2025-11-01")), RULE));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void inLaterYearsTheDeadlineFollowsTheYear() {
            Plan plan = in2026(cluster().toBuilder().sessions(
                    clusterSession("s1", "2026-11-19", "a", "2026-10-15", "2026-11-02", "2026-11-10",
                            "2026-11-27").toBuilder().resultReport(ResultReport.NONE).build()).build());
            assertEquals(List.of(d("2027-05-30")), dueDates(check(plan, d("2026-12-01")), RULE));
        }
    }

    @Nested
    class PlanDeadline {
        static final String RULE = "laocai-phothong-2025:plan-deadline";

        @ParameterizedTest(name = "a 2025-2026 plan sent {0}: violates {1}")
        @CsvSource({"2025-09-29, false", "2025-09-30, true"})
        void for2025To2026BeforeThe30thOfSeptember(String sentOn, boolean violates) {
            CheckResult r = check(cluster().toBuilder().submittedOn(d(sentOn)).build());
            assertEquals(violates ? List.of("/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("required", d("2025-09-29"), "actual", d("2025-09-30")), v.details());
                assertEquals("III.3", v.citation().section());
                assertEquals("Kế hoạch sinh hoạt chuyên môn cụm gửi Sở GDĐT ngày 30/09/2025, sau hạn 29/09/2025.",
                        v.message());
            }
        }

        @ParameterizedTest(name = "a 2026-2027 plan sent {0}: violates {1}")
        @CsvSource({"2026-09-04, false", "2026-09-05, true"})
        void fromThenOnBeforeThe5thOfSeptember(String sentOn, boolean violates) {
            Plan plan = in2026(cluster().toBuilder().submittedOn(d(sentOn)).sessions().reports().build());
            assertEquals(violates ? List.of("/submittedOn") : List.of(), paths(check(plan, d("2026-09-10")), RULE));
        }

        @Test
        void missingIsAnObligationUntilTheDeadlineThenAViolation() {
            Plan plan = cluster().toBuilder().submittedOn(null).build();
            CheckResult before = check(plan, d("2025-09-29"));
            assertEquals(List.of(), paths(before, RULE));
            Obligation o = obligations(before, RULE).get(0);
            assertEquals(d("2025-09-29"), o.dueOn());
            assertEquals("/submittedOn", o.path());
            assertEquals("Gửi kế hoạch sinh hoạt chuyên môn cụm về Sở GDĐT (qua Phòng GDPT, phonggdpt@laocai.edu.vn) "
                    + "chậm nhất ngày 29/09/2025.", o.message());
            assertEquals(List.of("/submittedOn"), paths(check(plan, d("2025-09-30")), RULE));
        }

        @Test
        void aPlanReportCountsAsSendingThePlan() {
            Plan plan = cluster().toBuilder().submittedOn(null)
                    .reports(new Report(ReportKind.PLAN, d("2025-09-26"), List.of()),
                            new Report(ReportKind.YEAR_END, d("2026-05-25"), List.of())).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class YearReportDeadline {
        static final String RULE = "laocai-phothong-2025:year-report-deadline";

        Plan yearReport(String sentOn) {
            return cluster().toBuilder().reports(sentOn == null ? List.of()
                    : List.of(new Report(ReportKind.YEAR_END, d(sentOn), List.of()))).build();
        }

        @ParameterizedTest(name = "year report sent {0}: violates {1}")
        @CsvSource({"2026-05-30, false", "2026-05-31, true"})
        void dueBeforeThe31stOfMay(String sentOn, boolean violates) {
            CheckResult r = check(yearReport(sentOn));
            assertEquals(violates ? List.of("/reports/0/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("required", d("2026-05-30"), "actual", d("2026-05-31")), v.details());
                assertEquals("Báo cáo kết quả tổ chức SHCM cụm trong năm học gửi Sở GDĐT ngày 31/05/2026, sau hạn "
                        + "30/05/2026.", v.message());
            }
        }

        @Test
        void missingIsAnObligationUntilTheDeadlineThenAViolation() {
            assertEquals(List.of(d("2026-05-30")), dueDates(check(yearReport(null), d("2026-05-30")), RULE));
            assertEquals(List.of(), paths(check(yearReport(null), d("2026-05-30")), RULE));
            CheckResult after = check(yearReport(null), d("2026-05-31"));
            assertEquals(List.of("/reports"), paths(after, RULE));
            assertEquals("Chưa có báo cáo kết quả tổ chức SHCM cụm trong năm học gửi Sở GDĐT; hạn chót là 30/05/2026.",
                    violations(after, RULE).get(0).message());
        }

        @Test
        void theDeadlineIsTheGuidelinesNotTheCalendars() {
            Plan plan = yearReport("2026-05-31").toBuilder()
                    .calendar(new PlanCalendar(null, null, d("2026-05-31"), List.of())).build();
            assertEquals(List.of("/reports/0/submittedOn"), paths(check(plan), RULE));
        }
    }

    @Nested
    class ClusterHeadRotation {
        static final String RULE = "laocai-phothong-2025:cluster-head-rotation";

        Plan headed(int startYear, String previousHead) {
            Plan base = cluster();
            Cluster c = base.cluster().withPreviousHead(previousHead);
            Plan plan = base.toBuilder().cluster(c).build();
            return startYear == 2025 ? plan : in2026(plan.toBuilder().sessions().reports().build());
        }

        @Test
        void aNewHeadFrom2026To2027Complies() {
            assertEquals(List.of(), paths(check(headed(2026, "c"), d("2026-09-10")), RULE));
        }

        @Test
        void theSameHeadAgainFrom2026To2027IsAWarning() {
            CheckResult r = check(headed(2026, "a"), d("2026-09-10"));
            assertEquals(List.of("/cluster/head"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(Map.of("head", "a", "previousHead", "a"), v.details());
            assertEquals("Trường a tiếp tục làm cụm trưởng năm học 2026-2027 như năm học trước; từ năm học "
                    + "2026-2027 cụm trưởng được phân công luân phiên.", v.message());
        }

        @Test
        void in2025To2026HeadsAreAssignedForTheTimeBeing() {
            assertEquals(List.of(), paths(check(headed(2025, "a")), RULE));
        }

        @Test
        void withoutThePreviousHeadThereIsNothingToJudge() {
            assertEquals(List.of(), paths(check(headed(2026, null), d("2026-09-10")), RULE));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // SCHOOL_GROUP

    @Nested
    class GroupLessonStudyPerSemester {
        static final String RULE = "laocai-phothong-2025:group-lesson-study-per-semester";

        @Test
        void lessonStudyInEverySubjectEverySemesterComplies() {
            assertEquals(List.of(), paths(check(group()), RULE));
        }

        @Test
        void aSubjectWithoutLessonStudyInASemesterViolates() {
            CheckResult r = check(withSession(group(), 3, s -> s.lessonStudySubjects("TOAN").subjects("TIN_HOC")));
            assertEquals(List.of("/subjects/1"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("subject", "TIN_HOC", "semester", "HK2", "required", 1, "actual", 0), v.details());
            assertEquals("Môn TIN_HOC chưa có buổi sinh hoạt chuyên môn theo nghiên cứu bài học nào trong học kỳ II; "
                    + "cần ít nhất 01 lần/học kỳ/môn học.", v.message());
        }

        @ParameterizedTest(name = "Tin học's semester-I lesson study on {0} leaves semester I without: {1}")
        @CsvSource({"2026-01-17, false", "2026-01-18, true"})
        void semesterIEndsOnThe17thOfJanuary(String date, boolean violates) {
            CheckResult r = check(withSession(group(), 1, s -> s.date(d(date))));
            assertEquals(violates ? List.of("HK1") : List.of(),
                    violations(r, RULE).stream().map(v -> v.details().get("semester")).toList());
        }

        @Test
        void aCancelledSessionDoesNotCount() {
            CheckResult r = check(withSession(group(), 0, s -> s.status(SessionStatus.CANCELLED)));
            assertEquals(List.of("/subjects/0"), paths(r, RULE));
        }

        @Test
        void subjectsAreComparedTrimmed() {
            Plan plan = group().toBuilder().subjects(List.of(new SubjectAssignment(" TOAN ", null),
                    new SubjectAssignment("TIN_HOC", null))).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class GroupContentNoticeLeadTime {
        static final String RULE = "laocai-phothong-2025:group-content-notice-lead-time";

        @ParameterizedTest(name = "content of 11/12/2025 announced {0}: violates {1}")
        @CsvSource({"2025-11-27, false", "2025-11-28, true"})
        void twoWeeksBeforeIsTheLastDay(String announced, boolean violates) {
            CheckResult r = check(withMilestones(group(), 2, m -> m.contentAnnouncedOn(d(announced))));
            assertEquals(violates ? List.of("/sessions/2/milestones/contentAnnouncedOn") : List.of(),
                    paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-12-11"), "required", d("2025-11-27"),
                        "actual", d("2025-11-28")), v.details());
                assertEquals("Nội dung buổi sinh hoạt ngày 11/12/2025 được thông báo, phân công ngày 28/11/2025, muộn "
                        + "hơn hạn 27/11/2025 (02 tuần trước buổi sinh hoạt).", v.message());
            }
        }

        @Test
        void missingWhileStillDueIsAnObligationThenAViolation() {
            Plan plan = withMilestones(withSession(group(), 4, s -> s.status(SessionStatus.PLANNED)), 4,
                    m -> m.contentAnnouncedOn(null));
            CheckResult before = check(plan, d("2026-03-26"));
            assertEquals(List.of(d("2026-03-26")), dueDates(before, RULE));
            assertEquals("Tổ/nhóm trưởng chuyên môn thông báo nội dung, cách thức tổ chức và phân công nhiệm vụ cho "
                    + "buổi sinh hoạt ngày 09/04/2026 chậm nhất ngày 26/03/2026.",
                    obligations(before, RULE).get(0).message());
            assertEquals(List.of(), paths(before, RULE));
            assertEquals(List.of("/sessions/4/milestones/contentAnnouncedOn"),
                    paths(check(plan, d("2026-03-27")), RULE));
        }

        @Test
        void aLessonStudySessionFollowsAppendix1Instead() {
            // the base's lesson-study sessions g1, g2, g4 record no milestones; one named only by its subjects too
            Plan plan = withSession(group(), 0, s -> s.activities(Activity.OBSERVATION));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withMilestones(withSession(group(), 2, s -> s.status(SessionStatus.CANCELLED)), 2,
                    m -> m.contentAnnouncedOn(null));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class GroupContentReviewLeadTime {
        static final String RULE = "laocai-phothong-2025:group-content-review-lead-time";

        @ParameterizedTest(name = "content of 11/12/2025 approved {0}: violates {1}")
        @CsvSource({"2025-12-04, false", "2025-12-05, true"})
        void oneWeekBeforeIsTheLastDay(String approved, boolean violates) {
            CheckResult r = check(withMilestones(group(), 2, m -> m.contentApprovedOn(d(approved))));
            assertEquals(violates ? List.of("/sessions/2/milestones/contentApprovedOn") : List.of(),
                    paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("session", d("2025-12-11"), "required", d("2025-12-04"),
                        "actual", d("2025-12-05")), v.details());
                assertEquals("Nội dung chuẩn bị cho buổi sinh hoạt ngày 11/12/2025 được kiểm tra, duyệt ngày "
                        + "05/12/2025, muộn hơn hạn 04/12/2025 (01 tuần trước buổi sinh hoạt).", v.message());
            }
        }

        @Test
        void missingWhileStillDueIsAnObligationThenAViolation() {
            Plan plan = withMilestones(withSession(group(), 4, s -> s.status(SessionStatus.PLANNED)), 4,
                    m -> m.contentApprovedOn(null));
            assertEquals(List.of(d("2026-04-02")), dueDates(check(plan, d("2026-04-02")), RULE));
            assertEquals(List.of(), paths(check(plan, d("2026-04-02")), RULE));
            assertEquals(List.of("/sessions/4/milestones/contentApprovedOn"),
                    paths(check(plan, d("2026-04-03")), RULE));
        }

        @Test
        void aLessonStudySessionFollowsAppendix1Instead() {
            Plan plan = withSession(group(), 3, s -> s.activities());
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class MinutesComplete {
        static final String RULE = "laocai-phothong-2025:minutes-complete";

        @Test
        void completeMinutesComply() {
            assertEquals(List.of(), paths(check(group()), RULE));
        }

        @Test
        void minutesWithoutTheChairsConfirmationViolate() {
            CheckResult r = check(withSession(group(), 0, s -> s.minutes(new Minutes(true, true, true, true, false))));
            assertEquals(List.of("/sessions/0/minutes"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("date", d("2025-10-16"), "missing", List.of("chairConfirmed")), v.details());
            assertEquals("Biên bản buổi sinh hoạt ngày 16/10/2025 chưa đầy đủ: thiếu xác nhận của người chủ tọa.",
                    v.message());
        }

        @Test
        void everyMissingItemIsListed() {
            CheckResult r = check(withSession(group(), 2, s -> s.minutes(new Minutes(true, false, false, true, true))));
            assertEquals(List.of("place", "participants"), violations(r, RULE).get(0).details().get("missing"));
            assertEquals("Biên bản buổi sinh hoạt ngày 11/12/2025 chưa đầy đủ: thiếu địa điểm, thành phần.",
                    violations(r, RULE).get(0).message());
        }

        @Test
        void aHeldSessionWithoutMinutesViolates() {
            CheckResult r = check(withSession(group(), 1, s -> s.minutes(null)));
            assertEquals(List.of("/sessions/1/minutes"), paths(r, RULE));
            assertEquals("Buổi sinh hoạt ngày 13/11/2025 chưa có biên bản (thời gian, địa điểm, thành phần, nội dung, "
                    + "xác nhận của người chủ tọa).", violations(r, RULE).get(0).message());
        }

        @Test
        void aSessionNotYetHeldIsNotJudged() {
            Plan plan = withSession(group(), 4, s -> s.status(SessionStatus.PLANNED).minutes(null));
            assertEquals(List.of(), paths(check(plan, d("2026-03-01")), RULE));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // PROVINCE

    @Nested
    class ProvinceSessionsPerYear {
        static final String RULE = "laocai-phothong-2025:province-sessions-per-year";

        @Test
        void twoSessionsComply() {
            assertEquals(List.of(), paths(check(province()), RULE));
        }

        @Test
        void oneSessionViolates() {
            CheckResult r = check(withoutSession(province(), 1));
            assertEquals(List.of("/sessions"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("level", "TIEU_HOC", "required", 2, "actual", 1), v.details());
            assertEquals("Kế hoạch có 1 buổi sinh hoạt chuyên môn cấp tỉnh cấp tiểu học trong năm học; cần ít nhất "
                    + "2 lần.", v.message());
        }

        @Test
        void cancelledAndOutOfYearSessionsDoNotCount() {
            Plan plan = withSession(withSession(province(), 1, s -> s.status(SessionStatus.CANCELLED)), 0,
                    s -> s.date(d("2026-06-02")));
            assertEquals(0, violations(check(plan), RULE).get(0).details().get("actual"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // WORKSHOP

    @Nested
    class WorkshopRecords {
        static final String RULE = "laocai-phothong-2025:workshop-records";

        @Test
        void aCompleteFileWithoutResultsNoticeComplies() {
            assertEquals(false, workshop().workshopFile().resultsNotice());
            assertEquals(List.of(), paths(check(workshop()), RULE));
        }

        @Test
        void aFileWithoutMinutesViolates() {
            CheckResult r = check(workshop().toBuilder().workshopFile(new WorkshopFile(true, true, true, false, true))
                    .build());
            assertEquals(List.of("/workshopFile/minutes"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("item", "minutes"), v.details());
            assertEquals("Hồ sơ tổ chức Hội thảo chưa có biên bản Hội thảo.", v.message());
        }

        @Test
        void noFileLacksEveryItem() {
            CheckResult r = check(workshop().toBuilder().workshopFile(null).build());
            assertEquals(List.of("/workshopFile/decisions", "/workshopFile/plan", "/workshopFile/attendeeList",
                    "/workshopFile/minutes"), paths(r, RULE));
            assertEquals("Hồ sơ tổ chức Hội thảo chưa có danh sách đại biểu tham dự.",
                    violations(r, RULE).get(2).message());
        }

        @Test
        void aWorkshopNotYetHeldIsNotJudged() {
            Plan plan = withSession(workshop().toBuilder().workshopFile(null).build(), 0,
                    s -> s.status(SessionStatus.PLANNED));
            assertEquals(List.of(), paths(check(plan, d("2025-11-01")), RULE));
        }
    }

    @Nested
    class WorkshopQuestionsSent {
        static final String RULE = "laocai-phothong-2025:workshop-questions-sent";

        @ParameterizedTest(name = "questions for 05/12/2025 sent {0}: violates {1}")
        @CsvSource({"2025-12-04, false", "2025-12-05, true"})
        void theDayBeforeTheWorkshopIsTheLastDay(String sentOn, boolean violates) {
            CheckResult r = check(withMilestones(workshop(), 0, m -> m.questionsSentOn(d(sentOn))));
            assertEquals(violates ? List.of("/sessions/0/milestones/questionsSentOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Severity.WARNING, v.severity());
                assertEquals(Map.of("session", d("2025-12-05"), "required", d("2025-12-04"),
                        "actual", d("2025-12-05")), v.details());
                assertEquals("Câu hỏi thảo luận của Hội thảo ngày 05/12/2025 gửi đại biểu ngày 05/12/2025, không "
                        + "trước ngày Hội thảo (hạn 04/12/2025).", v.message());
            }
        }

        @Test
        void missingWhileStillDueIsAnObligationThenAViolation() {
            Plan plan = withMilestones(withSession(workshop(), 0, s -> s.status(SessionStatus.PLANNED)), 0,
                    m -> m.questionsSentOn(null));
            CheckResult before = check(plan, d("2025-12-04"));
            assertEquals(List.of(d("2025-12-04")), dueDates(before, RULE));
            assertEquals("/sessions/0/milestones/questionsSentOn", obligations(before, RULE).get(0).path());
            assertEquals(List.of(), paths(before, RULE));
            CheckResult after = check(plan, d("2025-12-05"));
            assertEquals(List.of("/sessions/0/milestones/questionsSentOn"), paths(after, RULE));
            assertEquals("Hội thảo ngày 05/12/2025 chưa gửi câu hỏi thảo luận cho đại biểu góp ý trước; hạn là "
                    + "04/12/2025.", violations(after, RULE).get(0).message());
        }
    }
}
