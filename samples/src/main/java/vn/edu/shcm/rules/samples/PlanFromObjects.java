package vn.edu.shcm.rules.samples;

import java.time.LocalDate;
import java.util.List;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;

/**
 * Builds a plan as Java objects, as school software does from its own database, and checks it before it is
 * submitted.
 */
public final class PlanFromObjects {

    private PlanFromObjects() {
    }

    /** Prints what is wrong with a small plan built in code. */
    public static void main(String[] args) {
        for (Violation v : check().violations()) {
            System.out.println(v.severity() + " " + v.ruleId() + " " + v.path());
            System.out.println("  " + v.message());
        }
    }

    static Plan plan() {
        Cluster cluster = Cluster.of("Cụm chuyên môn mầm non số 2", "hoa-mai", "tuoi-hong", List.of(
                new Member("hoa-mai", "Trường Mầm non Hoa Mai"), new Member("tuoi-hong", "Trường Mầm non Tuổi Hồng")));
        Session october = Session.builder("lan-1", LocalDate.of(2025, 10, 16)).host("hoa-mai")
                .format(SessionFormat.IN_PERSON).location("Trường Mầm non Hoa Mai")
                .content("Dự giờ hoạt động góc").personInCharge("Hiệu trưởng").expectedResult("Rút kinh nghiệm")
                .contentAreas(ContentArea.OBSERVATION_ANALYSIS).build();
        Session april = october.toBuilder().id("lan-2").date(LocalDate.of(2026, 4, 9)).host("hoa-mai").build();
        return Plan.builder("cum-2-2025-2026", SchoolYear.of(2025), Level.MAM_NON, Scope.CLUSTER)
                .cluster(cluster).objectives("Nâng cao chất lượng dự giờ").funding("Ngân sách nhà trường")
                .submittedOn(LocalDate.of(2025, 9, 30)).sessions(october, april).build();
    }

    static CheckResult check() {
        return Checker.create().check(plan(), "tuyenquang-mn-2025", LocalDate.of(2025, 9, 30));
    }
}
