package vn.edu.shcm.rules.internal;

import java.util.Objects;

/**
 * A text in Vietnamese and English.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record Text(String vi, String en) {

    /** Checks both languages are present. */
    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** Returns the text in Vietnamese ({@code vietnamese} true) or English. */
    public String in(boolean vietnamese) {
        return vietnamese ? vi : en;
    }
}
