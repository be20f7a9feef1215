package vn.edu.shcm.rules.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;

class PlanBinderTest {

    private static PlanBinder.Result walk(String json) throws Exception {
        return PlanBinder.bind((ObjectNode) JsonSupport.mapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void buildsThePlanFromWhatIsReadableAndKeepsTheDocumentIndexes() throws Exception {
        PlanBinder.Result r = walk("""
                {'id': 7, 'typo': 1, 'level': 'THCS', 'funding': null,
                 'sessions': [null, {'id': 's', 'date': '2025-02-30', 'activities': ['STEM', 'X', 'OTHER']}]}""");
        assertEquals(List.of("/id", "/typo", "/sessions/0", "/sessions/1/date", "/sessions/1/activities/1"),
                r.problems().stream().map(PlanProblem::path).toList());
        Plan plan = r.plan();
        assertNull(plan.id());
        assertEquals(Level.THCS, plan.level());
        assertEquals(1, plan.sessions().size(), "the null session is dropped");
        assertEquals("s", plan.sessions().get(0).id());
        assertNull(plan.sessions().get(0).date(), "an invalid date is left absent");
        assertEquals(List.of(Activity.STEM, Activity.OTHER), plan.sessions().get(0).activities());
        assertEquals("/sessions/1/activities/2", r.indexMap().toDocument("/sessions/0/activities/1"));
    }

    @Test
    void reportsAbsentRequiredListsButLeavesScalarsToTheValidator() throws Exception {
        PlanBinder.Result r = walk("{'cluster': {'name': 'C'}}");
        assertEquals(List.of("/cluster/members", "/sessions"),
                r.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void readsIsoDatesExactly() {
        assertEquals(java.time.LocalDate.of(2024, 2, 29), PlanBinder.isoDate("2024-02-29"));
        for (String bad : List.of("2025-02-29", "2025-2-01", "2025-02-1 ", "+2025-02-01", "2025/02/01", "２０２５-02-01",
                "0000-00-01", "2025-13-01", "")) {
            assertNull(PlanBinder.isoDate(bad), bad);
        }
    }

    @Test
    void suggestsCloseFieldNames() {
        List<String> known = List.of("id", "date", "status", "schoolYear", "initiativesBy");
        assertEquals("date", PlanBinder.suggestion("dat", known));
        assertEquals("date", PlanBinder.suggestion("Date", known));
        assertEquals("schoolYear", PlanBinder.suggestion("school_year", known));
        assertEquals("schoolYear", PlanBinder.suggestion("SchoolYear", known));
        assertEquals("initiativesBy", PlanBinder.suggestion("initiativeBy", known));
        assertNull(PlanBinder.suggestion("x", known));
        assertNull(PlanBinder.suggestion("author", known));
        assertNull(PlanBinder.suggestion("d".repeat(100), known));
    }
}
