package vn.edu.shcm.rules.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How subjects compare: as the exchange format says, free strings compared after trimming, and also whatever
 * Unicode form their accented letters are typed in ({@code "Ngữ văn"} composed or decomposed is one subject), since
 * a plan assembled from several sources mixes both.
 */
public final class Subjects {

    /**
     * The keys of the subjects seen: normalizing allocates every time, and plans name a few dozen subjects;
     * bounded, since plans are input.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 10_000;

    private Subjects() {
    }

    /** Returns the comparable form of a subject: trimmed and in composed Unicode (NFC); null stays null. */
    public static String key(String subject) {
        if (subject == null) {
            return null;
        }
        String key = KEYS.get(subject);
        if (key == null) {
            key = Normalizer.normalize(subject.trim(), Normalizer.Form.NFC);
            if (KEYS.size() < CACHE_LIMIT) {
                KEYS.put(subject, key);
            }
        }
        return key;
    }
}
