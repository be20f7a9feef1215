package vn.edu.shcm.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.facts.CheckContext;
import vn.edu.shcm.rules.facts.Deliverable;
import vn.edu.shcm.rules.facts.DeliverableKind;
import vn.edu.shcm.rules.facts.FieldGap;
import vn.edu.shcm.rules.facts.MemberFact;
import vn.edu.shcm.rules.facts.Names;
import vn.edu.shcm.rules.facts.Period;
import vn.edu.shcm.rules.facts.PeriodKind;
import vn.edu.shcm.rules.facts.SessionFact;
import vn.edu.shcm.rules.facts.SubjectFact;
import vn.edu.shcm.rules.facts.SubjectSemester;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.testing.TestPlans;

/** The facts derived from a plan before rules run. */
class FactBuilderTest {

    static List<Object> facts(Plan plan) {
        SchoolCalendar calendar = SchoolCalendar.builtIn(plan.schoolYear()).orElseThrow();
        return FactBuilder.facts(new CheckContext(plan, calendar, d("2026-01-01"), Map.of()));
    }

    static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Sessions listed out of date order: c (Jan, host a), a (Oct, host a), x (Nov, cancelled, b), b (Dec, b). */
    static Plan rotation() {
        return TestPlans.clusterPlan(Level.MAM_NON, 2025, "a", "b", "c").sessions(
                session("c", "2026-01-10").host("a").build(),
                session("a", "2025-10-10").host("a").format(SessionFormat.IN_PERSON).build(),
                session("x", "2025-11-10").host("b").status(SessionStatus.CANCELLED).build(),
                session("b", "2025-12-10").host("b").format(SessionFormat.HYBRID).build()).build();
    }

    @Test
    void rotationFollowsDatesAndSkipsCancelledSessions() {
        List<SessionFact> s = of(facts(rotation()), SessionFact.class);
        assertEquals(List.of(3, -1, -1, 1), s.stream().map(SessionFact::previousIndex).toList());
        assertEquals(List.of(1, 0, 0, 0), s.stream().map(SessionFact::hostedBefore).toList());
        assertEquals(List.of(List.of("c"), List.of("b", "c"), List.of(), List.of("c")),
                s.stream().map(SessionFact::membersNotYetHosted).toList());
    }

    @Test
    void sessionsKnowTheirSemesterQuarterAndReportDate() {
        List<SessionFact> s = of(facts(rotation()), SessionFact.class);
        // 10/01/2026 is still semester I, which ends on 17/01/2026
        assertEquals(List.of(1, 1, 1, 1), s.stream().map(SessionFact::semester).toList());
        assertEquals(List.of(d("2026-01-17"), d("2026-01-17"), d("2026-01-17"), d("2026-01-17")),
                s.stream().map(SessionFact::semesterEnd).toList());
        assertEquals(List.of(1, 4, 4, 4), s.stream().map(f -> f.quarter().quarter()).toList());
    }

    @Test
    void aSessionOutsideTheYearHasNoSemesterNorQuarter() {
        Plan plan = TestPlans.clusterPlan(Level.MAM_NON, 2025, "a").sessions(session("s", "2026-06-10").build())
                .build();
        SessionFact s = of(facts(plan), SessionFact.class).get(0);
        assertEquals(0, s.semester());
        assertNull(s.quarter());
        assertNull(s.semesterEnd());
    }

    @Test
    void periodsCountCountedSessionsOnly() {
        List<Period> periods = of(facts(rotation()), Period.class);
        assertEquals(List.of("2025-2026 3 2", "HK1 3 2", "HK2 0 0", "2025-Q3 0 0", "2025-Q4 2 2", "2026-Q1 1 0",
                "2026-Q2 0 0"), periods.stream().map(p -> p.code() + " " + p.sessions() + " " + p.inPersonSessions())
                .toList());
        assertEquals(List.of(false, true, true, true), periods.stream().filter(p -> p.kind() == PeriodKind.QUARTER)
                .map(Period::counted).toList());
        Period q3 = periods.get(3);
        assertEquals(List.of(d("2025-09-05"), d("2025-09-30")), List.of(q3.start(), q3.end()));
    }

