package vn.edu.shcm.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointersTest {

    @Test
    void escapesAndSplitsPerRfc6901() {
        assertEquals("a~1b~0c~01", Pointers.escape("a/b~c~1"));
        assertEquals("/x/a~1b~0c~01/3", Pointers.index(Pointers.field("/x", "a/b~c~1"), 3));
        assertEquals(List.of("x", "a/b~c~1", "3", ""), Pointers.segments("/x/a~1b~0c~01/3/"));
        assertEquals(List.of(), Pointers.segments(""));
        assertEquals(List.of(""), Pointers.segments("/"));
    }

    @Test
    void indexesAreDigitsWithoutLeadingZero() {
        assertTrue(Pointers.isIndex("0"));
        assertTrue(Pointers.isIndex("120"));
        assertFalse(Pointers.isIndex("01"));
        assertFalse(Pointers.isIndex(""));
        assertFalse(Pointers.isIndex("-1"));
        assertFalse(Pointers.isIndex("1a"));
    }

    @Test
    void documentOrderFollowsTheSpecsFieldOrderAndIndexesNumerically() {
        List<String> ordered = List.of(
                "",
                "/id",
                "/schoolYear",
                "/level",
                "/scope",
                "/cluster",
                "/cluster/name",
                "/cluster/head",
                "/cluster/members",
                "/cluster/members/0/id",
                "/cluster/members/0/name",
                "/cluster/members/0/zzz",
                "/cluster/members/2/id",
                "/calendar/holidays/1",
                "/subjects/0/subject",
                "/sessions",
                "/sessions/2/id",
                "/sessions/2/date",
                "/sessions/2/milestones/invitees/0",
                "/sessions/2/initiativesBy/0",
                "/sessions/2/dat",
                "/sessions/10/id",
                "/sessions/100",
                "/reports/0/kind",
                "/workshopFile/plan",
                "/author",
                "/extra",
                "/extra/3");
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(Pointers.DOCUMENT_ORDER);
        assertEquals(ordered, shuffled);
    }
}
