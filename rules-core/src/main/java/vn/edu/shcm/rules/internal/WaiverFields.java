package vn.edu.shcm.rules.internal;

import vn.edu.shcm.rules.facts.Texts;

/**
 * The checks on a waiver's text fields, shared by the {@link vn.edu.shcm.rules.Waiver} record and the waiver-file
 * reader so that both refuse the same values. Each returns null when the value is fine, else what is wrong with
 * it in English, to follow the field's name ("ruleId is not of the form ...").
 */
public final class WaiverFields {

    private WaiverFields() {
    }

    /** A rule id is {@code PACK_ID:RULE}: a colon with text on both sides, and no white space. */
    public static String ruleIdProblem(String ruleId) {
        int colon = ruleId.indexOf(':');
        boolean spaced = ruleId.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        if (colon <= 0 || colon == ruleId.length() - 1 || spaced) {
            return "is not a rule id of the form PACK_ID:RULE, e.g. tuyenquang-mn-2025:plan-fields";
        }
        return null;
    }

    /**
     * A path is a JSON pointer to an element, starting with {@code /}; {@code ""} (the whole document) is refused,
     * since no rule reports there and a waiver meant for every path leaves the path out.
     */
    public static String pathProblem(String path) {
        if (!path.startsWith("/")) {
            return "is not a JSON pointer starting with \"/\" (leave the path out to waive every path)";
        }
        return null;
    }

    /** A reason or approver says something. */
    public static String blankProblem(String text) {
        return Texts.isEmpty(text) ? "is blank" : null;
    }
}
