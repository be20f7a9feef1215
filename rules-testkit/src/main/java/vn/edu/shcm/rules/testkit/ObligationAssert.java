package vn.edu.shcm.rules.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Obligation;

/**
 * Assertions on the obligations of one rule, as {@link CheckResultAssert#hasObligation(String)} selected them;
 * each method narrows the selection further and fails if nothing is left:
 * {@code hasObligation(rule).dueOn(LocalDate.of(2026, 1, 17)).at("/reports")}. The assertions on the whole result
 * remain available. Immutable.
 */
public final class ObligationAssert extends ResultAssertions {

    private static final String KIND = "obligation";

    private final String selection;
    private final List<Obligation> selected;

    ObligationAssert(CheckResult result, String selection, List<Obligation> selected) {
        super(result);
        this.selection = selection;
        this.selected = List.copyOf(selected);
    }

    /** Keeps the obligations due on the given day; fails if there is none. */
    public ObligationAssert dueOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        String filter = "due on " + day;
        return new ObligationAssert(result, selection + " " + filter, Narrowing.narrow(this, KIND, selection,
                selected, filter, o -> o.dueOn().equals(day), "due date", Obligation::dueOn));
    }

    /** Keeps the obligations at the given JSON pointer, e.g. {@code /reports}; fails if there is none. */
    public ObligationAssert at(String path) {
        Objects.requireNonNull(path, "path");
        String filter = "at " + path;
        return new ObligationAssert(result, selection + " " + filter, Narrowing.narrow(this, KIND, selection,
                selected, filter, o -> o.path().equals(path), "path", Obligation::path));
    }

    /** Asserts that exactly {@code n} obligations are selected. */
    public ObligationAssert times(int n) {
        Narrowing.times(this, KIND, selection, selected, n);
        return this;
    }

    /** Returns the one obligation selected; fails if there are several. */
    public Obligation single() {
        return Narrowing.single(this, KIND, selection, selected);
    }

    /** Returns the obligations selected, in result order. */
    public List<Obligation> obligations() {
        return selected;
    }
}
