package vn.edu.shcm.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.export.CheckedPlan;
import vn.edu.shcm.rules.model.Plan;

/**
 * What {@code calendar} and {@code report} share: check one plan against packs as of a day, like {@code check}, and
 * write what the subclass renders to standard output or a file. Exit statuses as {@code check}'s: 0, or 1 when the
 * plan has an ERROR violation (the output is complete all the same), 2 input error, 3 unknown pack.
 */
abstract class ExportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RunOptions run;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Ngày tính hạn / the day deadlines are judged on (default: today in Vietnam).")
    LocalDate asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Ghi ra tệp thay vì màn hình / write to FILE (UTF-8) instead of standard output.")
    String outputFile;

    @Parameters(arity = "1", paramLabel = "PLAN.json", description = "Tệp kế hoạch / the plan file; - for stdin.")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Renders the checked plan. */
    abstract String render(CheckedPlan checked);

    /** Names what was written, in Vietnamese and English, e.g. {@code lịch} / {@code calendar}. */
    abstract String[] what();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RulePacks packs = RulePacks.discover();
        if (!run.packsKnown(packs, err)) {
            return ExitCode.UNKNOWN_ID;
        }
        int[] status = {ExitCode.OK};
        Checker checker = run.checker(packs, false, out, err, status);
        if (checker == null) {
            return status[0];
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(Checker.VIETNAM);
        CheckedPlan checked;
        try {
            Plan plan = CheckCommand.read(file);
            try {
                checked = run.packIds.isEmpty() ? CheckedPlan.check(checker, plan, day)
                        : CheckedPlan.check(checker, plan, run.packIds, day);
            } catch (InvalidPlanException e) {
                throw e.withSource(file);
            }
        } catch (InvalidPlanException e) {
            TextReport.inputError(err, file, e);
            return ExitCode.INPUT_ERROR;
        } catch (UncheckedIOException e) {
            err.println("Không đọc được tệp " + file + ": " + (e.getCause() == null ? e.getMessage() : e.getCause()));
            err.println("(Cannot read " + file + ".)");
            return ExitCode.INPUT_ERROR;
        }
        String text = render(checked);
        if (outputFile == null) {
            out.print(text);
            out.flush();
        } else {
            try {
                Files.writeString(Path.of(outputFile), text, StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                err.println("Không ghi được tệp " + outputFile + ": " + e.getMessage());
                err.println("(Cannot write " + outputFile + ".)");
                return ExitCode.INPUT_ERROR;
            }
        }
        int errors = checked.result().violations(Severity.ERROR).size();
        if (errors > 0) {
            err.println("Kế hoạch có " + errors + " lỗi (xem shcm-check check); " + what()[0] + " vẫn được ghi đầy đủ.");
            err.println("(The plan has " + errors + " error(s); the " + what()[1] + " is complete all the same.)");
            return ExitCode.VIOLATIONS;
        }
        return ExitCode.OK;
    }
}
