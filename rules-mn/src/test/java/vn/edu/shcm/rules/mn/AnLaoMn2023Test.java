package vn.edu.shcm.rules.mn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.obligations;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.summary;
import static vn.edu.shcm.rules.testing.TestPlans.violations;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * The 4 rules of {@code anlao-mn-2023} on the An Tiến cluster's 2023-2024 plan with the built-in calendar
 * (05/09/2023 to 30/05/2024, semester I ends 14/01/2024): each rule compliant, violated, on both sides of its
 * boundary day and, where something is due, as an obligation.
 */
class AnLaoMn2023Test {

    static final Checker CHECKER = Checker.create();
    static final String PACK = "anlao-mn-2023";
    static final String DOCUMENT = "Kế hoạch sinh hoạt chuyên môn cụm trường An Tiến 2023-2024";

    /** A session stating what section II lists, with its invitation sent to both invitees on {@code invitedOn}. */
    static Session.Builder full(String id, String date, String host, String invitedOn) {
        return TestPlans.session(id, date).format(SessionFormat.IN_PERSON).host(host)
                .location("Trường Mầm non " + host)
                .content("Ứng dụng phương pháp giáo dục STEAM").participants("HT, PHTCM, TTCM các trường trong cụm")
                .milestones(Milestones.builder()
                        .invitation(d(invitedOn), Invitee.PHONG_GDDT, Invitee.CORE_STAFF).build());
    }

    /**
     * The plan of the seed's section II, each invitation sent on time (limits 09/10, 03/11, 11/12/2023 and
     * 07/03/2024), the third session moved by a week with approval and notice: it breaks no rule as of
     * 15/06/2024.
     */
    static Plan compliant() {
        List<Member> members = List.of(new Member("sao-sang", "Trường Mầm non Sao Sáng"),
                new Member("bat-trang", "Trường Mầm non Bát Trang"),
                new Member("truong-thanh", "Trường Mầm non Trường Thành"),
                new Member("truong-tho", "Trường Mầm non Trường Thọ"),
                new Member("an-tien", "Trường Mầm non An Tiến"));
        return Plan.builder("an-tien-test", SchoolYear.of(2023), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm trường An Tiến", "sao-sang", "an-tien", members))
                .submittedOn(d("2023-10-03"))
                .sessions(
                        full("lan-1", "2023-10-12", "sao-sang", "2023-10-06").status(SessionStatus.HELD).build(),
                        full("lan-2", "2023-11-08", "an-tien", "2023-11-02").status(SessionStatus.HELD).build(),
                        full("lan-3", "2023-12-21", "truong-thanh", "2023-12-15").status(SessionStatus.HELD)
                                .moved(d("2023-12-14"), d("2023-12-11"), true).build(),
                        full("lan-4", "2024-03-12", "truong-tho", "2024-03-05").status(SessionStatus.HELD).build())
                .build();
    }

    static final LocalDate AFTER_YEAR = d("2024-06-15");

    static CheckResult check(Plan plan) {
        return check(plan, AFTER_YEAR);
    }

    static CheckResult check(Plan plan, LocalDate asOf) {
        return CHECKER.check(plan, PACK, asOf);
    }

    static Plan withInvitation(Plan plan, int index, String sentOn, Invitee... invitees) {
        return withSession(plan, index, s -> s.milestones(
                Milestones.builder().invitation(sentOn == null ? null : d(sentOn), invitees).build()));
    }

    static Plan withHolidays(Plan plan, String... isoDates) {
        return plan.toBuilder().calendar(new PlanCalendar(null, null, null,
                java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList())).build();
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
        assertEquals(4, rules.size(), "its own rules; the core rules are RulePacks.coreRules()");
        assertEquals(List.of("anlao-mn-2023:invitation-lead-time", "anlao-mn-2023:invitees",
                        "anlao-mn-2023:reschedule-approval", "anlao-mn-2023:session-fields"),
                rules.stream().filter(r -> r.packId().equals(PACK)).map(r -> r.id()).toList());
        assertTrue(rules.stream().filter(r -> r.packId().equals(PACK))
                .allMatch(r -> r.severity() == Severity.ERROR && r.citation().document().equals(DOCUMENT)));
    }

    @Test
    void thePackCoversPreschoolClusterPlansOf2023To2024Only() {
        Plan nextYear = compliant().toBuilder().schoolYear(SchoolYear.of(2024)).sessions().build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> check(nextYear));
        assertEquals("/schoolYear", e.problems().get(0).path());
        Plan primary = compliant().toBuilder().level(Level.TIEU_HOC).build();
        assertEquals("/level", assertThrows(InvalidPlanException.class, () -> check(primary))
                .problems().get(0).path());
    }

