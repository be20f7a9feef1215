package vn.edu.shcm.rules.cli;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.model.Plan;

/**
 * {@code shcm-check check}: checks plan files, or a JSON Lines stream of plans, against the packs named, or those
 * that apply to each plan.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Kiểm tra kế hoạch theo các bộ quy tắc. / Check plans against rule packs.",
        description = {"Với nhiều tệp và --format json, mỗi kết quả một dòng (JSON Lines), theo thứ tự tệp.",
                "With several files and --format json, one result document per line (JSON Lines), in argument order.",
                "A file name of - reads one plan from standard input."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RunOptions run;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Ngày tính hạn / the day deadlines are judged on (default: today in Vietnam).")
    LocalDate asOf;

    @Option(names = "--waivers", paramLabel = "WAIVERS.json",
            description = "Tệp miễn trừ / waiver file: the violations it covers are listed as waived, not as errors.")
    String waiversFile;

    @CommandLine.Mixin
    FormatOption output;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = {"Đọc mỗi dòng một kế hoạch (JSON Lines; - là stdin) và ghi mỗi dòng một kết quả, đúng thứ tự.",
                    "Reads one plan per line (JSON Lines; - for stdin) and writes one result per line, in order, in "
                            + "constant memory; a line that cannot be checked gives {\"file\", \"line\", "
                            + "\"inputErrors\"} and the run goes on. Output is always JSON."})
    String jsonl;

    @Option(names = "--threads", paramLabel = "N",
            description = "Luồng xử lý cho --jsonl / worker threads for --jsonl (default: the number of processors).")
    Integer threads;

    @Option(names = "--drl", paramLabel = "DIR",
            description = {"Dành cho người viết bộ quy tắc: biên dịch các tệp DRL trong DIR (có pack.json) lúc chạy. "
                    + "Quy tắc chạy như mã chương trình, với mọi quyền của chương trình: chỉ dùng bộ quy tắc do "
                    + "mình viết hoặc tin cậy.",
                    "For pack authors (development path): compile the DRL files in DIR, next to their pack.json, at "
                            + "run time and check with that pack. Shipped packs load only from the class path; this "
                            + "option is the only way to run rules that are not shipped. The rules run as code with "
                            + "this program's rights: use only packs you wrote or trust."})
    Path drl;

    @Parameters(arity = "0..*", paramLabel = "PLAN.json", description = "Tệp kế hoạch / plan files; - for stdin.")
    List<String> files = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((jsonl == null) == files.isEmpty()) {
            err.println("Cần đúng một trong hai: các tệp kế hoạch, hoặc --jsonl TỆP.");
            err.println("(Give either plan files or --jsonl FILE, not both and not neither.)");
            return ExitCode.INPUT_ERROR;
        }
        Checker checker;
        PackChoice choice;
        RulePacks packs;
        try {
            packs = drl == null ? RulePacks.discover() : RulePacks.of(DrlPacks.fromDirectory(drl));
            if (drl != null) {
                packs.all().get(0).rules(); // compile now, so that a broken pack fails here, as an input error
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("Không nạp được bộ quy tắc trong " + drl + ": " + e.getMessage());
            err.println("(Cannot load the pack in " + drl + ".)");
            return ExitCode.INPUT_ERROR;
        }
        if (!run.packsKnown(packs, err)) {
            return ExitCode.UNKNOWN_ID;
        }
        choice = drl != null && run.packIds.isEmpty() ? new PackChoice(packs.ids()) : run.choice();
        int[] status0 = {ExitCode.OK};
        checker = run.checker(packs, output.json(), out, err, status0);
        if (checker == null) {
            return status0[0];
        }
        List<Waiver> waivers = List.of();
        if (waiversFile != null) {
            LoadedWaivers loaded = LoadedWaivers.load(waiversFile, choice.waiverPacks(packs), output.json(), out, err);
            if (loaded.status() != ExitCode.OK) {
                return loaded.status();
            }
            waivers = loaded.waivers();
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(Checker.VIETNAM);
        if (jsonl != null) {
            return checkJsonLines(checker, choice, day, waivers, out, err);
        }
        int status = ExitCode.OK;
        boolean first = true;
        for (String file : files) {
            if (!output.json() && !first) {
                out.println();
                out.println("─".repeat(72));
                out.println();
            }
            first = false;
            status = ExitCode.worst(status, checkOne(checker, choice, file, day, waivers, out, err));
        }
        out.flush();
        return status;
    }

    private int checkJsonLines(Checker checker, PackChoice choice, LocalDate day, List<Waiver> waivers,
                               PrintWriter out, PrintWriter err) {
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        // bytes in, bytes out: the lines are split as bytes and the workers' UTF-8 results written as they are
        try (InputStream in = jsonl.equals("-") ? System.in : Files.newInputStream(Path.of(jsonl))) {
            return new JsonLinesRun(checker, choice, day, waivers, jsonl).run(JsonLinesRun.lines(in),
                    new BufferedOutputStream(Utf8Output.bytesOf(out), 64 * 1024), workers);
        } catch (java.io.IOException | InvalidPathException | UncheckedIOException e) {
            err.println("Không đọc được " + jsonl + ": " + e.getMessage());
            err.println("(Cannot read " + jsonl + ".)");
            return ExitCode.INPUT_ERROR;
        }
    }

    private int checkOne(Checker checker, PackChoice choice, String file, LocalDate day, List<Waiver> waivers,
                         PrintWriter out, PrintWriter err) {
        try {
            Plan plan = read(file);
            CheckResult result;
            try {
                result = choice.check(checker, plan, day, waivers);
            } catch (InvalidPlanException e) {
                throw e.withSource(file);
            }
            if (output.json()) {
                out.println(ExchangeFormat.writeResult(result));
            } else {
                TextReport.result(out, file, plan, result.packIds().stream().map(checker.packs()::get).toList(),
                        result);
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

    static Plan read(String file) {
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
