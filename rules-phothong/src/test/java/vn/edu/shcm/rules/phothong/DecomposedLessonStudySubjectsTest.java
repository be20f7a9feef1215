package vn.edu.shcm.rules.phothong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.paths;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * A cluster session holds lesson study in at least 5 distinct subjects: one subject written twice, once in
 * composed and once in decomposed letters, is one subject, not two.
 */
class DecomposedLessonStudySubjectsTest {

    static final Checker CHECKER = Checker.create();
    static final String RULE = "laocai-phothong-2025:cluster-lesson-study-subjects";

    static Plan plan(String... subjects) {
        return TestPlans.clusterPlan(Level.THCS, 2025, "a", "b")
                .sessions(TestPlans.session("s", "2025-11-12").host("a").lessonStudySubjects(subjects).build())
                .build();
    }

    @Test
    void oneSubjectInTwoUnicodeFormsCountsOnce() {
        String decomposed = Normalizer.normalize("Ngữ văn", Normalizer.Form.NFD);
        assertEquals(List.of("/sessions/0/lessonStudySubjects"), paths(CHECKER.check(
                plan("Ngữ văn", decomposed, "TOAN", "KHTN", "TIN_HOC"), "laocai-phothong-2025", d("2025-10-01")),
                RULE));
        assertEquals(List.of(), paths(CHECKER.check(
                plan("Ngữ văn", decomposed, "TOAN", "KHTN", "TIN_HOC", "CONG_NGHE"), "laocai-phothong-2025",
                d("2025-10-01")), RULE));
    }
}
