package vn.edu.shcm.rules.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import vn.edu.shcm.rules.internal.FindingSink;
import vn.edu.shcm.rules.internal.Labels;
import vn.edu.shcm.rules.internal.Text;

/**
 * The one way a rule reports what it found: a violation or an upcoming obligation, located by a JSON pointer,
 * with the figures that decided it.
 *
 * <p>Call it from a rule's consequence with Drools' {@code kcontext}:
 * <pre>{@code
 * then
 *     Findings.at(kcontext, $s.path("host")).with("host", $s.host()).violation();
 * }</pre>
 * The rule id, severity and citation come from the rule itself (its name and its {@code @severity} and
 * {@code @source} metadata); the message from the pack's templates for the rule, keyed by the name given
 * ({@code default} when none is). Findings go to a collector private to the current check.
 */
public final class Findings {

    private Findings() {
    }

    /** Starts a finding of the current rule at the given JSON pointer of the plan. */
    public static Builder at(RuleContext kcontext, String path) {
        return new Builder(kcontext, path);
    }

    /**
     * Reports a field the plan leaves empty. Details: {@code field} (its name) and, for a session's field,
     * {@code date} (the session's date); the message also gets {@code fieldLabel} (the field's Vietnamese or
     * English name). The rule's message is {@code session} for a session's field, {@code default} otherwise.
     */
    public static void gap(RuleContext kcontext, FieldGap gap) {
        Builder b = at(kcontext, gap.path()).with("field", gap.field()).fieldLabel("fieldLabel", gap.field());
        if (gap.session() != null) {
            b.with("date", gap.session().date()).violation("session");
        } else {
            b.violation();
        }
    }

    /**
     * Reports a deliverable that is not in on time: late, missing after {@code due} (violations), or missing
     * while {@code due} is still on or after the as-of date (an obligation). Nothing when it was delivered by
     * {@code due}.
     */
    public static void deadline(RuleContext kcontext, Deliverable deliverable, LocalDate due) {
        at(kcontext, deliverable.path()).deadline(deliverable.deliveredOn(), due);
    }

    /**
     * A finding being described; {@link #violation()}, {@link #obligation(LocalDate)} or
     * {@link #deadline(LocalDate, LocalDate)} reports it.
     */
    public static final class Builder {
        private final RuleContext kcontext;
        private final String path;
        private final Map<String, Object> details = new LinkedHashMap<>();
        /** Values for the message only; a figure of the details is not repeated here. */
        private Map<String, Object> args = Map.of();

        private Builder(RuleContext kcontext, String path) {
            this.kcontext = Objects.requireNonNull(kcontext, "kcontext");
            this.path = Objects.requireNonNull(path, "path");
        }

        /** Adds a figure that decided the finding; it goes into the details and is available to the message. */
        public Builder with(String key, Object value) {
            details.put(key, value);
            if (args.containsKey(key)) {
                args.remove(key); // the later value wins, as it did when both maps held it
            }
            return this;
        }

        private Map<String, Object> args() {
            if (args.isEmpty()) {
                args = new LinkedHashMap<>();
            }
            return args;
        }

        /** Adds a value for the message only (e.g. a member's name), not to the details. */
        public Builder arg(String key, Object value) {
            args().put(key, value);
            return this;
        }

        /** Adds a value for the message only, with its Vietnamese and English forms. */
        public Builder arg(String key, String vietnamese, String english) {
            args().put(key, new Text(vietnamese, english));
            return this;
        }

        /**
         * Adds, for the message only, the Vietnamese and English names of a field of the exchange format, e.g.
         * {@code "người phụ trách"} / {@code "person in charge"} for {@code personInCharge}.
         */
        public Builder fieldLabel(String key, String fieldName) {
            args().put(key, Labels.field(fieldName));
            return this;
        }

        /**
         * Adds, for the message only, the Vietnamese and English names of a subject, e.g. {@code "Toán"} /
         * {@code "Mathematics"} for {@code TOAN}; a subject that is not a recommended code prints as written.
         */
        public Builder subjectLabel(String key, String subject) {
            args().put(key, Labels.subject(subject));
            return this;
        }

        /** Reports a violation with the rule's {@code default} message. */
        public void violation() {
            violation("default");
        }

        /** Reports a violation with the rule's message of the given name. */
        public void violation(String messageKey) {
            FindingSink.of(kcontext).violation(kcontext.getRule(), path, messageKey, details, args);
        }

        /** Reports an obligation due on {@code dueOn} with the rule's {@code due} message. */
        public void obligation(LocalDate dueOn) {
            obligation(dueOn, "due");
        }

        /** Reports an obligation due on {@code dueOn} with the rule's message of the given name. */
        public void obligation(LocalDate dueOn, String messageKey) {
            args().put("required", dueOn);
            FindingSink.of(kcontext).obligation(kcontext.getRule(), path, dueOn, messageKey, details, args);
        }

        /**
         * Judges a deliverable against its due date: delivered after {@code due} is a violation ({@code late}),
         * missing after the as-of date has passed {@code due} is a violation ({@code missing}), missing while
         * {@code due} is on or after the as-of date is an obligation ({@code due}); delivered on time reports
         * nothing. Details: {@code required} and, when delivered, {@code actual}.
         */
        public void deadline(LocalDate deliveredOn, LocalDate due) {
            Objects.requireNonNull(due, "due");
            if (deliveredOn != null) {
                if (deliveredOn.isAfter(due)) {
                    with("required", due).with("actual", deliveredOn).violation("late");
                }
                return;
            }
            if (due.isBefore(FindingSink.of(kcontext).asOf())) {
                with("required", due).violation("missing");
            } else {
                obligation(due);
            }
        }
    }
}
