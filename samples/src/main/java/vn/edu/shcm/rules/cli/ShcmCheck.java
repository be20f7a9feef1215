package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code shcm-check} command line: checks plans against rule packs, lists the packs and explains rules.
 *
 * <p>Exit status: 0 no ERROR violation, 1 at least one ERROR violation, 2 input error, 3 unknown pack or rule
 * id, 4 internal error.
 */
@Command(name = "shcm-check", mixinStandardHelpOptions = true, versionProvider = ShcmCheck.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        header = "Kiểm tra kế hoạch sinh hoạt chuyên môn theo hướng dẫn của Sở/Phòng GDĐT.%n"
                + "Checks professional-meeting plans against the guideline that governs them.",
        subcommands = {CheckCommand.class, PacksCommand.class, ExplainCommand.class, CalendarCommand.class,
                ReportCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no ERROR violation (không có lỗi)", "1:at least one ERROR violation (có lỗi)",
                "2:input error (dữ liệu đầu vào không hợp lệ)", "3:unknown pack or rule id (không có mã này)",
                "4:internal error (lỗi nội bộ)"})
public final class ShcmCheck implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and debug logging (for bug reports).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given output and error writers and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        }
        CommandLine cl = new CommandLine(new ShcmCheck());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("Lỗi dòng lệnh: " + e.getMessage());
            err.println("(Command-line error. Use --help for usage.)");
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            err.println("Lỗi nội bộ của shcm-check: " + e);
            err.println("(Internal error; please report it with the output of --debug.)");
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ShcmCheck.class.getPackage().getImplementationVersion();
            return new String[] {"shcm-check " + (v == null ? "(development build)" : v)};
        }
    }
}
