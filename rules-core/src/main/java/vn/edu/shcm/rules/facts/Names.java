package vn.edu.shcm.rules.facts;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares Vietnamese names as people mean them: the same letters whether typed in composed (NFC) or decomposed
 * (NFD) Unicode, in any case, with surrounding and repeated spaces ignored.
 */
public final class Names {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Names() {
    }

    /** Any run of white space, Unicode spaces included (the no-break space of text pasted from Word). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /**
     * Returns the comparable form of a name: NFC, lower case, trimmed, inner spaces collapsed to one (no-break
     * and other Unicode spaces count as spaces); null stays null.
     */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String spaced = SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ");
        return spaced.strip().toLowerCase(VIETNAMESE);
    }

    /** Returns a name as people should read it: composed (NFC), spaces trimmed and single; null stays null. */
    public static String display(String name) {
        if (name == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Returns the comparable forms of the names, as a set. */
    public static Set<String> normalize(Collection<String> names) {
        return names.stream().map(Names::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns the comparable forms of the names, as a set. */
    public static Set<String> normalizedSet(String... names) {
        return normalize(java.util.Arrays.asList(names));
    }
}
