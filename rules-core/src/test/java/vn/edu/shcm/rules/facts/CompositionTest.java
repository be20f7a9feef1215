package vn.edu.shcm.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Member;

class CompositionTest {

    static final List<List<String>> GROUPS = List.of(List.of("Thành phố", "Lý Sơn"),
            List.of("Tư Nghĩa", "Mộ Đức", "Ba Tơ"));

    static List<Member> members(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Member(n, n)).toList();
    }

    @Test
    void exactlyOneGroupIsExactWhateverTheUnicodeFormCaseAndSpaces() {
        String nfd = Normalizer.normalize("Mộ Đức", Normalizer.Form.NFD);
        Composition c = Composition.closest(members(" ba  TƠ", nfd, "tư nghĩa"), GROUPS);
        assertTrue(c.exact());
        assertEquals(2, c.group());
    }

    @Test
    void theClosestGroupSaysWhatIsMissingAndWhatIsExtra() {
        Composition c = Composition.closest(members("Tư Nghĩa", "Mộ  Đức", "Lý Sơn", "mộ đức"), GROUPS);
        assertFalse(c.exact());
        assertEquals(2, c.group());
        assertEquals(List.of("Ba Tơ"), c.missing());
        assertEquals(List.of("Lý Sơn", "mộ đức"), c.extra(), "outsiders and repeats, as written, in plan order");
    }

    @Test
    void aTieGoesToTheFirstGroupAndNoSharedNameToNone() {
        assertEquals(1, Composition.closest(members("Lý Sơn", "Ba Tơ"), GROUPS).group());
        Composition none = Composition.closest(members("Hà Nội"), GROUPS);
        assertEquals(0, none.group());
        assertEquals(List.of("Hà Nội"), none.extra());
        assertEquals(List.of(), none.missing());
    }
}
