package vn.edu.shcm.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.edu.shcm.rules.model.Scope;

/**
 * What one rule of a pack demands: its stable id, severity, the clause it comes from and its text in
 * Vietnamese and English.
 *
 * @param id the stable rule id, e.g. {@code tuyenquang-mn-2025:session-per-quarter}
 * @param severity the severity of its violations
 * @param citation the document and clause it comes from
 * @param title a short title in Vietnamese
 * @param titleEn a short title in English
 * @param text what the rule demands, in Vietnamese
 * @param textEn what the rule demands, in English
 * @param scopes the scopes of plan it runs for (a pack's rules may differ by scope)
 */
public record RuleInfo(String id, Severity severity, Citation citation, String title, String titleEn, String text,
                       String textEn, Set<Scope> scopes) {

    /** Checks that every part is present and copies {@code scopes}. */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textEn, "textEn");
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** Returns the pack part of the id ({@code core} for the plan-integrity rules every pack runs). */
    public String packId() {
        return id.substring(0, id.indexOf(':'));
    }
}
