package vn.edu.shcm.rules.testkit;

import java.util.List;
import java.util.function.Function;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;
import vn.edu.shcm.rules.Waiver;

/** Writes what a result holds, for failure messages: one line per finding, English messages, long lists cut. */
final class Describe {

    /** Findings listed per kind before "… and N more". */
    static final int SHOWN = 25;

    private Describe() {
    }

    /** The result: plan, pack and as-of date, then its violations, obligations and waivers. */
    static String result(CheckResult r) {
        StringBuilder b = new StringBuilder();
        b.append("The result of plan ").append(r.planId()).append(" against ").append(String.join(", ", r.packIds())).append(" as of ")
                .append(r.asOf()).append(" holds:");
        list(b, "violations", r.violations(), Describe::violation, true);
        list(b, "obligations", r.obligations(), Describe::obligation, true);
        list(b, "waived violations", r.waived(), Describe::waived, false);
        list(b, "expired waivers", r.expiredWaivers(), Describe::waiver, false);
        list(b, "unused waivers", r.unusedWaivers(), Describe::waiver, false);
        return b.toString();
    }

    static String violation(Violation v) {
        return v.severity() + " " + v.ruleId() + " " + v.path() + (v.details().isEmpty() ? "" : " " + v.details())
                + " — " + v.messageEn();
    }

    static String obligation(Obligation o) {
        return "due " + o.dueOn() + " " + o.ruleId() + " " + o.path() + " — " + o.messageEn();
    }

    static String waived(WaivedViolation w) {
        return violation(w.violation()) + " [waived by " + w.waiver().approvedBy() + " until "
                + w.waiver().expiresOn() + "]";
    }

    static String waiver(Waiver w) {
        return w.ruleId() + (w.path() == null ? " (every path)" : " " + w.path()) + " approved by " + w.approvedBy()
                + " until " + w.expiresOn() + ": " + w.reason();
    }

    private static <T> void list(StringBuilder b, String name, List<T> items, Function<T, String> line,
                                 boolean always) {
        if (items.isEmpty() && !always) {
            return;
        }
        b.append("\n  ").append(name).append(" (").append(items.size()).append(")").append(items.isEmpty() ? ": none"
                : ":");
        items.stream().limit(SHOWN).forEach(i -> b.append("\n    ").append(line.apply(i)));
        if (items.size() > SHOWN) {
            b.append("\n    … and ").append(items.size() - SHOWN).append(" more");
        }
    }

    /** A value as a test would write it: strings quoted, so that "3" and 3 can be told apart. */
    static String value(Object v) {
        return v instanceof CharSequence ? "\"" + v + "\"" : String.valueOf(v);
    }
}