    @Test
    void subjectsAreCountedPerSemesterAfterTrimming() {
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a").subjects(List.of(
                        new SubjectAssignment(" TOAN ", "Cô Lan"), new SubjectAssignment("NGU_VAN", null)))
                .sessions(session("s1", "2025-11-10").subjects("TOAN").build(),
                        session("s2", "2026-03-10").lessonStudySubjects("TOAN ", "NGU_VAN").build(),
                        session("s3", "2026-03-11").subjects("TOAN").status(SessionStatus.CANCELLED).build())
                .build();
        assertEquals(List.of("TOAN 1 1 0", "TOAN 2 1 1", "NGU_VAN 1 0 0", "NGU_VAN 2 1 1"),
                of(facts(plan), SubjectSemester.class).stream().map(s -> s.subject() + " " + s.semester() + " "
                        + s.sessions() + " " + s.lessonStudySessions()).toList());
    }

    @Test
    void subjectsAreTheSameInComposedAndDecomposedLetters() {
        // a plan assembled from a spreadsheet and a hand-typed list: "Ngữ văn" composed in one, decomposed in the other
        String composed = "Ngữ văn";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a").subjects(List.of(
                        new SubjectAssignment(composed, "Cô Lan"), new SubjectAssignment(decomposed, "Thầy Nam")))
                .sessions(session("s1", "2025-11-10").subjects(decomposed).build(),
                        session("s2", "2026-03-10").lessonStudySubjects(composed + " ").build())
                .build();
        List<Object> facts = facts(plan);
        assertEquals(List.of("1 1 0", "2 1 1", "1 1 0", "2 1 1"), of(facts, SubjectSemester.class).stream()
                .map(s -> s.semester() + " " + s.sessions() + " " + s.lessonStudySessions()).toList());
        // the second entry names another lead teacher for the same subject
        assertEquals("Cô Lan", of(facts, SubjectFact.class).get(1).firstLeadTeacher());
    }

    @Test
    void subjectsKnowTheirLeadTeacherAndWhoAnEarlierEntryAssigned() {
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a").subjects(List.of(
                new SubjectAssignment("NGU_VAN", " "), new SubjectAssignment(" TOAN ", "Cô Lan"),
                new SubjectAssignment("TOAN", "  cô   LAN "), new SubjectAssignment("NGU_VAN", "Thầy Hùng"),
                new SubjectAssignment("TOAN", "Thầy Nam"), new SubjectAssignment("TOAN", null))).build();
        assertEquals(List.of("/subjects/0/leadTeacher NGU_VAN false null false",
                "/subjects/1/leadTeacher TOAN true null false",
                "/subjects/2/leadTeacher TOAN true Cô Lan false",
                "/subjects/3/leadTeacher NGU_VAN true null false",
                "/subjects/4/leadTeacher TOAN true Cô Lan true",
                "/subjects/5/leadTeacher TOAN false Cô Lan false"),
                of(facts(plan), SubjectFact.class).stream().map(f -> f.path("leadTeacher") + " " + f.subject() + " "
                        + f.hasLeadTeacher() + " " + f.firstLeadTeacher() + " " + f.anotherLeadTeacher()).toList());
    }

    @Test
    void theEarliestDeliveryCountsAndPointsAtItsReport() {
        Plan plan = TestPlans.clusterPlan(Level.MAM_NON, 2025, "a").submittedOn(d("2025-10-05"))
                .reports(new Report(ReportKind.YEAR_END, null, List.of()),
                        new Report(ReportKind.PLAN, d("2025-10-01"), List.of()),
                        new Report(ReportKind.SEMESTER_1, d("2026-01-20"), List.of()),
                        new Report(ReportKind.SEMESTER_1, d("2026-01-10"), List.of()))
                .products(List.of(new Product("Mô hình A", null), new Product("Mô hình B", d("2026-04-01"))))
                .build();
        Map<DeliverableKind, Deliverable> d = new java.util.EnumMap<>(DeliverableKind.class);
        of(facts(plan), Deliverable.class).stream().filter(x -> x.session() == null).forEach(x -> d.put(x.kind(), x));
        assertEquals("/reports/1/submittedOn 2025-10-01", describe(d.get(DeliverableKind.PLAN)));
        assertEquals("/reports/3/submittedOn 2026-01-10", describe(d.get(DeliverableKind.SEMESTER_1_REPORT)));
        assertEquals("/reports/0/submittedOn null", describe(d.get(DeliverableKind.YEAR_END_REPORT)));
        assertEquals("/reports null", describe(d.get(DeliverableKind.MID_YEAR_REPORT)));
        assertEquals("/cluster/rolesReportedOn null", describe(d.get(DeliverableKind.ROLES_REPORT)));
        assertEquals("/products/1/proposedOn 2026-04-01", describe(d.get(DeliverableKind.REPLICATION_PRODUCT)));
    }

    static String describe(Deliverable d) {
        return d.path() + " " + d.deliveredOn();
    }

    @Test
    void eachSessionHasItsResultReportAndSevenMilestones() {
        List<Deliverable> d = of(facts(rotation()), Deliverable.class).stream().filter(x -> x.session() != null)
                .toList();
        assertEquals(4 * 8, d.size());
        assertEquals("/sessions/1/milestones/invitationSentOn", d.stream()
                .filter(x -> x.kind() == DeliverableKind.INVITATION && x.session().index() == 1).findFirst()
                .orElseThrow().path());
    }

    @Test
    void emptyFieldsBecomeGaps() {
        Plan plan = TestPlans.clusterPlan(Level.MAM_NON, 2025, "a").objectives(" ").funding("Có")
                .sessions(session("s", "2025-10-10").host("a").location("  ").content("Nội dung").participants("GV")
                        .personInCharge("HT").objective("Mục tiêu").build()).build();
        assertEquals(List.of("/objectives", "/cluster/deputy", "/sessions/0/location", "/sessions/0/expectedResult"),
                of(facts(plan), FieldGap.class).stream().map(FieldGap::path).toList());
    }

    @Test
    void membersKnowWhatTheyHostAndPresent() {
        Plan plan = TestPlans.clusterPlan(Level.MAM_NON, 2025, "a", "b").sessions(
                session("s1", "2025-10-10").host("a").initiativesBy("a", "b").build(),
                session("s2", "2025-11-10").host("a").initiativesBy("b").status(SessionStatus.CANCELLED).build())
                .build();
        assertEquals(List.of("a 1 1", "b 0 1"), of(facts(plan), MemberFact.class).stream()
                .map(m -> m.id() + " " + m.hosted() + " " + m.initiatives()).toList());
    }

    @Test
    void lessonStudySubjectsAreCountedDistinct() {
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a").sessions(session("s", "2025-11-10")
                .lessonStudySubjects("TOAN", " TOAN", "NGU_VAN", " ", "KHTN").build()).build();
        assertEquals(3, of(facts(plan), SessionFact.class).get(0).lessonStudySubjectCount());
    }

    @Test
    void aLessonStudySubjectInBothUnicodeFormsCountsOnce() {
        String nfd = java.text.Normalizer.normalize("Ngữ văn", java.text.Normalizer.Form.NFD);
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a").sessions(session("s", "2025-11-10")
                .lessonStudySubjects("Ngữ văn", nfd, "TOAN").build()).build();
        assertEquals(2, of(facts(plan), SessionFact.class).get(0).lessonStudySubjectCount());
    }

    @Test
    void namesCompareAcrossUnicodeFormsCaseAndSpaces() {
        String nfd = java.text.Normalizer.normalize("Nghĩa Hành", java.text.Normalizer.Form.NFD);
        assertEquals(Names.normalize("nghĩa hành"), Names.normalize("  " + nfd.toUpperCase() + "  "));
        assertEquals("sơn tây", Names.normalize("Sơn   Tây"));
        assertEquals("sơn tây", Names.normalize("\u00A0Sơn\u00A0Tây\u202F"), "no-break spaces pasted from Word");
        assertEquals(Names.normalizedSet("Lý Sơn", "Thành phố"), Names.normalizedSet("thành PHỐ", "LÝ SƠN"));
    }
}
