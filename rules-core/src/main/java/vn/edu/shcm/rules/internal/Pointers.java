package vn.edu.shcm.rules.internal;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Plan;

/**
 * JSON pointers (RFC 6901) into a plan document: building them with {@code ~0}/{@code ~1} escaping, splitting
 * them, and ordering them in document order.
 */
public final class Pointers {

    /**
     * Document order of pointers into a plan: segment by segment, a pointer before its descendants; array indexes
     * numerically; field names in the spec's field order (the record components' order), names that are not
     * fields of the model after those, among themselves alphabetically.
     */
    public static final Comparator<String> DOCUMENT_ORDER = Pointers::compare;

    /** {@link PlanProblem}s by {@link #DOCUMENT_ORDER} of their pointers (stable for equal pointers). */
    public static final Comparator<PlanProblem> PROBLEM_ORDER =
            Comparator.comparing(PlanProblem::path, DOCUMENT_ORDER);

    private Pointers() {
    }

    /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Undoes {@link #escape}. */
    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Returns the pointer of a field of the object at {@code parent}. */
    public static String field(String parent, String name) {
        return parent + "/" + escape(name);
    }

    /** Returns the pointer of an element of the array at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "/" + index;
    }

    /** Splits a pointer into its unescaped reference tokens; {@code ""} has none. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            if (slash < 0) {
                out.add(unescape(pointer.substring(start)));
                return out;
            }
            out.add(unescape(pointer.substring(start, slash)));
            start = slash + 1;
        }
    }

    /** Tells whether a reference token is an array index: {@code 0} or digits without a leading zero. */
    public static boolean isIndex(String token) {
        int n = token.length();
        if (n == 0 || n > 1 && token.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int compare(String a, String b) {
        return a.equals(b) ? 0 : key(a).compareTo(key(b));
    }

    /**
     * Returns a pointer's position in document order, computed once: sorting many findings compares keys, not
     * pointers, so that no pointer is split and looked up more than once.
     */
    public static Key key(String pointer) {
        List<String> tokens = segments(pointer);
        int[] ranks = new int[tokens.size()];
        Type type = Plan.class;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            ranks[i] = isIndex(token) ? -1 : rank(type, token);
            type = ModelSchema.childType(type, token);
        }
        return new Key(tokens.toArray(String[]::new), ranks);
    }

    /** A pointer's position in document order (see {@link #DOCUMENT_ORDER}); compare keys with each other. */
    public static final class Key implements Comparable<Key> {
        private final String[] tokens;
        /** Per token: -1 for an array index, else the field's rank in its record (MAX_VALUE when not a field). */
        private final int[] ranks;

        private Key(String[] tokens, int[] ranks) {
            this.tokens = tokens;
            this.ranks = ranks;
        }

        @Override
        public int compareTo(Key other) {
            int n = Math.min(tokens.length, other.tokens.length);
            for (int i = 0; i < n; i++) {
                String x = tokens[i];
                String y = other.tokens[i];
                if (x.equals(y)) {
                    continue;
                }
                boolean ix = ranks[i] < 0;
                boolean iy = other.ranks[i] < 0;
                if (ix && iy) {
                    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
                }
                if (ix != iy) {
                    return ix ? -1 : 1;
                }
                return ranks[i] != other.ranks[i] ? Integer.compare(ranks[i], other.ranks[i]) : x.compareTo(y);
            }
            return Integer.compare(tokens.length, other.tokens.length);
        }
    }

    private static int rank(Type parent, String name) {
        if (parent != null) {
            Class<?> raw = ModelSchema.rawClass(parent);
            if (raw.isRecord()) {
                int r = ModelSchema.rank(raw, name);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
