package vn.edu.shcm.rules.facts;

/**
 * The one definition of an empty text field, used by every rule, the input checks and the reports: a text is
 * empty when it is null or holds nothing but white space in the Unicode sense, Java's white space and every space
 * separator (U+00A0 no-break space, U+2007 figure space, U+202F narrow no-break space, U+3000 ideographic space …),
 * so that a no-break space pasted from a word processor does not fill a field.
 */
public final class Texts {

    private Texts() {
    }

    /** Tells whether the text is null or holds only Unicode white space. */
    public static boolean isEmpty(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Tells whether the text holds something besides Unicode white space. */
    public static boolean present(String text) {
        return !isEmpty(text);
    }
}
