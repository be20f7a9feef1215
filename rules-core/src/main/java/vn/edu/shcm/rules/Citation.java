package vn.edu.shcm.rules;

import java.util.Objects;

/**
 * Where in a guideline a rule comes from: the document and its section.
 *
 * @param document the document's title or number and issuing body
 * @param section the section, clause or template part, e.g. {@code V.2}
 */
public record Citation(String document, String section) {

    /** Checks that both parts are present. */
    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
    }

    /** Returns "document, mục section", the Vietnamese way of citing a clause. */
    @Override
    public String toString() {
        return document + ", mục " + section;
    }
}