    @Nested
    class InvitationLeadTime {
        static final String RULE = "anlao-mn-2023:invitation-lead-time";

        @Test
        void invitationsSentBeforeTheirLimitsComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void theSpecsExample() {
            // session Wed 08/11/2023: 3 working days before is Fri 03/11/2023; sent Tue 07/11/2023
            CheckResult r = check(withInvitation(compliant(), 1, "2023-11-07", Invitee.PHONG_GDDT,
                    Invitee.CORE_STAFF));
            assertEquals(List.of("/sessions/1/milestones/invitationSentOn"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("required", d("2023-11-03"), "actual", d("2023-11-07")), v.details());
            assertEquals(List.of("required", "actual"), List.copyOf(v.details().keySet()));
            assertEquals("Thư mời gửi ngày 07/11/2023, chậm hơn hạn 03/11/2023 (03 ngày làm việc trước buổi sinh "
                    + "hoạt 08/11/2023).", v.message());
            assertEquals("Invitation sent on 2023-11-07, after the 2023-11-03 limit (3 working days before the "
                    + "2023-11-08 session).", v.messageEn());
            assertEquals(new Citation(DOCUMENT, "III"), v.citation());
        }

        @ParameterizedTest(name = "invitation for Wed 08/11/2023 sent {0}: violates {1}")
        @CsvSource({"2023-11-02, false", "2023-11-03, false", "2023-11-04, true", "2023-11-06, true"})
        void theThirdWorkingDayBeforeIsTheLastDay(String sentOn, boolean violates) {
            CheckResult r = check(withInvitation(compliant(), 1, sentOn, Invitee.PHONG_GDDT, Invitee.CORE_STAFF));
            assertEquals(violates ? List.of("/sessions/1/milestones/invitationSentOn") : List.of(), paths(r, RULE));
        }

        @Test
        void missingWhileTheLimitIsStillAheadIsAnObligation() {
            CheckResult r = check(withInvitation(compliant(), 1, null), d("2023-11-03"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2023-11-03"), o.dueOn());
            assertEquals("/sessions/1/milestones/invitationSentOn", o.path());
            assertEquals("Trường đăng cai gửi thư mời Phòng GDĐT và cốt cán dự buổi sinh hoạt ngày 08/11/2023 chậm "
                    + "nhất ngày 03/11/2023 (trước 03 ngày, không kể ngày nghỉ).", o.message());
        }

        @Test
        void missingOnceTheLimitHasPassedViolates() {
            CheckResult r = check(withInvitation(compliant(), 1, null), d("2023-11-04"));
            assertEquals(List.of(), obligations(r, RULE));
            assertEquals(List.of("/sessions/1/milestones/invitationSentOn"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("required", d("2023-11-03")), v.details());
            assertEquals("Buổi sinh hoạt ngày 08/11/2023 chưa có thư mời Phòng GDĐT và cốt cán; hạn gửi là "
                    + "03/11/2023 (03 ngày làm việc trước buổi sinh hoạt).", v.message());
        }

        @ParameterizedTest(name = "Fri 16/02/2024 after Tết, invitation sent {0}: violates {1}")
        @CsvSource({"2024-02-06, false", "2024-02-07, true"})
        void acrossTetsOfficialBreak(String sentOn, boolean violates) {
            // the official Tết 2024 (TB 5015/TB-LĐTBXH) is Thu 08/02 to Wed 14/02, and Thu 15/02 a working day:
            // counting back from Fri 16/02, the working days are 15, 07 and 06/02
            Plan plan = withSession(withInvitation(compliant(), 3, sentOn, Invitee.PHONG_GDDT, Invitee.CORE_STAFF),
                    3, s -> s.date(d("2024-02-16")));
            CheckResult r = check(plan);
            assertEquals(violates ? List.of("/sessions/3/milestones/invitationSentOn") : List.of(), paths(r, RULE));
            if (violates) {
                assertEquals(d("2024-02-06"), violations(r, RULE).get(0).details().get("required"));
            }
        }

        @ParameterizedTest(name = "Tue 20/02/2024 with the school's Tết break, invitation sent {0}: violates {1}")
        @CsvSource({"2024-02-01, false", "2024-02-02, true"})
        void acrossTheTetBreakOfThePlansCalendar(String sentOn, boolean violates) {
            // the school is off from Mon 05/02 to Fri 16/02/2024: back from Tue 20/02 the working days are
            // Mon 19/02, Fri 02/02 and Thu 01/02
            Plan plan = withHolidays(withSession(withInvitation(compliant(), 3, sentOn, Invitee.PHONG_GDDT,
                    Invitee.CORE_STAFF), 3, s -> s.date(d("2024-02-20"))),
                    "2024-02-05", "2024-02-06", "2024-02-07", "2024-02-15", "2024-02-16");
            CheckResult r = check(plan);
            assertEquals(violates ? List.of("/sessions/3/milestones/invitationSentOn") : List.of(), paths(r, RULE));
            if (violates) {
                assertEquals(d("2024-02-01"), violations(r, RULE).get(0).details().get("required"));
            }
        }

        @Test
        void withoutTheBreakTheSameSessionsLimitIsLater() {
            // Tue 20/02/2024 with the official days off only: Mon 19/02, Fri 16/02, Thu 15/02
            Plan plan = withSession(withInvitation(compliant(), 3, "2024-02-16", Invitee.PHONG_GDDT,
                    Invitee.CORE_STAFF), 3, s -> s.date(d("2024-02-20")));
            assertEquals(d("2024-02-15"), violations(check(plan), RULE).get(0).details().get("required"));
        }

        @ParameterizedTest(name = "Mon 06/05/2024, plan not following the swap: {0}; invitation sent {1}: violates {2}")
        @CsvSource({"false, 2024-05-02, false", "false, 2024-05-03, true",
                    "true, 2024-04-29, false", "true, 2024-05-02, true"})
        void acrossReunificationAndLabourDayAndAGovernmentSwapDay(boolean noSwap, String sentOn, boolean violates) {
            // 30/4 and 1/5/2024 (Tue, Wed) are statutory; the government swapped Mon 29/04 (off) for Sat 04/05
            // (worked, 2450/VPCP-KGVX): back from Mon 06/05 the working days are Sat 04/05, Fri 03/05, Thu 02/05.
            // A plan whose schools kept the usual week says so with workingDays and holidays: 03/05, 02/05, 29/04.
            Plan plan = withSession(withInvitation(compliant(), 3, sentOn, Invitee.PHONG_GDDT, Invitee.CORE_STAFF),
                    3, s -> s.date(d("2024-05-06")));
            if (noSwap) {
                plan = plan.toBuilder().calendar(new PlanCalendar(null, null, null, List.of(d("2024-05-04")),
                        List.of(d("2024-04-29")))).build();
            }
            assertEquals(violates ? List.of("/sessions/3/milestones/invitationSentOn") : List.of(),
                    paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionNeedsNoInvitation() {
            Plan plan = withSession(withInvitation(compliant(), 1, null), 1, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
            assertEquals(List.of(), obligations(check(plan, d("2023-10-05")), RULE));
        }

        @Test
        void aSessionOutsideTheSchoolYearIsLeftToTheCoreRule() {
            Plan plan = withSession(withInvitation(compliant(), 3, null), 3, s -> s.date(d("2024-06-03")));
            CheckResult r = check(plan);
            assertEquals(List.of(), paths(r, RULE));
            assertEquals(List.of("/sessions/3/date"), paths(r, "core:session-outside-school-year"));
        }
    }

    @Nested
    class Invitees {
        static final String RULE = "anlao-mn-2023:invitees";

        @Test
        void bothInviteesComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void anInvitationWithoutTheCoreStaffViolates() {
            CheckResult r = check(withInvitation(compliant(), 1, "2023-11-02", Invitee.PHONG_GDDT));
            assertEquals(List.of("/sessions/1/milestones/invitees"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("missing", List.of("CORE_STAFF"), "actual", List.of("PHONG_GDDT")), v.details());
            assertEquals("Thư mời dự buổi sinh hoạt ngày 08/11/2023 chưa gửi tới đội ngũ cốt cán; trường đăng cai "
                    + "phải mời cả Phòng GDĐT và cốt cán.", v.message());
            assertEquals(new Citation(DOCUMENT, "III"), v.citation());
        }

        @Test
        void theSoDoesNotStandInForThePhong() {
            CheckResult r = check(withInvitation(compliant(), 1, "2023-11-02", Invitee.SO_GDDT, Invitee.CORE_STAFF));
            assertEquals(List.of("PHONG_GDDT"), violations(r, RULE).get(0).details().get("missing"));
        }

        @Test
        void aDatedInvitationWithNoRecipientsMissesBoth() {
            CheckResult r = check(withInvitation(compliant(), 1, "2023-11-02"));
            Violation v = violations(r, RULE).get(0);
            assertEquals(List.of("PHONG_GDDT", "CORE_STAFF"), v.details().get("missing"));
            assertEquals("Thư mời dự buổi sinh hoạt ngày 08/11/2023 chưa gửi tới Phòng GDĐT, đội ngũ cốt cán; "
                    + "trường đăng cai phải mời cả Phòng GDĐT và cốt cán.", v.message());
        }

        @Test
        void recipientsRecordedBeforeTheInvitationIsSentAreJudgedToo() {
            CheckResult r = check(withInvitation(compliant(), 1, null, Invitee.CORE_STAFF), d("2023-10-20"));
            assertEquals(List.of("/sessions/1/milestones/invitees"), paths(r, RULE));
            assertEquals(List.of(d("2023-11-03")), obligations(r, "anlao-mn-2023:invitation-lead-time").stream()
                    .map(Obligation::dueOn).toList());
        }

        @Test
        void noInvitationRecordedIsLeftToTheLeadTimeRule() {
            CheckResult r = check(withInvitation(compliant(), 1, null));
            assertEquals(List.of(), paths(r, RULE));
            assertEquals(List.of("/sessions/1/milestones/invitationSentOn"),
                    paths(r, "anlao-mn-2023:invitation-lead-time"));
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(withInvitation(compliant(), 1, "2023-11-02", Invitee.PHONG_GDDT), 1,
                    s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class RescheduleApproval {
        static final String RULE = "anlao-mn-2023:reschedule-approval";

        /** The third session, moved from Thu 14/12 to Thu 21/12/2023, with the given approval and notice. */
        Plan moved(String approvedOn, boolean notified) {
            return withSession(compliant(), 2,
                    s -> s.moved(d("2023-12-14"), approvedOn == null ? null : d(approvedOn), notified));
        }

        @Test
        void anApprovedAndAnnouncedMoveComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aSessionOnItsFixedDateNeedsNothing() {
            Plan plan = withSession(compliant(), 2, s -> s.moved(d("2023-12-21"), null, false));
            assertEquals(List.of(), paths(check(plan), RULE));
            assertEquals(List.of(), obligations(check(plan, d("2023-12-01")), RULE));
        }

        @ParameterizedTest(name = "move to 21/12/2023 approved {0}: violates {1}")
        @CsvSource({"2023-12-20, false", "2023-12-21, false", "2023-12-22, true"})
        void theApprovalIsDatedOnOrBeforeTheNewDate(String approvedOn, boolean violates) {
            CheckResult r = check(moved(approvedOn, true));
            assertEquals(violates ? List.of("/sessions/2/changeApprovedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("originalDate", d("2023-12-14"), "required", d("2023-12-21"),
                        "actual", d("2023-12-22")), v.details());
                assertEquals("Ý kiến đồng ý của Phòng GDĐT về việc dời buổi sinh hoạt từ ngày 14/12/2023 sang ngày "
                        + "21/12/2023 đề ngày 22/12/2023, sau ngày sinh hoạt mới.", v.message());
            }
        }

        @Test
        void aMissingApprovalIsAnObligationUntilTheNewDate() {
            CheckResult r = check(moved(null, true), d("2023-12-21"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2023-12-21"), o.dueOn());
            assertEquals("/sessions/2/changeApprovedOn", o.path());
            assertEquals("Xin ý kiến đồng ý của Phòng GDĐT về việc dời buổi sinh hoạt từ ngày 14/12/2023 sang ngày "
                    + "21/12/2023, chậm nhất ngày 21/12/2023.", o.message());
        }

        @Test
        void aMissingApprovalViolatesOnceTheNewDateHasPassed() {
            CheckResult r = check(moved(null, true), d("2023-12-22"));
            assertEquals(List.of(), obligations(r, RULE));
            assertEquals(List.of("/sessions/2/changeApprovedOn"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("originalDate", d("2023-12-14"), "required", d("2023-12-21")), v.details());
            assertEquals("Buổi sinh hoạt dời từ ngày 14/12/2023 sang ngày 21/12/2023 chưa có ý kiến đồng ý của "
                    + "Phòng GDĐT.", v.message());
        }

        @Test
        void schoolsNotToldIsAnObligationUntilTheNewDateThenAViolation() {
            CheckResult ahead = check(moved("2023-12-11", false), d("2023-12-21"));
            assertEquals(List.of(), paths(ahead, RULE));
            Obligation o = obligations(ahead, RULE).get(0);
            assertEquals(d("2023-12-21"), o.dueOn());
            assertEquals("/sessions/2/changeNotified", o.path());
            assertEquals("Báo lại cho cụm trường và các trường trong cụm việc dời buổi sinh hoạt từ ngày 14/12/2023 "
                    + "sang ngày 21/12/2023, chậm nhất ngày 21/12/2023.", o.message());

            CheckResult after = check(moved("2023-12-11", false), d("2023-12-22"));
            assertEquals(List.of(), obligations(after, RULE));
            assertEquals(List.of("/sessions/2/changeNotified"), paths(after, RULE));
            Violation v = violations(after, RULE).get(0);
            assertEquals(Map.of("originalDate", d("2023-12-14"), "date", d("2023-12-21")), v.details());
            assertEquals("Việc dời buổi sinh hoạt từ ngày 14/12/2023 sang ngày 21/12/2023 chưa được báo lại cho cụm "
                    + "trường và các trường trong cụm.", v.message());
        }

        @Test
        void neitherApprovedNorToldGivesOneFindingEach() {
            CheckResult r = check(moved(null, false));
            assertEquals(List.of("/sessions/2/changeApprovedOn", "/sessions/2/changeNotified"), paths(r, RULE));
        }

        @Test
        void aSessionMovedEarlierNeedsTheApprovalByItsNewDate() {
            Plan plan = withSession(compliant(), 2, s -> s.date(d("2023-12-07")).moved(d("2023-12-14"),
                    d("2023-12-08"), true).milestones(Milestones.builder()
                    .invitation(d("2023-12-01"), Invitee.PHONG_GDDT, Invitee.CORE_STAFF).build()));
            assertEquals(List.of("/sessions/2/changeApprovedOn"), paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(moved(null, false), 2, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class SessionFields {
        static final String RULE = "anlao-mn-2023:session-fields";

        @Test
        void sessionsStatingHostContentAndParticipantsComply() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void eachMissingItemIsOneViolationAtItsPath() {
            Plan plan = withSession(compliant(), 2, s -> s.host(null).content(" ").participants(""));
            CheckResult r = check(plan);
            assertEquals(List.of("/sessions/2/host", "/sessions/2/content", "/sessions/2/participants"),
                    paths(r, RULE));
            Violation v = violations(r, RULE).get(2);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("field", "participants", "date", d("2023-12-21")), v.details());
            assertEquals("Buổi sinh hoạt ngày 21/12/2023 chưa nêu thành phần tham dự.", v.message());
            assertEquals("The session on 2023-12-21 does not state its participants.", v.messageEn());
            assertEquals(new Citation(DOCUMENT, "II"), v.citation());
            assertEquals("Buổi sinh hoạt ngày 21/12/2023 chưa nêu đơn vị đăng cai.",
                    violations(r, RULE).get(0).message());
        }

        @Test
        void whatSectionIIDoesNotListIsNotDemanded() {
            Plan plan = withSession(compliant(), 2, s -> s.location(null).personInCharge(null).format(null));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void aCancelledSessionNeedNotBeDescribed() {
            Plan plan = withSession(compliant(), 2, s -> s.content(null).status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }
}
