package vn.edu.shcm.rules.internal;

import java.util.Comparator;

/**
 * Orders JSON pointers in document order: segment by segment, array indexes numerically, a pointer before
 * the pointers below it.
 */
public final class PointerOrder implements Comparator<String> {

    /** The one instance. */
    public static final PointerOrder INSTANCE = new PointerOrder();

    private PointerOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
