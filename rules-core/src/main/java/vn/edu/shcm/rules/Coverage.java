package vn.edu.shcm.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;

/**
 * Which plans a rule pack applies to: levels of education, scopes and a range of school years.
 *
 * @param levels the levels covered, at least one
 * @param scopes the scopes covered, at least one
 * @param firstYear the first school year covered
 * @param lastYear the last school year covered, or null when the guideline applies "from" its first year on
 */
public record Coverage(Set<Level> levels, Set<Scope> scopes, SchoolYear firstYear, SchoolYear lastYear) {

    /** Checks the parts and copies the sets. */
    public Coverage {
        if (levels.isEmpty() || scopes.isEmpty()) {
            throw new IllegalArgumentException("a pack covers at least one level and one scope");
        }
        levels = Set.copyOf(EnumSet.copyOf(levels));
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        Objects.requireNonNull(firstYear, "firstYear");
        if (lastYear != null && lastYear.compareTo(firstYear) < 0) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
    }

    /** Tells whether the school year lies in the covered range. */
    public boolean covers(SchoolYear year) {
        return year.compareTo(firstYear) >= 0 && (lastYear == null || year.compareTo(lastYear) <= 0);
    }

    /** Returns the covered school years in words, e.g. {@code 2025-2026 onward}. */
    public String yearsEn() {
        return lastYear == null ? firstYear + " onward"
                : firstYear.equals(lastYear) ? firstYear.toString() : firstYear + " to " + lastYear;
    }

    /** Returns the covered school years in Vietnamese, e.g. {@code từ năm học 2025-2026}. */
    public String years() {
        return lastYear == null ? "từ năm học " + firstYear
                : firstYear.equals(lastYear) ? "năm học " + firstYear : "các năm học " + firstYear + " đến " + lastYear;
    }

    /** Returns the covered levels in Vietnamese, in enum order. */
    public String levelLabels() {
        return EnumSet.copyOf(levels).stream().map(Level::label).collect(Collectors.joining(", "));
    }

    /** Returns the covered scopes in Vietnamese, in enum order. */
    public String scopeLabels() {
        return EnumSet.copyOf(scopes).stream().map(Scope::label).collect(Collectors.joining(", "));
    }
}
