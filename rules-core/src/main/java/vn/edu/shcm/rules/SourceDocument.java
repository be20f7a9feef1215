package vn.edu.shcm.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The guideline a rule pack encodes.
 *
 * @param title the document's title as cited in violations
 * @param issuer the body that issued it, e.g. {@code Sở GDĐT Tuyên Quang}
 * @param number the document number (số hiệu), e.g. {@code 806/KH-SGDĐT}, or null when it has none
 * @param issuedOn the day it was issued, or null when the document does not say
 * @param url where it can be read, or null
 */
public record SourceDocument(String title, String issuer, String number, LocalDate issuedOn, String url) {

    /** Checks that title and issuer are present. */
    public SourceDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
    }
}
