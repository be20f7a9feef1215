package vn.edu.shcm.rules.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one definition of an empty text: null or Unicode white space only. */
class TextsTest {

    /** Java white space and every Unicode space separator (Zs, Zl, Zp). */
    static final String SPACES = " \t\n\r\u000b\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
            + "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(SPACES.toCharArray()).ofMaxLength(12);
    }

    @Property
    void onlySpacesIsEmpty(@ForAll("blanks") String blank) {
        assertTrue(Texts.isEmpty(blank), () -> blank.codePoints().mapToObj(Integer::toHexString).toList().toString());
    }

    @Property
    void oneOtherCharacterAnywhereMakesItPresent(@ForAll("blanks") String before, @ForAll("blanks") String after,
                                                 @ForAll char c) {
        if (SPACES.indexOf(c) < 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            assertTrue(Texts.present(before + c + after));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u2007", "\u202f", "\u3000", " \u00a0 "})
    void noBreakAndIdeographicSpacesAreEmpty(String text) {
        assertTrue(Texts.isEmpty(text));
        assertFalse(Texts.present(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00a0Hà\u00a0", "\u200b"})
    void lettersAndZeroWidthCharactersArePresent(String text) {
        // U+200B (zero width space) is a format character, not a space separator: it is text
        assertTrue(Texts.present(text));
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertTrue(Texts.isEmpty(null));
    }
}
