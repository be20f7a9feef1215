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
                ReportCommand.class, TestCommand.class, InitCommand.class, MutateCommand.class},
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
        System.exit(run(args, new Utf8Output(System.out),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given output and error writers and returns the exit status. What a command
     * writes as UTF-8 bytes ({@code check --jsonl}) reaches a writer other than the one {@link #main} makes decoded.
     */
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
        cl.setExecutionExceptionHandler((e, c, parsed) -> internalError(err, e, debug));
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // what picocli lets through (an Error such as StackOverflowError, or a failing handler): still no trace
            return internalError(err, e, debug);
        }
    }

    /**
     * Reports a fault of the program itself: one line naming it, in both languages, and the stack trace only with
     * {@code --debug}. Returns {@link ExitCode#INTERNAL_ERROR}.
     */
    private static int internalError(PrintWriter err, Throwable e, boolean debug) {
        if (e instanceof OutOfMemoryError) {
            err.println("shcm-check không đủ bộ nhớ; hãy chạy java với -Xmx lớn hơn (tài liệu trong giới hạn cần tối đa "
                    + "khoảng 128 MiB).");
            err.println("(Out of memory; run java with a larger -Xmx: documents within the limits need at most about "
                    + "128 MiB of heap.)");
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        String what = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        err.println("Lỗi nội bộ của shcm-check (không phải lỗi của tệp kế hoạch): " + what);
        err.println("(Internal error of shcm-check, not of the plan; please report it with the output of --debug.)");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
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
