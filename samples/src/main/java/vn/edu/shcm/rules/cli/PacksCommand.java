package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;

/** {@code shcm-check packs}: lists every pack found on the class path, with its rules. */
@Command(name = "packs", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Liệt kê các bộ quy tắc và quy tắc. / List every rule pack with its rules.")
final class PacksCommand implements Callable<Integer> {

    @CommandLine.Mixin
    FormatOption output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RulePacks packs = RulePacks.discover();
        if (output.json()) {
            var array = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
            packs.all().forEach(p -> array.add(JsonReports.pack(p)));
            out.println(JsonReports.write(array));
            return ExitCode.OK;
        }
        boolean first = true;
        for (RulePack pack : packs.all()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(pack.id() + " — " + pack.title());
            out.println("  (" + pack.titleEn() + ")");
            out.println("  Phạm vi / jurisdiction: " + pack.jurisdiction().label()
                    + (pack.jurisdiction().isNational() ? " (national)" : ""));
            out.println("  Áp dụng / covers: " + pack.coverage().levelLabels() + " · " + pack.coverage().scopeLabels()
                    + " · " + pack.coverage().years());
            out.println("  Văn bản / source: " + pack.source().title() + " — " + pack.source().issuer()
                    + (pack.source().number() == null ? "" : ", số " + pack.source().number()));
            List<RuleInfo> core = RulePacks.coreRules();
            out.println("  Quy tắc / rules (" + pack.rules().size() + " + " + core.size() + " core):");
            for (RuleInfo r : Stream.concat(pack.rules().stream(), core.stream()).toList()) {
                out.println(String.format("    %-7s %-58s %s", r.severity(), r.id(), r.title()));
            }
        }
        if (packs.all().isEmpty()) {
            out.println("Không tìm thấy bộ quy tắc nào trên class path. (No rule pack on the class path.)");
        }
        return ExitCode.OK;
    }
}
