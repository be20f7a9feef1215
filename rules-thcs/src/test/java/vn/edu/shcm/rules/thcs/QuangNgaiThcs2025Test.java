package vn.edu.shcm.rules.thcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.obligations;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.summary;
import static vn.edu.shcm.rules.testing.TestPlans.violations;
import static vn.edu.shcm.rules.testing.TestPlans.withReports;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * The 9 rules of {@code quangngai-thcs-2025} on a 2025-2026 cluster plan with the built-in calendar (05/09/2025 to
 * 30/05/2026, semester I ends 17/01/2026): each rule compliant, violated, on both sides of its boundary day and,
 * for deliverables, as an obligation.
 */
class QuangNgaiThcs2025Test {

    static final Checker CHECKER = Checker.create();
    static final String PACK = "quangngai-thcs-2025";
    static final List<ReportSection> FOUR_SECTIONS = List.of(ReportSection.SITUATION_RESULTS,
            ReportSection.TEACHER_PARTICIPATION, ReportSection.SCHOOL_PARTICIPATION, ReportSection.PROPOSALS);

    /** A session of the cluster on the given subjects. */
    static Session.Builder session(String id, String date, String host, Activity activity, String... subjects) {
        return TestPlans.session(id, date).host(host).format(SessionFormat.IN_PERSON).location("Trường " + host)
                .content("Sinh hoạt chuyên môn cụm").activities(activity).subjects(subjects);
    }

    /**
     * A plan that breaks no rule as of 15/06/2026: Toán meets on 20/11/2025 and 12/03/2026, Ngữ văn on 11/12/2025
     * and 12/03/2026; the plan reached the Sở on 05/11/2025, the reports on 10/01/2026 and 25/05/2026.
     */
    static Plan compliant() {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b", "c", "d")
                .submittedOn(d("2025-11-05"))
                .subjects(List.of(new SubjectAssignment("TOAN", "Cô Nguyễn Thị Lan"),
                        new SubjectAssignment("NGU_VAN", "Thầy Trần Văn Hùng")))
                .sessions(
                        session("s1", "2025-11-20", "a", Activity.LESSON_STUDY, "TOAN").status(SessionStatus.HELD)
                                .build(),
                        session("s2", "2025-12-11", "b", Activity.THEMATIC, "NGU_VAN").build(),
                        session("s3", "2026-03-12", "c", Activity.TEST_DESIGN, "TOAN", "NGU_VAN").build())
                .reports(new Report(ReportKind.SEMESTER_1, d("2026-01-10"), FOUR_SECTIONS),
                        new Report(ReportKind.YEAR_END, d("2026-05-25"), FOUR_SECTIONS))
                .build();
    }

    static final LocalDate AFTER_YEAR = d("2026-06-15");

    static CheckResult check(Plan plan) {
        return check(plan, AFTER_YEAR);
    }

    static CheckResult check(Plan plan, LocalDate asOf) {
        return CHECKER.check(plan, PACK, asOf);
    }

    static Plan withSubjects(Plan plan, SubjectAssignment... subjects) {
        return plan.toBuilder().subjects(List.of(subjects)).build();
    }

    static List<LocalDate> dueDates(CheckResult r, String rule) {
        return obligations(r, rule).stream().map(Obligation::dueOn).toList();
    }

    @Test
    void theCompliantPlanHasNoViolationAndNoObligation() {
        CheckResult r = check(compliant());
        assertEquals(List.of(), summary(r));
        assertEquals(List.of(), r.obligations());
    }

    @Test
    void everyRuleHasTextsAndMetadata() {
        var rules = CHECKER.packs().get(PACK).rules();
        assertEquals(9, rules.size(), "its own rules; the core rules are RulePacks.coreRules()");
        assertEquals(List.of("subject-per-semester", "start-from-november", "plan-deadline",
                "semester-report-deadline", "year-end-report-deadline", "report-content", "subject-lead-teacher",
                "roles-assigned", "session-content-type"), rules.stream().filter(r -> r.packId().equals(PACK))
                .map(r -> r.id().substring(PACK.length() + 1)).toList());
        assertTrue(rules.stream().allMatch(r -> !r.citation().section().isBlank()));
    }

