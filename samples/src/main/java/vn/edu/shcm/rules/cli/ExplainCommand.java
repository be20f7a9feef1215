package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.UnknownIdException;

/** {@code shcm-check explain RULE_ID}: prints a rule's text, source clause and severity. */
@Command(name = "explain", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Giải thích một quy tắc. / Explain a rule: its text, source clause and severity.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE_ID", description = "e.g. tuyenquang-mn-2025:session-per-quarter")
    String ruleId;

    @CommandLine.Mixin
    FormatOption output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RulePacks packs = RulePacks.discover();
        RuleInfo rule;
        try {
            rule = packs.rule(ruleId);
        } catch (UnknownIdException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Không có quy tắc \"" + ruleId + "\". (Unknown rule id.)");
            err.println("Các mã có thể / known ids: " + String.join(", ", e.known()));
            return ExitCode.UNKNOWN_ID;
        }
        if (output.json()) {
            out.println(JsonReports.write(JsonReports.rule(rule)));
        } else {
            TextReport.rule(out, rule, rule.packId().equals("core") ? null : packs.get(rule.packId()));
        }
        return ExitCode.OK;
    }
}
