package vn.edu.shcm.rules.mn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.obligations;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.violations;
import static vn.edu.shcm.rules.testing.TestPlans.withReports;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;
import static vn.edu.shcm.rules.testkit.CheckResultAssert.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * The 13 rules of {@code tuyenquang-mn-2025} on a 2025-2026 plan with the built-in calendar (05/09/2025 to
 * 30/05/2026, semester I ends 17/01/2026): each rule compliant, violated, on both sides of its boundary day and,
 * for deliverables, as an obligation.
 */
class TuyenQuangMn2025Test {

    static final Checker CHECKER = Checker.create();
    static final String PACK = "tuyenquang-mn-2025";
    static final List<ReportSection> FIVE_SECTIONS = List.of(ReportSection.FORM, ReportSection.TOPICS,
            ReportSection.RESULTS_VS_TARGETS, ReportSection.DIFFICULTIES, ReportSection.PROPOSALS);

    /** A session that states everything the guideline asks. */
    static Session.Builder full(String id, String date, String host, SessionFormat format) {
        return TestPlans.session(id, date).host(host).format(format).location("Trường " + host)
                .content("Đổi mới phương pháp tổ chức hoạt động giáo dục STEAM").personInCharge("Hiệu trưởng")
                .expectedResult("Giáo viên vận dụng được").contentAreas(ContentArea.METHODS_STEAM);
    }

    /** A plan that breaks no rule as of 15/06/2026. */
    static Plan compliant() {
        return TestPlans.clusterPlan(Level.MAM_NON, 2025, "a", "b", "c")
                .objectives("Tăng cường hỗ trợ chuyên môn giữa các trường trong cụm")
                .funding("Ngân sách chi thường xuyên của các trường")
                .submittedOn(d("2025-09-20"))
                .sessions(
                        full("s1", "2025-10-15", "a", SessionFormat.IN_PERSON).status(SessionStatus.HELD)
                                .resultReport(new ResultReport(d("2025-10-20"), List.of(Attachment.MINUTES))).build(),
                        full("s2", "2026-01-10", "b", SessionFormat.ONLINE).build(),
                        full("s3", "2026-04-15", "c", SessionFormat.HYBRID).build())
                .reports(new Report(ReportKind.SEMESTER_1, d("2026-01-16"), FIVE_SECTIONS),
                        new Report(ReportKind.YEAR_END, d("2026-05-29"), FIVE_SECTIONS))
                .build();
    }

    static final LocalDate AFTER_YEAR = d("2026-06-15");

    static CheckResult check(Plan plan) {
        return check(plan, AFTER_YEAR);
    }

    static CheckResult check(Plan plan, LocalDate asOf) {
        return CHECKER.check(plan, PACK, asOf);
    }

    static Plan withSessions(Plan plan, Session... sessions) {
        return plan.toBuilder().sessions(sessions).build();
    }

    @Test
    void theCompliantPlanHasNoViolationAndNoObligation() {
        assertThat(check(compliant())).hasNoViolations().hasNoObligations();
    }

    @Test
    void everyRuleHasTextsAndMetadata() {
        var rules = CHECKER.packs().get(PACK).rules();
        assertEquals(13, rules.size(), "its own rules; the core rules are RulePacks.coreRules()");
        assertEquals(13, rules.stream().filter(r -> r.packId().equals(PACK)).count());
        assertTrue(rules.stream().allMatch(r -> !r.citation().section().isBlank()));
    }

    @Nested
    class SessionPerQuarter {
        static final String RULE = "tuyenquang-mn-2025:session-per-quarter";

