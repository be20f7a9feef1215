package vn.edu.shcm.rules.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndexMapTest {

    @Test
    void withoutDroppedElementsPointersStay() {
        IndexMap map = new IndexMap();
        assertTrue(map.isIdentity());
        assertEquals("/sessions/3/id", map.toDocument("/sessions/3/id"));
    }

    @Test
    void mapsIndexesOfBoundListsBackToTheDocumentAtEveryLevel() {
        IndexMap map = new IndexMap();
        map.put("/sessions", new int[] {1, 3, 4});
        map.put("/sessions/3/initiativesBy", new int[] {2});
        map.put("/a~1b", new int[] {5});
        assertEquals("", map.toDocument(""));
        assertEquals("/sessions/1/id", map.toDocument("/sessions/0/id"));
        assertEquals("/sessions/3/initiativesBy/2", map.toDocument("/sessions/1/initiativesBy/0"));
        assertEquals("/sessions/4/initiativesBy/0", map.toDocument("/sessions/2/initiativesBy/0"));
        assertEquals("/a~1b/5", map.toDocument("/a~1b/0"));
        assertEquals("/cluster/members/0", map.toDocument("/cluster/members/0"));
    }
}
