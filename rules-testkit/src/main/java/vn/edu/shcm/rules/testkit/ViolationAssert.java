package vn.edu.shcm.rules.testkit;

import java.util.List;
import java.util.Objects;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;

/**
 * Assertions on the violations of one rule, as {@link CheckResultAssert#hasViolation(String)} selected them; each
 * method narrows the selection further and fails if nothing is left:
 * {@code hasViolation(rule).at("/sessions/2/host").withSeverity(Severity.ERROR)}. The assertions on the whole
 * result remain available, to go on with another rule. Immutable.
 */
public final class ViolationAssert extends ResultAssertions {

    private static final String KIND = "violation";

    private final String selection;
    private final List<Violation> selected;

    ViolationAssert(CheckResult result, String selection, List<Violation> selected) {
        super(result);
        this.selection = selection;
        this.selected = List.copyOf(selected);
    }

    private ViolationAssert narrowed(String filter, List<Violation> kept) {
        return new ViolationAssert(result, selection + " " + filter, kept);
    }

    /** Keeps the violations at the given JSON pointer, e.g. {@code /sessions/2/host}; fails if there is none. */
    public ViolationAssert at(String path) {
        Objects.requireNonNull(path, "path");
        String filter = "at " + path;
        return narrowed(filter, Narrowing.narrow(this, KIND, selection, selected, filter,
                v -> v.path().equals(path), "path", Violation::path));
    }

    /** Keeps the violations of the given severity; fails if there is none. */
    public ViolationAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        String filter = "with severity " + severity;
        return narrowed(filter, Narrowing.narrow(this, KIND, selection, selected, filter,
                v -> v.severity() == severity, "severity", Violation::severity));
    }

    /**
     * Keeps the violations whose detail {@code key} equals {@code value}, or has the same text (so that
     * {@code LocalDate.of(2025, 11, 5)} and {@code "2025-11-05"} both match a date); fails if there is none.
     */
    public ViolationAssert withDetail(String key, Object value) {
        Objects.requireNonNull(key, "key");
        String filter = "with detail " + key + " = " + Describe.value(value);
        return narrowed(filter, Narrowing.narrow(this, KIND, selection, selected, filter,
                v -> v.details().containsKey(key) && Narrowing.same(v.details().get(key), value), "details",
                Violation::details));
    }

    /** Keeps the violations whose Vietnamese or English message contains the text; fails if there is none. */
    public ViolationAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        String filter = "with a message containing " + Describe.value(text);
        return narrowed(filter, Narrowing.narrow(this, KIND, selection, selected, filter,
                v -> v.message().contains(text) || v.messageEn().contains(text), "messages",
                v -> v.message() + " / " + v.messageEn()));
    }

    /** Asserts that exactly {@code n} violations are selected. */
    public ViolationAssert times(int n) {
        Narrowing.times(this, KIND, selection, selected, n);
        return this;
    }

    /** Returns the one violation selected; fails if there are several. */
    public Violation single() {
        return Narrowing.single(this, KIND, selection, selected);
    }

    /** Returns the violations selected, in result order. */
    public List<Violation> violations() {
        return selected;
    }
}
