package vn.edu.shcm.rules.thcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.paths;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * A subject named in composed letters in the plan's list and in decomposed letters in its sessions (a plan put
 * together from a spreadsheet and hand-typed text) is one subject: found by the plan laws, where such a plan got
 * {@code subject-per-semester} violations that the same plan in one Unicode form did not.
 */
class DecomposedSubjectsTest {

    static final Checker CHECKER = Checker.create();
    static final String RULE = "quangngai-thcs-2025:subject-per-semester";

    @Test
    void aSubjectMeetsInBothSemestersWhateverTheUnicodeFormOfItsName() {
        String composed = "Ngữ văn";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        Plan plan = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b")
                .subjects(List.of(new SubjectAssignment(composed, "Nguyễn Văn An")))
                .sessions(TestPlans.session("s1", "2025-11-12").host("a").subjects(decomposed).build(),
                        TestPlans.session("s2", "2026-03-11").host("b").lessonStudySubjects(" " + decomposed).build())
                .build();
        CheckResult result = CHECKER.check(plan, "quangngai-thcs-2025", d("2025-11-01"));
        assertEquals(List.of(), paths(result, RULE));
        // and missing in one semester is still missing
        Plan once = plan.toBuilder().sessions(plan.sessions().get(0)).build();
        assertEquals(List.of("/subjects/0"), paths(CHECKER.check(once, "quangngai-thcs-2025", d("2025-11-01")), RULE));
    }
}
