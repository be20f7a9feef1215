package vn.edu.shcm.rules.testkit;

import java.util.List;
import java.util.Objects;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.WaivedViolation;

/**
 * Assertions on the waived violations of one rule, as {@link CheckResultAssert#hasWaivedViolation(String)} selected
 * them; each method narrows the selection further and fails if nothing is left:
 * {@code hasWaivedViolation(rule).at("/funding").approvedBy("Trưởng phòng GDMN")}. The assertions on the whole
 * result remain available. Immutable.
 */
public final class WaivedViolationAssert extends ResultAssertions {

    private static final String KIND = "waived violation";

    private final String selection;
    private final List<WaivedViolation> selected;

    WaivedViolationAssert(CheckResult result, String selection, List<WaivedViolation> selected) {
        super(result);
        this.selection = selection;
        this.selected = List.copyOf(selected);
    }

    /** Keeps the waived violations at the given JSON pointer; fails if there is none. */
    public WaivedViolationAssert at(String path) {
        Objects.requireNonNull(path, "path");
        String filter = "at " + path;
        return new WaivedViolationAssert(result, selection + " " + filter, Narrowing.narrow(this, KIND, selection,
                selected, filter, w -> w.violation().path().equals(path), "path", w -> w.violation().path()));
    }

    /** Keeps the violations waived by a waiver that the given person or body approved; fails if there is none. */
    public WaivedViolationAssert approvedBy(String approver) {
        Objects.requireNonNull(approver, "approver");
        String filter = "approved by " + approver;
        return new WaivedViolationAssert(result, selection + " " + filter, Narrowing.narrow(this, KIND, selection,
                selected, filter, w -> w.waiver().approvedBy().equals(approver), "approver",
                w -> w.waiver().approvedBy()));
    }

    /** Asserts that exactly {@code n} waived violations are selected. */
    public WaivedViolationAssert times(int n) {
        Narrowing.times(this, KIND, selection, selected, n);
        return this;
    }

    /** Returns the one waived violation selected; fails if there are several. */
    public WaivedViolation single() {
        return Narrowing.single(this, KIND, selection, selected);
    }

    /** Returns the waived violations selected, in result order. */
    public List<WaivedViolation> waivedViolations() {
        return selected;
    }
}
