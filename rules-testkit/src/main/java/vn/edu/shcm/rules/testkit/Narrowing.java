package vn.edu.shcm.rules.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Narrowing a selection of findings by one property, failing with the values that property has. */
final class Narrowing {

    private Narrowing() {
    }

    /**
     * Returns the items that {@code keep} accepts, or fails saying: expected a {@code kind} {@code selection}
     * {@code filter}, but the ones {@code selection} have {@code property} v1, v2, ….
     */
    static <T> List<T> narrow(ResultAssertions owner, String kind, String selection, List<T> items, String filter,
                              Predicate<T> keep, String property, Function<T, Object> value) {
        List<T> kept = items.stream().filter(keep).toList();
        if (kept.isEmpty()) {
            String values = items.stream().map(value).map(Describe::value).distinct()
                    .collect(Collectors.joining(", "));
            throw owner.fail("Expected " + article(kind) + " " + kind + " " + selection + " " + filter + ", but the " + count(items.size(),
                    kind) + " " + selection + " " + (items.size() == 1 ? "has" : "have") + " " + property + " "
                    + values + ".");
        }
        return kept;
    }

    /** Fails unless exactly {@code n} items are selected. */
    static void times(ResultAssertions owner, String kind, String selection, List<?> items, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count is not negative: " + n);
        }
        if (items.size() != n) {
            throw owner.fail("Expected " + count(n, kind) + " " + selection + ", but there " + (items.size() == 1
                    ? "is 1" : "are " + items.size()) + ".");
        }
    }

    /** Returns the only item, or fails saying how many there are. */
    static <T> T single(ResultAssertions owner, String kind, String selection, List<T> items) {
        times(owner, kind, selection, items, 1);
        return items.get(0);
    }

    /** Tells whether a found value equals the expected one, or has the same text (a date and its ISO string). */
    static boolean same(Object found, Object expected) {
        return Objects.equals(found, expected)
                || found != null && expected != null && found.toString().equals(expected.toString());
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String count(int n, String kind) {
        return n + " " + kind + (n == 1 ? "" : "s");
    }
}
