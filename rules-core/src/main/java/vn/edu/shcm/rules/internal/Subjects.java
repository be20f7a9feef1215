package vn.edu.shcm.rules.internal;

import java.text.Normalizer;

/**
 * How subjects compare: as the exchange format says, free strings compared after trimming, and also whatever
 * Unicode form their accented letters are typed in ({@code "Ngữ văn"} composed or decomposed is one subject), since
 * a plan assembled from several sources mixes both.
 */
public final class Subjects {

    private Subjects() {
    }

    /** Returns the comparable form of a subject: trimmed and in composed Unicode (NFC); null stays null. */
    public static String key(String subject) {
        return subject == null ? null : Normalizer.normalize(subject.trim(), Normalizer.Form.NFC);
    }
}
