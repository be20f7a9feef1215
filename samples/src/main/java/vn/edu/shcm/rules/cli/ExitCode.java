package vn.edu.shcm.rules.cli;

/** The exit statuses of {@code shcm-check}, as the exchange-format spec fixes them (plus one for bugs). */
public final class ExitCode {

    /** No ERROR violation in any plan. */
    public static final int OK = 0;
    /** At least one ERROR violation. */
    public static final int VIOLATIONS = 1;
    /** An input error: a plan that cannot be read or checked, or a bad command line. */
    public static final int INPUT_ERROR = 2;
    /** An unknown pack or rule id. */
    public static final int UNKNOWN_ID = 3;
    /** A fault of the program itself, not of its input; {@code --debug} shows the stack trace. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }

    /** Combines the statuses of several plans: the most serious wins (3 over 2 over 1 over 0). */
    static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
