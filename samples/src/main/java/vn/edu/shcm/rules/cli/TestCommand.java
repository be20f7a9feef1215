package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.UnknownIdException;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.testkit.cases.CaseCoverage;
import vn.edu.shcm.rules.testkit.cases.CaseOutcome;
import vn.edu.shcm.rules.testkit.cases.InvalidCaseException;
import vn.edu.shcm.rules.testkit.cases.TestCases;

/**
 * {@code shcm-check test}: runs a pack's test cases, those of a pack directory ({@code DIR/cases}, the pack compiled
 * from {@code DIR}'s DRL) or of a shipped pack ({@code --pack ID --cases DIR}); one line per failing case, then
 * {@code N passed, M failed}.
 */
@Command(name = "test", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Chạy các ca kiểm thử của bộ quy tắc. / Run a rule pack's test cases.",
        description = {"Runs every case (*.json, see docs/test-cases.md) below DIR/cases against the pack in DIR "
                + "(pack.json and DRL files, compiled at run time), or below --cases against the shipped pack --pack. "
                + "Prints one line per failing case, the rules no case covers, and 'N passed, M failed'. "
                + "Exit status 0 when every case passes, 1 otherwise (2 for a broken case or pack)."})
final class TestCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Thư mục bộ quy tắc / the pack directory.")
    Path directory;

    @Option(names = "--pack", paramLabel = "ID", description = "Bộ quy tắc có sẵn / a shipped pack's id.")
    String packId;

    @Option(names = "--cases", paramLabel = "DIR",
            description = "Thư mục ca kiểm thử / the folder of cases (default: DIR/cases).")
    Path casesDirectory;

    @Option(names = "--verbose", description = "Also print each failing case's expected and actual findings.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((directory == null) == (packId == null)) {
            err.println("Cần đúng một trong hai: DIR, hoặc --pack ID --cases DIR.");
            err.println("(Give either a pack directory DIR, or --pack ID with --cases DIR.)");
            return ExitCode.INPUT_ERROR;
        }
        Path cases = casesDirectory != null ? casesDirectory : directory == null ? null : directory.resolve("cases");
        if (cases == null) {
            err.println("Thiếu --cases. (Missing --cases DIR for the shipped pack " + packId + ".)");
            return ExitCode.INPUT_ERROR;
        }
        Checker checker;
        RulePack pack;
        TestCases loaded;
        try {
            RulePacks packs = directory == null ? RulePacks.discover()
                    : RulePacks.of(DrlPacks.fromDirectory(directory));
            pack = packs.get(packId != null ? packId : packs.ids().get(0));
            pack.rules(); // compile now: a broken pack is an input error, not a failing case
            checker = Checker.builder().packs(packs).build();
            loaded = TestCases.load(cases);
        } catch (UnknownIdException e) {
            err.println("Không có bộ quy tắc \"" + packId + "\". (Unknown pack; known: " + String.join(", ", e.known())
                    + ".)");
            return ExitCode.UNKNOWN_ID;
        } catch (InvalidCaseException e) {
            err.println("Ca kiểm thử không hợp lệ. (Invalid test case.) " + e.getMessage());
            return ExitCode.INPUT_ERROR;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("Không nạp được bộ quy tắc hoặc ca kiểm thử. (Cannot load the pack or its cases.) "
                    + e.getMessage());
            return ExitCode.INPUT_ERROR;
        }
        List<CaseOutcome> outcomes = loaded.run(checker);
        int failed = 0;
        for (CaseOutcome o : outcomes) {
            if (!o.passed()) {
                failed++;
                out.println("FAIL " + o.testCase().name() + ": " + o.summary());
                if (verbose) {
                    o.problems().forEach(p -> out.println("    " + p));
                    out.println("  expected:");
                    o.expected().lines().forEach(l -> out.println("    " + l));
                    out.println("  actual:");
                    o.actual().lines().forEach(l -> out.println("    " + l));
                }
            }
        }
        CaseCoverage coverage = loaded.coverage(pack);
        if (!coverage.neverFiring().isEmpty()) {
            out.println("no case makes these rules fire: " + String.join(", ", coverage.neverFiring()));
        }
        if (!coverage.neverQuiet().isEmpty()) {
            out.println("no case expects these rules quiet: " + String.join(", ", coverage.neverQuiet()));
        }
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCode.OK : ExitCode.VIOLATIONS;
    }
}
