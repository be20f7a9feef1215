package vn.edu.shcm.rules.testkit.mutation;

import java.util.Objects;

/**
 * One small change to one rule of a pack, which its test cases should notice.
 *
 * @param rule the rule changed (its id), or {@code function NAME} / {@code parameter NAME} for a DRL function or a
 *     pack parameter that rules read
 * @param file the pack file changed, relative to the pack's folder
 * @param line the line of the change in that file (1-based)
 * @param kind what kind of change it is
 * @param change the change, {@code before → after}
 * @param mutatedText the whole file's text with the change made
 */
public record Mutant(String rule, String file, int line, Kind kind, String change, String mutatedText) {

    /** The kinds of change. */
    public enum Kind {
        /** A constraint of a pattern (or one operand of its {@code &&} / {@code ||}) left out. */
        DROP_CONSTRAINT,
        /** {@code <} made {@code <=} and back, likewise {@code >} and {@code >=}. */
        BOUNDARY,
        /** A number (a count, a day count, a date part, a parameter) moved by one. */
        NUMBER,
        /** A boolean test negated: a constraint, a {@code !}, {@code not} or {@code exists}. */
        NEGATE,
        /** The rule's severity swapped (ERROR and WARNING, INFO to WARNING). */
        SEVERITY
    }

    /** Checks the parts. */
    public Mutant {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(mutatedText, "mutatedText");
    }

    /** Returns "rule (file:line) KIND: change". */
    public String describe() {
        return rule + " (" + file + ":" + line + ") " + kind + ": " + change;
    }
}
