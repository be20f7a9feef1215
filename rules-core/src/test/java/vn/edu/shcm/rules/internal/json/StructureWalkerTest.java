package vn.edu.shcm.rules.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.PlanProblem;

class StructureWalkerTest {

    private static StructureWalker.Result walk(String json) throws Exception {
        return StructureWalker.walk((ObjectNode) JsonSupport.mapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void cleansTheTreeAndKeepsTheDocumentIndexes() throws Exception {
        StructureWalker.Result r = walk("""
                {'id': 7, 'typo': 1, 'level': 'THCS', 'funding': null,
                 'sessions': [null, {'id': 's', 'date': '2025-02-30', 'activities': ['STEM', 'X', 'OTHER']}]}""");
        assertEquals(List.of("/id", "/typo", "/sessions/0", "/sessions/1/date", "/sessions/1/activities/1"),
                r.problems().stream().map(PlanProblem::pointer).toList());
        assertEquals("{\"level\":\"THCS\",\"sessions\":[{\"id\":\"s\",\"activities\":[\"STEM\",\"OTHER\"]}]}",
                r.cleaned().toString());
        assertEquals("/sessions/1/activities/2", r.indexMap().toDocument("/sessions/0/activities/1"));
    }

    @Test
    void reportsAbsentRequiredListsButLeavesScalarsToTheValidator() throws Exception {
        StructureWalker.Result r = walk("{'cluster': {'name': 'C'}}");
        assertEquals(List.of("/cluster/members", "/sessions"),
                r.problems().stream().map(PlanProblem::pointer).toList());
    }

    @Test
    void suggestsCloseFieldNames() {
        List<String> known = List.of("id", "date", "status", "schoolYear", "initiativesBy");
        assertEquals("date", StructureWalker.suggestion("dat", known));
        assertEquals("date", StructureWalker.suggestion("Date", known));
        assertEquals("schoolYear", StructureWalker.suggestion("school_year", known));
        assertEquals("schoolYear", StructureWalker.suggestion("SchoolYear", known));
        assertEquals("initiativesBy", StructureWalker.suggestion("initiativeBy", known));
        assertNull(StructureWalker.suggestion("x", known));
        assertNull(StructureWalker.suggestion("author", known));
        assertNull(StructureWalker.suggestion("d".repeat(100), known));
    }
}
