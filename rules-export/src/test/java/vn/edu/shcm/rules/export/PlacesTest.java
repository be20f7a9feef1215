package vn.edu.shcm.rules.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Session;

/** Where findings happen, read from paths and details; the words the exports cut and print. */
class PlacesTest {

    static final Plan PLAN = Plans.tuyenQuang().toBuilder().sessions(
            Session.builder("a/b~c", d("2025-10-10")).build(), Session.builder("s2", d("2026-03-05")).build()).build();
    static final SchoolCalendar CALENDAR = SchoolCalendar.builtIn(SchoolYear.of(2025)).orElseThrow();

    static Violation violation(String path, Map<String, Object> details) {
        return new Violation("x:y", Severity.ERROR, path, "m", "m", new Citation("d", "1"), details);
    }

    @Test
    void aStableKeyNamesTheSessionByItsIdEscapedAsAPointerToken() {
        assertEquals("/sessions/a~1b~0c/resultReport/submittedOn",
                Places.stableKey(PLAN, "/sessions/0/resultReport/submittedOn"));
        assertEquals("/sessions/s2", Places.stableKey(PLAN, "/sessions/1"));
        assertEquals("/sessions/7/host", Places.stableKey(PLAN, "/sessions/7/host"), "no such session: unchanged");
        assertEquals("/reports", Places.stableKey(PLAN, "/reports"));
        assertEquals(OptionalInt.empty(), Places.sessionIndex(PLAN, "/sessionsX/0"));
    }

    @Test
    void datesAreReadFromObjectsOrIsoText() {
        assertEquals(Optional.of(d("2025-11-19")), Places.date(d("2025-11-19")));
        assertEquals(Optional.of(d("2025-11-19")), Places.date("2025-11-19"));
        assertEquals(Optional.empty(), Places.date("2025-13-19"));
        assertEquals(Optional.empty(), Places.date(5));
        assertEquals(Optional.empty(), Places.date(null));
    }

    @Test
    void aPlaceIsASpanADeadlineASessionASemesterOrTheYear() {
        Places.Place span = Places.place(violation("/sessions", Map.of("from", "2026-01-01", "to", d("2026-03-31"))),
                PLAN, CALENDAR);
        assertEquals(new Places.Place(Places.Kind.PERIOD, d("2026-01-01"), d("2026-03-31"), -1), span);
        Places.Place deadline = Places.place(violation("/sessions/1/milestones/approvedOn",
                Map.of("required", d("2026-03-04"))), PLAN, CALENDAR);
        assertEquals(new Places.Place(Places.Kind.DEADLINE, d("2026-03-04"), d("2026-03-04"), 1), deadline);
        assertTrue(deadline.isDay());
        Places.Place count = Places.place(violation("/sessions/1/lessonStudySubjects", Map.of("required", 5)), PLAN,
                CALENDAR);
        assertEquals(new Places.Place(Places.Kind.SESSION, d("2026-03-05"), d("2026-03-05"), 1), count);
        assertEquals(new Places.Place(Places.Kind.PERIOD, d("2026-01-18"), d("2026-05-30"), -1),
                Places.place(violation("/subjects/0", Map.of("semester", "HK2")), PLAN, CALENDAR));
        assertEquals(new Places.Place(Places.Kind.PERIOD, d("2025-09-05"), d("2026-01-17"), -1),
                Places.place(violation("/subjects/0", Map.of("semester", 1)), PLAN, CALENDAR));
        Places.Place plan = Places.place(violation("/funding", Map.of()), PLAN, CALENDAR);
        assertEquals(new Places.Place(Places.Kind.PLAN, d("2025-09-05"), d("2026-05-30"), -1), plan);
        assertFalse(plan.isDay());
    }

    @Test
    void shortContentCutsAtAWordOrACharacterNeverHalfOfOne() {
        Session words = Session.builder("s", d("2025-10-10")).content("  Một   hai ba bốn năm sáu bảy  ").build();
        assertEquals("Một hai ba…", Words.shortContent(words, 14));
        assertEquals("Một hai ba bốn năm sáu bảy", Words.shortContent(words, 80));
        Session emoji = Session.builder("s", d("2025-10-10")).content("ệ".repeat(8) + "😀" + "ệ".repeat(20)).build();
        String cut = Words.shortContent(emoji, 10);
        assertEquals("ệ".repeat(8) + "…", cut);
        assertEquals("(chưa nêu nội dung)", Words.shortContent(Session.builder("s", d("2025-10-10")).build(), 10));
    }
}