        @Test
        void aQuarterWithoutSessionViolates() {
            Plan plan = withSessions(compliant(), compliant().sessions().get(0), compliant().sessions().get(2));
            CheckResult r = check(plan);
            assertEquals(List.of("/sessions"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("quarter", "2026-Q1", "from", d("2026-01-01"), "to", d("2026-03-31"),
                    "required", 1, "actual", 0), v.details());
            assertEquals("Quý I/2026 (01/01/2026 – 31/03/2026) không có buổi sinh hoạt cụm nào; cần tối thiểu 1 lần/quý.",
                    v.message());
            assertEquals("V.2", v.citation().section());
        }

        @ParameterizedTest(name = "a session on {0} covers Q1 2026: {1}")
        @CsvSource({"2025-12-31, false", "2026-01-01, true", "2026-03-31, true", "2026-04-01, false"})
        void quarterBoundaries(String date, boolean coversQ1) {
            Plan plan = withSession(compliant(), 1, s -> s.date(d(date)));
            assertEquals(coversQ1 ? List.of() : List.of("/sessions"), paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionDoesNotCount() {
            Plan plan = withSession(compliant(), 1, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of("/sessions"), paths(check(plan), RULE));
        }

        @Test
        void aQuarterOverlappingTheYearBy60DaysCountsAnd59DoNot() {
            Plan withoutQ2 = withSessions(compliant(), compliant().sessions().get(0), compliant().sessions().get(1));
            assertEquals(List.of("2026-Q2"), violations(check(withoutQ2), RULE).stream()
                    .map(v -> v.details().get("quarter")).toList());
            Plan yearEnds29May = withoutQ2.toBuilder()
                    .calendar(new PlanCalendar(null, null, d("2026-05-29"), List.of())).build();
            assertEquals(List.of(), paths(check(yearEnds29May), RULE));
        }

        @Test
        void theSeptemberStubQuarterIsNotCounted() {
            // Q3 2025 overlaps 2025-2026 by 26 days only; no session there is fine.
            assertTrue(violations(check(compliant()), RULE).isEmpty());
        }
    }

    @Nested
    class MinSessionsPerYear {
        static final String RULE = "tuyenquang-mn-2025:min-sessions-per-year";

        @Test
        void twoSessionsComply() {
            Plan plan = withSessions(compliant(), compliant().sessions().get(0), compliant().sessions().get(1));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void oneSessionViolates() {
            CheckResult r = check(withSessions(compliant(), compliant().sessions().get(0)));
            assertEquals(List.of("/sessions"), paths(r, RULE));
            assertEquals(Map.of("required", 2, "actual", 1), violations(r, RULE).get(0).details());
        }

        @Test
        void cancelledAndOutOfYearSessionsDoNotCount() {
            Plan plan = withSessions(compliant(), compliant().sessions().get(0),
                    full("x", "2026-01-10", "b", SessionFormat.ONLINE).status(SessionStatus.CANCELLED).build(),
                    full("y", "2026-06-01", "c", SessionFormat.ONLINE).build());
            assertEquals(Map.of("required", 2, "actual", 1), violations(check(plan), RULE).get(0).details());
        }
    }

    @Nested
    class InPersonSession {
        static final String RULE = "tuyenquang-mn-2025:in-person-session";

        @Test
        void aHybridSessionCountsAsInPerson() {
            Plan plan = withSession(compliant(), 0, s -> s.format(SessionFormat.ONLINE));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void onlineOnlyViolates() {
            Plan plan = withSession(withSession(compliant(), 0, s -> s.format(SessionFormat.ONLINE)), 2,
                    s -> s.format(SessionFormat.ONLINE));
            CheckResult r = check(plan);
            assertEquals(List.of("/sessions"), paths(r, RULE));
            assertEquals(Map.of("required", 1, "actual", 0), violations(r, RULE).get(0).details());
        }

        @Test
        void aCancelledInPersonSessionOrOneWithoutFormatDoesNotCount() {
            Plan plan = withSession(withSession(compliant(), 0, s -> s.format(null)), 2,
                    s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of("/sessions"), paths(check(plan), RULE));
        }
    }

    @Nested
    class ConsecutiveSameHost {
        static final String RULE = "tuyenquang-mn-2025:consecutive-same-host";

        @Test
        void rotatingHostsComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void theSameHostTwiceInARowViolatesAtTheLaterSession() {
            CheckResult r = check(withSession(compliant(), 1, s -> s.host("a")));
            assertEquals(List.of("/sessions/1/host"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("host", "a", "date", d("2026-01-10"), "previousDate", d("2025-10-15")), v.details());
            assertEquals("Trường a đăng cai cả buổi ngày 15/10/2025 và buổi liền sau ngày 10/01/2026; "
                    + "sinh hoạt phải luân phiên giữa các trường.", v.message());
        }

        @Test
        void consecutiveMeansByDateNotByListOrder() {
            // listed c, a, a' but dated a (Oct), c (Jan), a' (Apr): no two consecutive share a host
            Plan plan = withSessions(compliant(), full("c", "2026-01-10", "c", SessionFormat.ONLINE).build(),
                    full("a1", "2025-10-15", "a", SessionFormat.IN_PERSON).build(),
                    full("a2", "2026-04-15", "a", SessionFormat.ONLINE).build());
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionInBetweenDoesNotBreakTheRun() {
            Plan plan = withSessions(compliant(), full("a1", "2025-10-15", "a", SessionFormat.IN_PERSON).build(),
                    full("b", "2025-12-01", "b", SessionFormat.ONLINE).status(SessionStatus.CANCELLED).build(),
                    full("a2", "2026-01-10", "a", SessionFormat.ONLINE).build());
            assertEquals(List.of("/sessions/2/host"), paths(check(plan), RULE));
        }
    }

    @Nested
    class HostRepeatBeforeRotation {
        static final String RULE = "tuyenquang-mn-2025:host-repeat-before-rotation";

        @Test
        void everyMemberHostingOnceBeforeARepeatComplies() {
            Plan plan = compliant().toBuilder().sessions(new ArrayList<>(compliant().sessions()) {{
                    add(full("s4", "2026-05-10", "a", SessionFormat.ONLINE).build());
                }}).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void hostingAgainWhileAMemberHasNotHostedIsAWarning() {
            CheckResult r = check(withSession(compliant(), 2, s -> s.host("a")));
            assertEquals(List.of("/sessions/2/host"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(List.of("c"), v.details().get("notYetHosted"));
            assertEquals("Trường a đăng cai lần nữa ngày 15/04/2026 trong khi Trường c chưa đăng cai lần nào.",
                    v.message());
        }
    }

    @Nested
    class PlanFields {
        static final String RULE = "tuyenquang-mn-2025:plan-fields";

        @Test
        void aPlanStatingEverythingComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void eachMissingItemIsOneViolationAtItsPath() {
            Plan plan = withSession(compliant().toBuilder().funding(" ").objectives().build(), 1,
                    s -> s.location(null).personInCharge("").expectedResult(null).content(null).host(null));
            CheckResult r = check(plan);
            // in document order: the plan's fields, then the session's in exchange-format order
            assertEquals(List.of("/objectives", "/funding", "/sessions/1/host", "/sessions/1/location",
                    "/sessions/1/content", "/sessions/1/personInCharge", "/sessions/1/expectedResult"), paths(r, RULE));
            Violation v = violations(r, RULE).get(4);
            assertEquals(Map.of("field", "content", "date", d("2026-01-10")), v.details());
            assertEquals("Buổi sinh hoạt ngày 10/01/2026 chưa nêu nội dung.", v.message());
            assertEquals("Kế hoạch chưa nêu kinh phí thực hiện.", violations(r, RULE).get(1).message());
        }

        @Test
        void aCancelledSessionNeedNotBeDescribed() {
            Plan plan = withSession(compliant(), 1, s -> s.status(SessionStatus.CANCELLED).location(null));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class RolesAssigned {
        static final String RULE = "tuyenquang-mn-2025:roles-assigned";

        @Test
        void headAndDeputyNamedComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aMissingHeadOrDeputyViolates() {
            Plan plan = compliant().toBuilder().cluster(vn.edu.shcm.rules.model.Cluster.of("Cụm", null, " ",
                    compliant().cluster().members())).build();
            CheckResult r = check(plan);
            assertEquals(List.of("/cluster/head", "/cluster/deputy"), paths(r, RULE));
            assertEquals("Kế hoạch chưa phân công cụm trưởng.", violations(r, RULE).get(0).message());
        }
    }

    @Nested
    class PlanSubmitted {
        static final String RULE = "tuyenquang-mn-2025:plan-submitted";

        @ParameterizedTest(name = "plan sent {0} for a first session on 2025-10-15: violates {1}")
        @CsvSource({"2025-10-14, false", "2025-10-15, true"})
        void theDayBeforeTheFirstSessionIsTheLastDay(String sentOn, boolean violates) {
            CheckResult r = check(compliant().toBuilder().submittedOn(d(sentOn)).build());
            assertEquals(violates ? List.of("/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                assertEquals(Map.of("session", d("2025-10-15"), "required", d("2025-10-14"),
                        "actual", d("2025-10-15")), violations(r, RULE).get(0).details());
            }
        }

        @Test
        void missingWhileTheFirstSessionIsAheadIsAnObligation() {
            CheckResult r = check(compliant().toBuilder().submittedOn(null).build(), d("2025-10-14"));
            Obligation o = assertThat(r).hasNoViolation(RULE).hasObligation(RULE).dueOn(d("2025-10-14"))
                    .at("/submittedOn").single();
            assertEquals("Gửi kế hoạch về Sở GDĐT (qua Phòng GDMN) chậm nhất ngày 14/10/2025, trước buổi sinh hoạt "
                    + "đầu tiên ngày 15/10/2025.", o.message());
        }

        @Test
        void missingOnceTheDueDayHasPassedViolates() {
            CheckResult r = check(compliant().toBuilder().submittedOn(null).build(), d("2025-10-15"));
            assertEquals(List.of("/submittedOn"), paths(r, RULE));
            assertEquals(List.of(), obligations(r, RULE));
        }

        @Test
        void aPlanReportCountsAsSendingThePlan() {
            Plan plan = compliant().toBuilder().submittedOn(null).reports(
                    new Report(ReportKind.PLAN, d("2025-10-01"), List.of())).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void theFirstSessionIsTheEarliestThatCounts() {
            Plan plan = compliant().toBuilder().sessions(new ArrayList<>(compliant().sessions()) {{
                    add(full("early", "2025-09-10", "b", SessionFormat.ONLINE).status(SessionStatus.CANCELLED).build());
                }}).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class SessionResultReport {
        static final String RULE = "tuyenquang-mn-2025:session-result-report";

        Plan heldInSemester1(LocalDate reportedOn, Attachment... attachments) {
            return withSession(compliant(), 0, s -> s.resultReport(new ResultReport(reportedOn, List.of(attachments))));
        }

        @ParameterizedTest(name = "report of a 15/10/2025 session sent {0}: violates {1}")
        @CsvSource({"2026-01-17, false", "2026-01-18, true"})
        void dueByTheEndOfTheSessionsSemester(String sentOn, boolean violates) {
            CheckResult r = check(heldInSemester1(d(sentOn), Attachment.MINUTES));
            assertEquals(violates ? List.of("/sessions/0/resultReport/submittedOn") : List.of(), paths(r, RULE));
        }

        @Test
        void missingBeforeTheDueDayIsAnObligation() {
            CheckResult r = check(heldInSemester1(null), d("2026-01-17"));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2026-01-17"), o.dueOn());
            assertEquals("/sessions/0/resultReport/submittedOn", o.path());
            assertEquals(List.of(), paths(r, RULE));
        }

        @Test
        void missingAfterTheDueDayViolates() {
            CheckResult r = check(heldInSemester1(null), d("2026-01-18"));
            assertEquals(List.of("/sessions/0/resultReport/submittedOn"), paths(r, RULE));
            assertEquals(Map.of("session", d("2025-10-15"), "required", d("2026-01-17")),
                    violations(r, RULE).get(0).details());
        }

        @Test
        void aReportWithoutMinutesViolates() {
            CheckResult r = check(heldInSemester1(d("2025-10-20"), Attachment.LESSON_PLANS));
            assertEquals(List.of("/sessions/0/resultReport/attachments"), paths(r, RULE));
            assertEquals("Báo cáo kết quả buổi sinh hoạt ngày 15/10/2025 không kèm biên bản.",
                    violations(r, RULE).get(0).message());
        }

        @Test
        void minutesRecordedOnTheSessionCountAsMinutes() {
            Plan plan = withSession(heldInSemester1(d("2025-10-20")), 0,
                    s -> s.minutes(new Minutes(true, true, true, true, true)));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void aSessionHeldInSemester2IsDueAtTheYearEnd() {
            Plan plan = withSession(compliant(), 2, s -> s.status(SessionStatus.HELD));
            CheckResult r = check(plan, d("2026-04-20"));
            assertEquals(List.of(d("2026-05-30")), obligations(r, RULE).stream().map(Obligation::dueOn).toList());
        }

        @Test
        void aPlannedSessionOwesNoReport() {
            CheckResult r = check(compliant(), d("2025-09-30"));
            assertEquals(List.of(), obligations(r, RULE));
        }
    }

    @Nested
    class SemesterReport {
        static final String RULE = "tuyenquang-mn-2025:semester-report";

        @ParameterizedTest(name = "semester-I report sent {0}: violates {1}")
        @CsvSource({"2026-01-17, false", "2026-01-18, true"})
        void dueAtTheEndOfSemester1(String sentOn, boolean violates) {
            Plan plan = withReports(compliant(), new Report(ReportKind.SEMESTER_1, d(sentOn), FIVE_SECTIONS));
            CheckResult r = check(plan);
            assertEquals(violates ? List.of("/reports/0/submittedOn") : List.of(), paths(r, RULE));
        }

        @Test
        void missingBeforeTheEndOfSemester1IsAnObligation() {
            assertThat(check(withReports(compliant()), d("2026-01-17")))
                    .hasNoViolation(RULE)
                    .hasObligation(RULE).dueOn(d("2026-01-17")).at("/reports").times(1);
        }

        @Test
        void missingAfterwardsViolates() {
            Violation v = assertThat(check(withReports(compliant()), d("2026-01-18")))
                    .hasNoObligation(RULE)
                    .hasViolation(RULE).at("/reports").withSeverity(Severity.ERROR).single();
            assertEquals("Chưa có báo cáo kết quả sinh hoạt cụm học kỳ I gửi Sở GDĐT; hạn chót là 17/01/2026.",
                    v.message());
        }

        @Test
        void theTemplatesMidYearReportCounts() {
            Plan plan = withReports(compliant(), new Report(ReportKind.MID_YEAR, d("2026-01-15"), FIVE_SECTIONS));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class YearEndReport {
        static final String RULE = "tuyenquang-mn-2025:year-end-report";

        @ParameterizedTest(name = "year-end report sent {0}: violates {1}")
        @CsvSource({"2026-05-30, false", "2026-05-31, true"})
        void dueAtTheEndOfTheYear(String sentOn, boolean violates) {
            Plan plan = withReports(compliant(), compliant().reports().get(0),
                    new Report(ReportKind.YEAR_END, d(sentOn), FIVE_SECTIONS));
            assertEquals(violates ? List.of("/reports/1/submittedOn") : List.of(), paths(check(plan), RULE));
        }

        @Test
        void missingIsAnObligationUntilTheYearEndsThenAViolation() {
            Plan plan = withReports(compliant(), compliant().reports().get(0));
            assertEquals(List.of(d("2026-05-30")), obligations(check(plan, d("2026-05-30")), RULE).stream()
                    .map(Obligation::dueOn).toList());
            assertEquals(List.of("/reports"), paths(check(plan, d("2026-05-31")), RULE));
        }

        @Test
        void aPlanCalendarMovesTheDueDate() {
            Plan plan = withReports(compliant(), compliant().reports().get(0),
                    new Report(ReportKind.YEAR_END, d("2026-05-31"), FIVE_SECTIONS)).toBuilder()
                    .calendar(new PlanCalendar(null, null, d("2026-05-31"), List.of())).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class ReportContent {
        static final String RULE = "tuyenquang-mn-2025:report-content";

        @Test
        void fiveSectionsComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void missingSectionsAreListed() {
            Plan plan = withReports(compliant(), compliant().reports().get(0), new Report(ReportKind.YEAR_END,
                    d("2026-05-29"), List.of(ReportSection.FORM, ReportSection.TOPICS, ReportSection.PROPOSALS)));
            CheckResult r = check(plan);
            assertEquals(List.of("/reports/1/sections"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("report", "YEAR_END", "missing", List.of("RESULTS_VS_TARGETS", "DIFFICULTIES")),
                    v.details());
            assertEquals("Báo cáo cuối năm học thiếu phần: kết quả so với mục tiêu, chỉ tiêu, khó khăn, vướng mắc.",
                    v.message());
        }

        @Test
        void aReportNotYetSentIsNotJudged() {
            Plan plan = withReports(compliant(), compliant().reports().get(0),
                    new Report(ReportKind.YEAR_END, null, List.of()));
            assertEquals(List.of(), paths(check(plan, d("2026-05-01")), RULE));
        }
    }

    @Nested
    class SessionContentArea {
        static final String RULE = "tuyenquang-mn-2025:session-content-area";

        @Test
        void aSessionWithAnAreaComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aSessionWithoutAreaIsAWarning() {
            CheckResult r = check(withSession(compliant(), 1, s -> s.contentAreas()));
            assertEquals(List.of("/sessions/1/contentAreas"), paths(r, RULE));
            assertEquals(Severity.WARNING, violations(r, RULE).get(0).severity());
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(compliant(), 1, s -> s.contentAreas().status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }
}
