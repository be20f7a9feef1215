package vn.edu.shcm.rules.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.UnknownIdException;
import vn.edu.shcm.rules.model.Plan;

/** {@code shcm-check check}: checks plan files against a pack and prints the results. */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true,
        header = "Kiểm tra kế hoạch theo một bộ quy tắc. / Check plans against a rule pack.",
        description = {"Với nhiều tệp và --format json, mỗi kết quả một dòng (JSON Lines), theo thứ tự tệp.",
                "With several files and --format json, one result document per line (JSON Lines), in argument order.",
                "A file name of - reads one plan from standard input."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--pack", required = true, paramLabel = "PACK_ID",
            description = "Bộ quy tắc / the rule pack, e.g. tuyenquang-mn-2025 (see: shcm-check packs).")
    String packId;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Ngày tính hạn / the day deadlines are judged on (default: today in Vietnam).")
    LocalDate asOf;

    @CommandLine.Mixin
    FormatOption output;

    @Parameters(arity = "1..*", paramLabel = "PLAN.json", description = "Tệp kế hoạch / plan files; - for stdin.")
    List<String> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Checker checker = Checker.create();
        RulePack pack;
        try {
            pack = checker.packs().get(packId);
        } catch (UnknownIdException e) {
            err.println("Không có bộ quy tắc \"" + packId + "\". Các bộ có sẵn: " + String.join(", ", e.known()));
            err.println("(Unknown pack id; known: " + String.join(", ", e.known()) + ".)");
            return ExitCode.UNKNOWN_ID;
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(Checker.VIETNAM);
        int status = ExitCode.OK;
        boolean first = true;
        for (String file : files) {
            if (!output.json() && !first) {
                out.println();
                out.println("─".repeat(72));
                out.println();
            }
            first = false;
            status = ExitCode.worst(status, checkOne(checker, pack, file, day, out, err));
        }
        out.flush();
        return status;
    }

    private int checkOne(Checker checker, RulePack pack, String file, LocalDate day, PrintWriter out,
                         PrintWriter err) {
        try {
            Plan plan = read(file);
            CheckResult result;
            try {
                result = checker.check(plan, pack.id(), day);
            } catch (InvalidPlanException e) {
                throw e.withSource(file);
            }
            if (output.json()) {
                out.println(ExchangeFormat.writeResult(result));
            } else {
                TextReport.result(out, file, plan, pack, result);
            }
            return result.hasErrors() ? ExitCode.VIOLATIONS : ExitCode.OK;
        } catch (InvalidPlanException e) {
            if (output.json()) {
                out.println(JsonReports.inputError(file, e));
            } else {
                TextReport.inputError(err, file, e);
            }
            return ExitCode.INPUT_ERROR;
        } catch (UncheckedIOException e) {
            // the operating system's words (e.g. "Is a directory"), not Java's exception names
            String message = e.getCause() == null || e.getCause().getMessage() == null ? e.getMessage()
                    : e.getCause().getMessage();
            if (output.json()) {
                out.println(JsonReports.ioError(file, message));
            } else {
                err.println("Không đọc được tệp " + file + ": " + message);
                err.println("(Cannot read " + file + ".)");
            }
            return ExitCode.INPUT_ERROR;
        }
    }

    private static Plan read(String file) {
        if (file.equals("-")) {
            InputStream in = System.in;
            return ExchangeFormat.readPlan(in, "-");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new InvalidPlanException(file, List.of(new PlanProblem("", "Tên tệp không hợp lệ: " + e.getReason(),
                    "Invalid file name: " + e.getReason(), null)));
        }
        return ExchangeFormat.readPlan(path);
    }
}
