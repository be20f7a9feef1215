package vn.edu.shcm.rules.internal.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.shcm.rules.internal.Pointers;

/**
 * Where the elements of a bound list came from in the document, for lists from which unreadable elements (null,
 * wrong type) were left out before binding: maps pointers into the bound plan back to pointers into the document.
 */
public final class IndexMap {

    /** Document pointer of an array to, for each element kept, its index in the document. */
    private final Map<String, int[]> kept = new HashMap<>();

    /** Records that the array at {@code documentPointer} kept only the elements at these document indexes. */
    void put(String documentPointer, int[] documentIndexes) {
        kept.put(documentPointer, documentIndexes.clone());
    }

    /** Tells whether every array was kept whole (the mapping is the identity). */
    public boolean isIdentity() {
        return kept.isEmpty();
    }

    /** Returns the document pointer of the value at {@code boundPointer} in the bound plan. */
    public String toDocument(String boundPointer) {
        if (kept.isEmpty()) {
            return boundPointer;
        }
        List<String> segments = Pointers.segments(boundPointer);
        StringBuilder doc = new StringBuilder();
        for (String segment : segments) {
            int[] indexes = kept.get(doc.toString());
            String s = segment;
            if (indexes != null && Pointers.isIndex(segment) && segment.length() < 10) {
                int i = Integer.parseInt(segment);
                if (i < indexes.length) {
                    s = Integer.toString(indexes[i]);
                }
            }
            doc.append('/').append(Pointers.escape(s));
        }
        return doc.toString();
    }
}
