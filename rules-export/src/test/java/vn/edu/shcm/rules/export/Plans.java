package vn.edu.shcm.rules.export;

import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.util.List;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.testing.TestPlans;

/** The plans the export tests draw, each with what the pack finds in it worked out by hand. */
final class Plans {

    static final Checker CHECKER = Checker.create();
    static final String TQ = "tuyenquang-mn-2025";
    static final String LC = "laocai-phothong-2025";

    private Plans() {
    }

    /** A Tuyên Quang session that states everything the guideline asks. */
    static Session.Builder tqSession(String id, String date, String host) {
        return TestPlans.session(id, date).host(host).format(SessionFormat.IN_PERSON).location("Trường Mầm non " + host)
                .content("Đổi mới phương pháp tổ chức hoạt động giáo dục STEAM").personInCharge("Hiệu trưởng")
                .participants("Hiệu trưởng, giáo viên cốt cán").expectedResult("Giáo viên vận dụng được")
                .contentAreas(ContentArea.METHODS_STEAM);
    }

    /**
     * A Tuyên Quang cluster plan, checked as of 01/12/2025 (built-in calendar 05/09/2025 – 17/01/2026 – 30/05/2026):
     * sessions on 10/10 (held, reported with minutes), 14/11 (held, not reported yet), 10/04 (planned) and 15/05
     * (cancelled). It gives one violation, no session in the first quarter of 2026 (01/01 – 31/03), and three
     * obligations: the 14/11 session's result report and the semester-I report, both due 17/01/2026 (a Saturday), and
     * the year-end report, due 30/05/2026.
     */
    static Plan tuyenQuang() {
        return Plan.builder("tq-cum-5", SchoolYear.of(2025), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm chuyên môn mầm non số 5", "hoa-sen", "song-lo", List.of(
                        new Member("hoa-sen", "Trường Mầm non Hoa Sen"), new Member("song-lo", "Trường Mầm non Sông Lô"),
                        new Member("tan-ha", "Trường Mầm non Tân Hà"),
                        new Member("hung-thanh", "Trường Mầm non Hưng Thành"))))
                .objectives("Tăng cường liên kết chuyên môn giữa các trường")
                .funding("Kinh phí chi thường xuyên")
                .submittedOn(d("2025-09-25"))
                .sessions(
                        tqSession("lan-1", "2025-10-10", "hoa-sen").status(SessionStatus.HELD)
                                .resultReport(new ResultReport(d("2025-10-20"), List.of(Attachment.MINUTES))).build(),
                        tqSession("lan-2", "2025-11-14", "song-lo").status(SessionStatus.HELD)
                                .format(SessionFormat.ONLINE).build(),
                        tqSession("lan-3", "2026-04-10", "tan-ha").build(),
                        tqSession("lan-4", "2026-05-15", "hung-thanh").status(SessionStatus.CANCELLED).build())
                .build();
    }

    static CheckedPlan tuyenQuang(String asOf) {
        return CheckedPlan.check(CHECKER, tuyenQuang(), TQ, d(asOf));
    }

    static CheckedPlan check(Plan plan, String packId, String asOf) {
        return CheckedPlan.check(CHECKER, plan, packId, d(asOf));
    }

    /**
     * A Lào Cai lower-secondary cluster plan, checked as of 15/12/2025: the 19/12/2025 session's preparation was
     * assigned on 25/11 (due 19/11: late) and has no review meeting (due 05/12: overdue); its approval is due 18/12.
     * The 20/03/2026 session's preparation is due 20/02/2026, a day of the Tết holidays (16–20/02/2026), its review
     * 06/03 and its approval 19/03; the year report is due 30/05/2026.
     */
    static Plan laoCai() {
        List<String> five = List.of("TOAN", "NGU_VAN", "TIENG_ANH", "KHTN", "LICH_SU_DIA_LY");
        return Plan.builder("lc-cum-bat-xat", SchoolYear.of(2025), Level.THCS, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm chuyên môn THCS Bát Xát", "bat-xat", "quang-kim", List.of(
                        new Member("bat-xat", "Trường THCS Bát Xát"), new Member("quang-kim", "Trường THCS Quang Kim"),
                        new Member("ban-qua", "Trường PTDTBT THCS Bản Qua"))))
                .objectives("Nâng cao năng lực dạy học theo Chương trình GDPT 2018")
                .funding("Kinh phí chi thường xuyên")
                .submittedOn(d("2025-09-26"))
                .sessions(
                        laoCaiSession("dot-1", "2025-11-14", "bat-xat", five).status(SessionStatus.HELD)
                                .milestones(Milestones.builder().preparationAssignedOn(d("2025-10-10"))
                                        .reviewMeetingOn(d("2025-10-31")).approvedOn(d("2025-11-05")).build())
                                .resultReport(new ResultReport(d("2025-11-24"),
                                        List.of(Attachment.LESSON_PLANS, Attachment.TOPIC_REPORTS))).build(),
                        laoCaiSession("dot-2", "2025-12-19", "quang-kim", five)
                                .milestones(Milestones.builder().preparationAssignedOn(d("2025-11-25")).build()).build(),
                        laoCaiSession("dot-3", "2026-03-20", "ban-qua", five).build())
                .build();
    }

    static Session.Builder laoCaiSession(String id, String date, String host, List<String> subjects) {
        return TestPlans.session(id, date).host(host).format(SessionFormat.IN_PERSON).location("Trường " + host)
                .content("Chuyên đề: dạy học phát triển năng lực; nghiên cứu bài học")
                .activities(Activity.THEMATIC, Activity.LESSON_STUDY)
                .lessonStudySubjects(subjects.toArray(String[]::new))
                .participants("Tổ trưởng chuyên môn, giáo viên cốt cán").personInCharge("Hiệu trưởng")
                .objective("Thống nhất cách thiết kế bài học");
    }
}
