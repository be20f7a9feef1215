package vn.edu.shcm.rules.phothong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;

/**
 * What the review of {@code laocai-phothong-2025} against its guideline changed for subject groups: the 2-week and
 * 1-week steps judge a session that also holds another topic besides lesson study, not one of lesson study alone;
 * a LESSON_STUDY session without {@code lessonStudySubjects} holds lesson study in its {@code subjects}.
 */
class LaoCaiReviewTest {

    static final String NOTICE = "laocai-phothong-2025:group-content-notice-lead-time";
    static final String REVIEW = "laocai-phothong-2025:group-content-review-lead-time";
    static final String LESSON_STUDY = "laocai-phothong-2025:group-lesson-study-per-semester";

    static CheckResult check(Plan plan) {
        return LaoCaiPhoThong2025Test.CHECKER.check(plan, LaoCaiPhoThong2025Test.PACK, LaoCaiPhoThong2025Test.AFTER_YEAR);
    }

    /** g1 (16/10/2025, lesson study in Toán) with the given activities, announced and approved on the given days. */
    static Plan g1(String announced, String approved, Activity... activities) {
        return withSession(LaoCaiPhoThong2025Test.group(), 0, s -> s.activities(activities)
                .milestones(Milestones.builder().contentAnnouncedOn(announced == null ? null : d(announced))
                        .contentApprovedOn(approved == null ? null : d(approved)).build()));
    }

    @ParameterizedTest(name = "lesson study with {0}: judged {1}")
    @CsvSource({
        "OBSERVATION, false",
        "THEMATIC, true",
        "STEM, true",
        "TEST_DESIGN, true",
    })
    void aLessonStudySessionThatAlsoHoldsAnotherTopicIsJudged(Activity other, boolean judged) {
        CheckResult r = check(g1(null, null, Activity.LESSON_STUDY, other));
        List<String> expected = judged ? List.of("/sessions/0/milestones/contentAnnouncedOn") : List.of();
        assertEquals(expected, paths(r, NOTICE));
        assertEquals(judged ? List.of("/sessions/0/milestones/contentApprovedOn") : List.of(), paths(r, REVIEW));
    }

    @ParameterizedTest(name = "announced {0}, approved {1}: notice late {2}, review late {3}")
    @CsvSource({
        "2025-10-02, 2025-10-09, false, false", // exactly 2 weeks and 1 week before 16/10
        "2025-10-03, 2025-10-10, true, true",   // one day too late each
    })
    void theBoundaryDaysHoldForAMixedSession(String announced, String approved, boolean noticeLate, boolean reviewLate) {
        CheckResult r = check(g1(announced, approved, Activity.LESSON_STUDY, Activity.THEMATIC));
        assertEquals(noticeLate ? List.of("/sessions/0/milestones/contentAnnouncedOn") : List.of(), paths(r, NOTICE));
        assertEquals(reviewLate ? List.of("/sessions/0/milestones/contentApprovedOn") : List.of(), paths(r, REVIEW));
    }

    @Test
    void aLessonStudySessionWithoutLessonStudySubjectsHoldsItInItsSubjects() {
        // g1 (semester I, Toán): lesson study named only in subjects still counts for Toán
        Plan bySubjects = withSession(LaoCaiPhoThong2025Test.group(), 0, s -> s.lessonStudySubjects()
                .subjects("TOAN"));
        assertEquals(List.of(), paths(check(bySubjects), LESSON_STUDY));
        // a THEMATIC session naming Toán in its subjects holds no lesson study: Toán lacks it in semester I
        Plan thematic = withSession(bySubjects, 0, s -> s.activities(Activity.THEMATIC).milestones(Milestones.builder()
                .contentAnnouncedOn(d("2025-10-01")).contentApprovedOn(d("2025-10-08")).build()));
        assertEquals(List.of("/subjects/0"), paths(check(thematic), LESSON_STUDY));
        // lessonStudySubjects, when given, say in which subjects: subjects then only name what else it serves
        Plan named = withSession(LaoCaiPhoThong2025Test.group(), 0, s -> s.lessonStudySubjects("TIN_HOC")
                .subjects("TOAN"));
        assertEquals(List.of("/subjects/0"), paths(check(named), LESSON_STUDY));
    }
}
