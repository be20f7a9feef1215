package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edu.shcm.rules.testkit.cases.InvalidCaseException;
import vn.edu.shcm.rules.testkit.mutation.Mutant;
import vn.edu.shcm.rules.testkit.mutation.MutationReport;
import vn.edu.shcm.rules.testkit.mutation.MutationTesting;

/**
 * {@code shcm-check mutate}: mutation testing of a pack's rules against its cases; prints each surviving mutant
 * and {@code killed K of N}.
 */
@Command(name = "mutate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Kiểm thử đột biến các quy tắc của bộ. / Mutation-test a pack's rules against its cases.",
        description = {"Makes small changes to each rule of the pack in DIR (a constraint dropped, < and <=, > and >= "
                + "swapped, each number moved by one, a test negated, the severity swapped), compiles each changed "
                + "pack and runs the cases (DIR/cases, or --cases) against it. A mutant is killed when some case "
                + "fails. Prints each survivor and 'killed K of N'; exit status 0 when the score reaches --min-score, "
                + "1 otherwise."})
final class MutateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Thư mục bộ quy tắc / the pack directory (pack.json, DRL files).")
    Path directory;

    @Option(names = "--cases", paramLabel = "DIR", description = "The folder of cases (default: DIR/cases).")
    Path casesDirectory;

    @Option(names = "--min-score", paramLabel = "PERCENT", defaultValue = "0",
            description = "Exit 1 when fewer than PERCENT %% of the mutants are killed (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--progress", description = "Print each mutant's fate as it is judged (to standard error).")
    boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MutationReport report;
        try {
            report = MutationTesting.run(directory, casesDirectory != null ? casesDirectory
                    : directory.resolve("cases"), progress ? err::println : line -> { });
        } catch (InvalidCaseException e) {
            err.println("Ca kiểm thử không hợp lệ. (Invalid test case.) " + e.getMessage());
            return ExitCode.INPUT_ERROR;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("Không chạy được kiểm thử đột biến. (Cannot mutation-test the pack.) " + e.getMessage());
            return ExitCode.INPUT_ERROR;
        }
        for (Mutant m : report.survivors()) {
            out.println("survived: " + m.describe());
        }
        out.println(report.packId() + ": " + report.cases() + " cases, " + report.stillborn().size()
                + " mutants did not compile, " + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * report.score())
                + ", " + report.elapsed().toSeconds() + " s");
        out.println(report.summaryLine());
        return 100 * report.score() >= minScore ? ExitCode.OK : ExitCode.VIOLATIONS;
    }
}
