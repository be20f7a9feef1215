package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.model.Plan;

/** Writes results for people: Vietnamese first, each line followed by its English, for a school clerk. */
final class TextReport {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private TextReport() {
    }

    static String vi(LocalDate d) {
        return VI.format(d);
    }

    static void result(PrintWriter out, String file, Plan plan, List<RulePack> packs, CheckResult r) {
        out.println("Tệp / file:       " + file);
        out.println("Kế hoạch / plan:  " + plan.id() + " · năm học " + plan.schoolYear() + " · "
                + plan.level().label() + " · " + plan.scope().label());
        for (RulePack pack : packs) {
            out.println("Bộ quy tắc / pack: " + pack.id() + " — " + pack.title());
        }
        out.println("Tính đến / as of: " + vi(r.asOf()));
        for (Severity severity : Severity.values()) {
            List<Violation> vs = r.violations(severity);
            if (vs.isEmpty()) {
                continue;
            }
            out.println();
            out.println(heading(severity) + " (" + vs.size() + ")");
            int n = 1;
            for (Violation v : vs) {
                out.println(String.format("%3d. %s", n++, v.message()));
                out.println("     (" + v.messageEn() + ")");
                out.println("     Vị trí / at: " + v.path() + " · Quy tắc / rule: " + v.ruleId());
                out.println("     Căn cứ / source: " + v.citation());
                for (Waiver w : r.expiredWaivers()) {
                    if (w.matches(v)) {
                        out.println("     Miễn trừ đã hết hạn ngày " + vi(w.expiresOn()) + " (" + w.approvedBy()
                                + " duyệt), không còn áp dụng.");
                        out.println("     (Waiver approved by " + w.approvedBy() + " expired on " + w.expiresOn()
                                + "; it no longer applies.)");
                    }
                }
            }
        }
        if (!r.obligations().isEmpty()) {
            out.println();
            out.println("VIỆC SẮP ĐẾN HẠN / UPCOMING (" + r.obligations().size() + ")");
            int n = 1;
            for (Obligation o : r.obligations()) {
                out.println(String.format("%3d. Hạn %s: %s", n++, vi(o.dueOn()), o.message()));
                out.println("     (due " + o.dueOn() + ": " + o.messageEn() + ")");
                out.println("     Vị trí / at: " + o.path() + " · Quy tắc / rule: " + o.ruleId());
            }
        }
        waivers(out, r);
        int errors = r.violations(Severity.ERROR).size();
        int warnings = r.violations(Severity.WARNING).size();
        int notes = r.violations(Severity.INFO).size();
        out.println();
        out.println("Kết luận: " + (errors > 0 ? "KHÔNG ĐẠT" : "ĐẠT") + " — " + errors + " lỗi, " + warnings
                + " cảnh báo" + (notes > 0 ? ", " + notes + " ghi chú" : "") + ", " + r.obligations().size()
                + " việc sắp đến hạn" + (r.waived().isEmpty() ? "" : ", " + r.waived().size() + " vi phạm được miễn trừ")
                + ".");
        out.println("(Result: " + (errors > 0 ? "does not comply" : "complies") + " — " + errors + " error(s), "
                + warnings + " warning(s)" + (notes > 0 ? ", " + notes + " note(s)" : "") + ", "
                + r.obligations().size() + " upcoming obligation(s)"
                + (r.waived().isEmpty() ? "" : ", " + r.waived().size() + " waived") + ".)");
    }

    /** The waived violations with their waivers, then the waivers that match nothing in this plan. */
    private static void waivers(PrintWriter out, CheckResult r) {
        if (!r.waived().isEmpty()) {
            out.println();
            out.println("ĐÃ MIỄN TRỪ / WAIVED (" + r.waived().size() + ")");
            int n = 1;
            for (WaivedViolation wv : r.waived()) {
                Violation v = wv.violation();
                Waiver w = wv.waiver();
                out.println(String.format("%3d. [%s] %s", n++, v.severity().label(), v.message()));
                out.println("     (" + v.severity().labelEn() + ": " + v.messageEn() + ")");
                out.println("     Vị trí / at: " + v.path() + " · Quy tắc / rule: " + v.ruleId());
                out.println("     Miễn trừ / waiver: " + w.reason());
                out.println("     Duyệt / approved by: " + w.approvedBy() + " · đến hết / until: " + vi(w.expiresOn()));
            }
        }
        if (!r.unusedWaivers().isEmpty()) {
            out.println();
            out.println("MIỄN TRỪ KHÔNG KHỚP LỖI NÀO / WAIVERS MATCHING NOTHING (" + r.unusedWaivers().size() + ")");
            out.println("     (Không khớp vi phạm nào của kế hoạch này. / They match no violation of this plan.)");
            int n = 1;
            for (Waiver w : r.unusedWaivers()) {
                out.println(String.format("%3d. %s%s — %s (%s duyệt, đến hết %s)", n++, w.ruleId(),
                        w.path() == null ? "" : " " + w.path(), w.reason(), w.approvedBy(), vi(w.expiresOn())));
            }
        }
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "LỖI / ERRORS";
            case WARNING -> "CẢNH BÁO / WARNINGS";
            case INFO -> "GHI CHÚ / NOTES";
        };
    }

    static void inputError(PrintWriter err, String file, InvalidPlanException e) {
        List<PlanProblem> problems = e.problems();
        err.println("Tệp " + file + ": không kiểm tra được kế hoạch (" + problems.size() + " vấn đề).");
        err.println("(" + file + ": the plan cannot be checked; " + problems.size() + " problem(s).)");
        problems(err, problems);
    }

    /** Lists input problems, each at its pointer, Vietnamese first. */
    static void problems(PrintWriter err, List<PlanProblem> problems) {
        for (PlanProblem p : problems) {
            String at = p.path().isEmpty() ? "(toàn tệp / document)" : p.path();
            err.println("  " + at + ": " + p.message());
            err.println("    (" + p.messageEn() + ")");
        }
    }

    /** Prints a rule; {@code pack} is null for a core rule. */
    static void rule(PrintWriter out, RuleInfo rule, RulePack pack) {
        out.println(rule.id() + " — " + rule.title());
        out.println("  (" + rule.titleEn() + ")");
        out.println("Mức độ / severity: " + rule.severity().label() + " (" + rule.severity() + ")");
        out.println("Căn cứ / source:   " + rule.citation());
        out.println("Áp dụng / applies to: " + String.join(", ", rule.scopes().stream().sorted()
                .map(s -> s.label() + " (" + s + ")").toList()));
        out.println("Bộ quy tắc / pack: " + (pack == null
                ? "core (mọi lần kiểm tra / every check)" : pack.id() + " — " + pack.title()));
        out.println();
        out.println(rule.text());
        out.println("(" + rule.textEn() + ")");
    }
}
