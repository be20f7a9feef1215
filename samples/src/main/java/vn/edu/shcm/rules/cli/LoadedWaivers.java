package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidWaiversException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.Waiver;

/**
 * The {@code --waivers FILE} of {@code check}: read once, before any plan, and refused as a whole when it cannot be
 * used. A file that is not a valid waiver file is an input error (exit 2, every problem with its JSON pointer); a
 * waiver naming a rule that the pack does not run is an unknown rule id (exit 3), as the spec fixes for unknown ids,
 * so that a mistyped rule id never silently waives nothing.
 *
 * @param waivers the waivers read, when {@code status} is {@link ExitCode#OK}
 * @param status OK, or the exit status to end with
 */
record LoadedWaivers(List<Waiver> waivers, int status) {

    LoadedWaivers {
        waivers = List.copyOf(waivers);
    }

    /** Reads the file and checks its rule ids against the pack; prints what is wrong, if anything. */
    static LoadedWaivers load(String file, List<RulePack> packs, boolean json, PrintWriter out, PrintWriter err) {
        List<Waiver> waivers;
        try {
            waivers = ExchangeFormat.readWaivers(Path.of(file));
        } catch (InvalidPathException e) {
            return inputError(file, List.of(new PlanProblem("", "Tên tệp không hợp lệ: " + e.getReason(),
                    "Invalid file name: " + e.getReason(), null)), json, out, err);
        } catch (InvalidWaiversException e) {
            return inputError(file, e.problems(), json, out, err);
        } catch (UncheckedIOException e) {
            String message = e.getCause() == null ? e.getMessage() : e.getCause().toString();
            return inputError(file, List.of(new PlanProblem("", "Không đọc được tệp: " + message,
                    "Cannot read the file: " + message, null)), json, out, err);
        }
        List<String> known = PackChoice.orderedRuleIds(packs);
        String ids = String.join(", ", packs.stream().map(RulePack::id).toList());
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            String ruleId = waivers.get(i).ruleId();
            if (!known.contains(ruleId)) {
                unknown.add("/waivers/" + i + "/ruleId: " + ruleId);
            }
        }
        if (!unknown.isEmpty()) {
            err.println("Tệp miễn trừ " + file + ": bộ quy tắc " + ids + " không có quy tắc:");
            err.println("(Waiver file " + file + ": pack " + ids + " has no rule:)");
            unknown.forEach(u -> err.println("  " + u));
            err.println("Các quy tắc của bộ / the pack's rules: " + String.join(", ", known));
            return new LoadedWaivers(List.of(), ExitCode.UNKNOWN_ID);
        }
        return new LoadedWaivers(waivers, ExitCode.OK);
    }

    private static LoadedWaivers inputError(String file, List<PlanProblem> problems, boolean json, PrintWriter out,
                                         PrintWriter err) {
        if (json) {
            out.println(JsonReports.inputError(file, problems));
        } else {
            err.println("Tệp miễn trừ " + file + ": không đọc được (" + problems.size() + " vấn đề).");
            err.println("(Waiver file " + file + " cannot be read; " + problems.size() + " problem(s).)");
            TextReport.problems(err, problems);
        }
        return new LoadedWaivers(List.of(), ExitCode.INPUT_ERROR);
    }
}