    @Test
    void thePackCoversThcsClustersOf2025To2026Only() {
        Plan other = compliant().toBuilder().level(Level.TIEU_HOC).schoolYear(SchoolYear.of(2026)).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> check(other));
        assertEquals(List.of("/level", "/schoolYear"), e.problems().stream().map(PlanProblem::path).toList());
    }

    @Nested
    class SubjectPerSemester {
        static final String RULE = "quangngai-thcs-2025:subject-per-semester";

        @Test
        void everySubjectMeetingInBothSemestersComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aSubjectWithoutSessionInASemesterViolates() {
            CheckResult r = check(withSession(compliant(), 2, s -> s.subjects("NGU_VAN")));
            assertEquals(List.of("/subjects/0"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("subject", "TOAN", "semester", 2, "required", 1, "actual", 0), v.details());
            assertEquals("Môn Toán không có buổi sinh hoạt cụm nào trong học kỳ II (18/01/2026 – 30/05/2026); "
                    + "mỗi môn học phải sinh hoạt ít nhất 01 lần/học kỳ.", v.message());
            assertEquals("Mathematics has no cluster session in semester II (2026-01-18 to 2026-05-30); every subject "
                    + "must meet at least once a semester.", v.messageEn());
            assertEquals("II.3", v.citation().section());
        }

        @ParameterizedTest(name = "Toán''s first session on {0}: semester I uncovered {1}")
        @CsvSource({"2026-01-17, false", "2026-01-18, true"})
        void theLastDayOfSemester1StillCounts(String date, boolean violates) {
            CheckResult r = check(withSession(compliant(), 0, s -> s.date(d(date))));
            assertEquals(violates ? List.of("/subjects/0") : List.of(), paths(r, RULE));
            if (violates) {
                assertEquals(1, violations(r, RULE).get(0).details().get("semester"));
            }
        }

        @Test
        void aSubjectWithoutAnySessionViolatesInBothSemesters() {
            Plan plan = withSubjects(compliant(), compliant().subjects().get(0), compliant().subjects().get(1),
                    new SubjectAssignment(" Tiếng Hrê ", "Cô Đinh Thị Mai"));
            CheckResult r = check(plan);
            assertEquals(List.of("/subjects/2", "/subjects/2"), paths(r, RULE));
            assertEquals(List.of(1, 2), violations(r, RULE).stream().map(v -> v.details().get("semester")).toList());
            assertTrue(violations(r, RULE).get(0).message().startsWith("Môn Tiếng Hrê không có buổi sinh hoạt cụm "
                    + "nào trong học kỳ I (05/09/2025 – 17/01/2026)"), violations(r, RULE).get(0).message());
        }

        @Test
        void lessonStudyInTheSubjectCounts() {
            Plan plan = withSession(compliant(), 2, s -> s.subjects("NGU_VAN").lessonStudySubjects(" TOAN"));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionDoesNotCount() {
            Plan plan = withSession(compliant(), 1, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of("/subjects/1"), paths(check(plan), RULE));
        }

        @Test
        void thePlansCalendarDecidesTheSemesters() {
            // semester I ending on 14/01/2026 puts a session of 15/01/2026 into semester II
            Plan plan = withSession(compliant(), 0, s -> s.date(d("2026-01-15"))).toBuilder()
                    .calendar(new PlanCalendar(null, d("2026-01-14"), null, List.of())).build();
            assertEquals(List.of("/subjects/0"), paths(check(plan), RULE));
        }
    }

    @Nested
    class StartFromNovember {
        static final String RULE = "quangngai-thcs-2025:start-from-november";

        @Test
        void sessionsFromNovemberComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @ParameterizedTest(name = "a session on {0}: violates {1}")
        @CsvSource({"2025-10-31, true", "2025-11-01, false"})
        void theFirstOfNovemberIsTheFirstGoodDay(String date, boolean violates) {
            CheckResult r = check(withSession(compliant(), 0, s -> s.date(d(date))));
            assertEquals(violates ? List.of("/sessions/0/date") : List.of(), paths(r, RULE));
        }

        @Test
        void aSessionInOctoberViolates() {
            CheckResult r = check(withSession(compliant(), 1, s -> s.date(d("2025-10-16"))));
            assertEquals(List.of("/sessions/1/date"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("date", d("2025-10-16"), "earliest", d("2025-11-01")), v.details());
            assertEquals("Buổi sinh hoạt ngày 16/10/2025 diễn ra trước tháng 11 năm 2025; việc tổ chức sinh hoạt cụm "
                    + "bắt đầu từ ngày 01/11/2025.", v.message());
            assertEquals("II.2", v.citation().section());
        }

        @Test
        void aCancelledSessionBeforeNovemberIsNotJudged() {
            Plan plan = withSession(compliant(), 1, s -> s.date(d("2025-10-16")).status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class PlanDeadline {
        static final String RULE = "quangngai-thcs-2025:plan-deadline";

        @ParameterizedTest(name = "plan sent {0}: violates {1}")
        @CsvSource({"2025-11-10, false", "2025-11-11, true"})
        void the10thOfNovemberIsTheLastDay(String sentOn, boolean violates) {
            CheckResult r = check(compliant().toBuilder().submittedOn(d(sentOn)).build());
            assertEquals(violates ? List.of("/submittedOn") : List.of(), paths(r, RULE));
        }

        @Test
        void aLatePlanViolates() {
            CheckResult r = check(compliant().toBuilder().submittedOn(d("2025-11-14")).build());
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("required", d("2025-11-10"), "actual", d("2025-11-14")), v.details());
            assertEquals("Kế hoạch sinh hoạt cụm gửi Sở GDĐT (qua Phòng GDTrH) ngày 14/11/2025, sau hạn chót "
                    + "10/11/2025.", v.message());
            assertEquals("II.4", v.citation().section());
        }

        @Test
        void missingOnTheLastDayIsAnObligation() {
            CheckResult r = check(compliant().toBuilder().submittedOn(null).build(), d("2025-11-10"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2025-11-10"), o.dueOn());
            assertEquals("/submittedOn", o.path());
            assertEquals("Cụm trưởng gửi kế hoạch sinh hoạt cụm năm học 2025-2026 về Sở GDĐT (qua Phòng GDTrH) "
                    + "chậm nhất ngày 10/11/2025.", o.message());
        }

        @Test
        void missingTheDayAfterViolates() {
            CheckResult r = check(compliant().toBuilder().submittedOn(null).build(), d("2025-11-11"));
            assertEquals(List.of("/submittedOn"), paths(r, RULE));
            assertEquals(List.of(), obligations(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("required", d("2025-11-10")), v.details());
            assertEquals("Cụm trưởng chưa gửi kế hoạch sinh hoạt cụm về Sở GDĐT (qua Phòng GDTrH); hạn chót là "
                    + "10/11/2025.", v.message());
        }

        @Test
        void aPlanReportCountsAsSendingThePlan() {
            Plan plan = compliant().toBuilder().submittedOn(null).reports(new ArrayList<>(compliant().reports()) {{
                    add(new Report(ReportKind.PLAN, d("2025-11-07"), List.of()));
                }}).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class SemesterReportDeadline {
        static final String RULE = "quangngai-thcs-2025:semester-report-deadline";

        static Plan semesterReport(ReportKind kind, String sentOn) {
            return withReports(compliant(), new Report(kind, sentOn == null ? null : d(sentOn), FOUR_SECTIONS),
                    compliant().reports().get(1));
        }

        @ParameterizedTest(name = "semester-I report sent {0}: violates {1}")
        @CsvSource({"2026-01-14, false", "2026-01-15, true"})
        void beforeThe15thMeansTheLastDayIsThe14th(String sentOn, boolean violates) {
            CheckResult r = check(semesterReport(ReportKind.SEMESTER_1, sentOn));
            assertEquals(violates ? List.of("/reports/0/submittedOn") : List.of(), paths(r, RULE));
        }

        @Test
        void aLateReportViolatesEvenWithinSemester1() {
            // semester I runs to 17/01/2026, but the Sở wants the report before 15/01/2026
            CheckResult r = check(semesterReport(ReportKind.SEMESTER_1, "2026-01-16"));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("required", d("2026-01-14"), "actual", d("2026-01-16")), v.details());
            assertEquals("Báo cáo sinh hoạt cụm học kỳ I gửi Sở GDĐT ngày 16/01/2026, quá hạn: phải gửi trước ngày "
                    + "15/01/2026 (chậm nhất ngày 14/01/2026).", v.message());
        }

        @Test
        void missingOnTheLastDayIsAnObligation() {
            CheckResult r = check(withReports(compliant()), d("2026-01-14"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2026-01-14"), o.dueOn());
            assertEquals("/reports", o.path());
            assertEquals("Cụm trưởng gửi báo cáo sinh hoạt cụm học kỳ I về Sở GDĐT trước ngày 15/01/2026 (chậm nhất "
                    + "ngày 14/01/2026).", o.message());
        }

        @Test
        void missingTheDayAfterViolates() {
            CheckResult r = check(withReports(compliant()), d("2026-01-15"));
            assertEquals(List.of("/reports"), paths(r, RULE));
            assertEquals(List.of(), obligations(r, RULE));
            assertEquals("Cụm trưởng chưa gửi báo cáo sinh hoạt cụm học kỳ I về Sở GDĐT; hạn là trước ngày 15/01/2026 "
                    + "(chậm nhất ngày 14/01/2026).", violations(r, RULE).get(0).message());
        }

        @Test
        void aListedButUnsentReportIsAnObligationAtItsPath() {
            CheckResult r = check(semesterReport(ReportKind.SEMESTER_1, null), d("2026-01-05"));
            assertEquals(List.of("/reports/0/submittedOn"), obligations(r, RULE).stream().map(Obligation::path)
                    .toList());
        }

        @Test
        void aMidYearReportCounts() {
            assertEquals(List.of(), paths(check(semesterReport(ReportKind.MID_YEAR, "2026-01-12")), RULE));
        }

        @Test
        void aLateMidYearReportIsJudgedAsLate() {
            CheckResult r = check(semesterReport(ReportKind.MID_YEAR, "2026-01-20"));
            assertEquals(List.of("/reports/0/submittedOn"), paths(r, RULE));
            assertEquals(d("2026-01-20"), violations(r, RULE).get(0).details().get("actual"));
        }

        @Test
        void theEarlierOfTheTwoReportsCounts() {
            Plan plan = withReports(compliant(), new Report(ReportKind.SEMESTER_1, d("2026-01-20"), FOUR_SECTIONS),
                    new Report(ReportKind.MID_YEAR, d("2026-01-13"), FOUR_SECTIONS), compliant().reports().get(1));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class YearEndReportDeadline {
        static final String RULE = "quangngai-thcs-2025:year-end-report-deadline";

        @ParameterizedTest(name = "year-end report sent {0}: violates {1}")
        @CsvSource({"2026-05-29, false", "2026-05-30, true"})
        void beforeThe30thMeansTheLastDayIsThe29th(String sentOn, boolean violates) {
            Plan plan = withReports(compliant(), compliant().reports().get(0),
                    new Report(ReportKind.YEAR_END, d(sentOn), FOUR_SECTIONS));
            CheckResult r = check(plan);
            assertEquals(violates ? List.of("/reports/1/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("required", d("2026-05-29"), "actual", d("2026-05-30")), v.details());
                assertEquals("Báo cáo sinh hoạt cụm cuối năm học gửi Sở GDĐT ngày 30/05/2026, quá hạn: phải gửi trước "
                        + "ngày 30/05/2026 (chậm nhất ngày 29/05/2026).", v.message());
            }
        }

        @Test
        void missingOnTheLastDayIsAnObligation() {
            Plan plan = withReports(compliant(), compliant().reports().get(0));
            CheckResult r = check(plan, d("2026-05-29"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2026-05-29"), o.dueOn());
            assertEquals("/reports", o.path());
            assertEquals("Cụm trưởng gửi báo cáo sinh hoạt cụm cuối năm học về Sở GDĐT trước ngày 30/05/2026 (chậm "
                    + "nhất ngày 29/05/2026).", o.message());
        }

        @Test
        void missingTheDayAfterViolates() {
            CheckResult r = check(withReports(compliant(), compliant().reports().get(0)), d("2026-05-30"));
            assertEquals(List.of("/reports"), paths(r, RULE));
            assertEquals(List.of(), obligations(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("required", d("2026-05-29")), v.details());
            assertEquals("Cụm trưởng chưa gửi báo cáo sinh hoạt cụm cuối năm học về Sở GDĐT; hạn là trước ngày "
                    + "30/05/2026 (chậm nhất ngày 29/05/2026).", v.message());
        }

        @Test
        void theDueDateIsTheGuidelinesNotTheCalendars() {
            // a plan calendar ending the year on 31/05/2026 does not move the Sở's date
            Plan plan = withReports(compliant(), compliant().reports().get(0),
                    new Report(ReportKind.YEAR_END, d("2026-05-30"), FOUR_SECTIONS)).toBuilder()
                    .calendar(new PlanCalendar(null, null, d("2026-05-31"), List.of())).build();
            assertEquals(List.of("/reports/1/submittedOn"), paths(check(plan), RULE));
        }
    }

    @Nested
    class ReportContent {
        static final String RULE = "quangngai-thcs-2025:report-content";

        @Test
        void theFourPartsComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void missingPartsAreAWarningListingThem() {
            Plan plan = withReports(compliant(), compliant().reports().get(0), new Report(ReportKind.YEAR_END,
                    d("2026-05-25"), List.of(ReportSection.SITUATION_RESULTS, ReportSection.PROPOSALS)));
            CheckResult r = check(plan);
            assertEquals(List.of("/reports/1/sections"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(Map.of("report", "YEAR_END", "missing", List.of("TEACHER_PARTICIPATION",
                    "SCHOOL_PARTICIPATION")), v.details());
            assertEquals("Báo cáo cuối năm học gửi Sở GDĐT chưa có phần: sự tham gia của giáo viên, sự tham gia của "
                    + "các trường.", v.message());
        }

        @Test
        void otherGuidelinesSectionsDoNotReplaceThese() {
            Plan plan = withReports(compliant(), new Report(ReportKind.SEMESTER_1, d("2026-01-10"),
                    List.of(ReportSection.FORM, ReportSection.TOPICS, ReportSection.RESULTS_VS_TARGETS,
                            ReportSection.DIFFICULTIES, ReportSection.PROPOSALS)), compliant().reports().get(1));
            assertEquals(List.of(List.of("SITUATION_RESULTS", "TEACHER_PARTICIPATION", "SCHOOL_PARTICIPATION")),
                    violations(check(plan), RULE).stream().map(v -> v.details().get("missing")).toList());
        }

        @Test
        void aReportNotYetSentIsNotJudged() {
            Plan plan = withReports(compliant(), compliant().reports().get(0),
                    new Report(ReportKind.YEAR_END, null, List.of()));
            assertEquals(List.of(), paths(check(plan, d("2026-05-01")), RULE));
        }

        @Test
        void thePlanSentAsAReportIsNotAPeriodicReport() {
            Plan plan = withReports(compliant(), compliant().reports().get(0), compliant().reports().get(1),
                    new Report(ReportKind.PLAN, d("2025-11-05"), List.of()));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class SubjectLeadTeacher {
        static final String RULE = "quangngai-thcs-2025:subject-lead-teacher";

        @Test
        void everySubjectWithItsLeadTeacherComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aSubjectWithoutLeadTeacherViolates() {
            Plan plan = withSubjects(compliant(), compliant().subjects().get(0), new SubjectAssignment("NGU_VAN", null));
            CheckResult r = check(plan);
            assertEquals(List.of("/subjects/1/leadTeacher"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("subject", "NGU_VAN"), v.details());
            assertEquals("Môn Ngữ văn chưa được phân công giáo viên phụ trách.", v.message());
            assertEquals("Literature has no lead teacher assigned.", v.messageEn());
            assertEquals("II.2", v.citation().section());
        }

        @Test
        void aBlankLeadTeacherIsNone() {
            Plan plan = withSubjects(compliant(), new SubjectAssignment("TOAN", "  "), compliant().subjects().get(1));
            assertEquals(List.of("/subjects/0/leadTeacher"), paths(check(plan), RULE));
        }

        @Test
        void aSecondLeadTeacherForTheSameSubjectViolates() {
            Plan plan = withSubjects(compliant(), compliant().subjects().get(0), compliant().subjects().get(1),
                    new SubjectAssignment(" TOAN ", "Thầy Phạm Văn Nam"));
            CheckResult r = check(plan);
            assertEquals(List.of("/subjects/2/leadTeacher"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("subject", "TOAN", "leadTeacher", "Thầy Phạm Văn Nam",
                    "firstLeadTeacher", "Cô Nguyễn Thị Lan"), v.details());
            assertEquals("Môn Toán được phân công hai giáo viên phụ trách (Cô Nguyễn Thị Lan và Thầy Phạm Văn Nam); "
                    + "mỗi môn học chỉ phân công một giáo viên phụ trách.", v.message());
        }

        @Test
        void theSameTeacherListedTwiceIsOneLeadTeacher() {
            Plan plan = withSubjects(compliant(), compliant().subjects().get(0), compliant().subjects().get(1),
                    new SubjectAssignment("TOAN", "  cô nguyễn thị  lan "));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class RolesAssigned {
        static final String RULE = "quangngai-thcs-2025:roles-assigned";

        @Test
        void headAndDeputySchoolsNamedComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aMissingHeadOrDeputySchoolViolates() {
            Plan plan = compliant().toBuilder().cluster(Cluster.of("Cụm thử", null, null,
                    compliant().cluster().members())).build();
            CheckResult r = check(plan);
            assertEquals(List.of("/cluster/head", "/cluster/deputy"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("field", "head"), v.details());
            assertEquals("Kế hoạch chưa nêu trường làm cụm trưởng.", v.message());
            assertEquals("The plan does not name the school acting as the cluster head.", v.messageEn());
            assertEquals("Kế hoạch chưa nêu trường làm cụm phó.", violations(r, RULE).get(1).message());
            assertEquals("II.1", v.citation().section());
        }
    }

    @Nested
    class SessionContentType {
        static final String RULE = "quangngai-thcs-2025:session-content-type";

        @Test
        void sessionsWithAGuidelineActivityComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @ParameterizedTest(name = "{0} alone suffices")
        @EnumSource(value = Activity.class, names = {"LESSON_STUDY", "THEMATIC", "STEM", "STEAM", "TEST_DESIGN",
                "OTHER"})
        void eachNamedKindSuffices(Activity activity) {
            assertEquals(List.of(), paths(check(withSession(compliant(), 1, s -> s.activities(activity))), RULE));
        }

        @ParameterizedTest(name = "{0} alone does not")
        @EnumSource(value = Activity.class, names = {"OBSERVATION", "SEMINAR", "TRAINING", "CULTURAL_SPORTS",
                "ADMINISTRATIVE"})
        void otherKindsDoNot(Activity activity) {
            assertEquals(List.of("/sessions/1/activities"),
                    paths(check(withSession(compliant(), 1, s -> s.activities(activity))), RULE));
        }

        @Test
        void aSessionWithoutGuidelineActivityIsAWarning() {
            CheckResult r = check(withSession(compliant(), 1, s -> s.activities()));
            assertEquals(List.of("/sessions/1/activities"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(Map.of("session", "s2", "date", d("2025-12-11")), v.details());
            assertEquals("Buổi sinh hoạt ngày 11/12/2025 chưa có nội dung nào hướng dẫn yêu cầu tập trung (nghiên cứu "
                    + "bài học, chuyên đề môn học, bài học STEM, đề kiểm tra định kỳ, nội dung chuyên môn khác theo nhu "
                    + "cầu địa phương).", v.message());
            assertEquals("II.3", v.citation().section());
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(compliant(), 2, s -> s.activities().status(SessionStatus.CANCELLED));
            assertTrue(paths(check(plan), RULE).isEmpty());
        }
    }
}
