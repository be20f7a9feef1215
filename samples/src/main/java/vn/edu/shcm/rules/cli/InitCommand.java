package vn.edu.shcm.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;

/**
 * {@code shcm-check init}: writes a pack directory that {@code shcm-check test} passes: {@code pack.json}, one DRL
 * file with one rule (at least two sessions in the school year), a plan and one case each way.
 */
@Command(name = "init", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Tạo khung một bộ quy tắc mới. / Start a new rule pack.",
        description = {"Writes DIR/pack.json, DIR/rules.drl (one rule: at least two sessions a school year), "
                + "DIR/cases/plans/plan.json and two cases, one where the rule is met and one where it is broken. "
                + "'shcm-check test DIR' passes on it; edit from there (docs/writing-a-pack.md). DIR must not exist "
                + "or be empty."})
final class InitCommand implements Callable<Integer> {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Parameters(index = "0", paramLabel = "PACK_ID", description = "e.g. hanoi-thcs-2026 (lower case, digits, -).")
    String packId;

    @Parameters(index = "1", paramLabel = "DIR", description = "The directory to write.")
    Path directory;

    @Option(names = "--level", defaultValue = "MAM_NON", description = "The level covered: ${COMPLETION-CANDIDATES}.")
    Level level;

    @Option(names = "--scope", defaultValue = "CLUSTER", description = "The scope covered: ${COMPLETION-CANDIDATES}.")
    Scope scope;

    @Option(names = "--province", paramLabel = "NAME",
            description = "The province whose guideline it is, as the packs name them (e.g. \"Lào Cai\"); "
                    + "without it the pack is national: it applies to plans of every province.")
    String province;

    @Option(names = "--first-year", defaultValue = "2025-2026", paramLabel = "YYYY-YYYY",
            description = "The first school year covered (default: ${DEFAULT-VALUE}).")
    String firstYear;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ID.matcher(packId).matches()) {
            err.println("Mã bộ quy tắc chỉ gồm chữ thường, chữ số và dấu '-': " + packId);
            err.println("(A pack id is lower-case letters, digits and '-', e.g. hanoi-thcs-2026.)");
            return ExitCode.INPUT_ERROR;
        }
        SchoolYear year;
        try {
            year = SchoolYear.parse(firstYear);
        } catch (RuntimeException e) {
            err.println("Năm học không hợp lệ / not a school year YYYY-YYYY: " + firstYear);
            return ExitCode.INPUT_ERROR;
        }
        if (Files.exists(directory) && (!Files.isDirectory(directory) || hasFiles(directory))) {
            err.println(directory + " đã có và không rỗng. (" + directory + " exists and is not empty.)");
            return ExitCode.INPUT_ERROR;
        }
        Map<String, String> files = files(year);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = directory.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
            out.println("wrote " + target);
        }
        out.println("Next: shcm-check test " + directory);
        return ExitCode.OK;
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.findAny().isPresent();
        }
    }

    Map<String, String> files(SchoolYear year) {
        String pkg = "shcm.packs." + packId.replace('-', '_');
        int start = year.startYear();
        // a school year without a built-in calendar needs the plan's own: these dates are placeholders to replace
        // with the dates the ministry and the province decide for that year (docs/writing-a-pack.md)
        String calendar = SchoolCalendar.builtIn(year).isPresent() ? "" : """
                  "calendar": {
                    "start": "%d-09-05",
                    "semester1End": "%d-01-17",
                    "end": "%d-05-31"
                  },
                """.formatted(start, start + 1, start + 1);
        String jurisdiction = province == null ? "{ \"national\": true }"
                : "{ \"province\": \"" + province.replace("\\", "").replace("\"", "") + "\" }";
        Map<String, String> vars = Map.of("JURISDICTION", jurisdiction, "CALENDAR", calendar, "ID", packId,
                "LEVEL", level.name(), "SCOPE", scope.name(), "YEAR", year.toString(), "PKG", pkg, "D1", start + "-10-15", "D2", (start + 1) + "-03-15",
                "ASOF", (start + 1) + "-06-15");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pack.json", fill("""
                {
                  "id": "${ID}",
                  "title": "Tên văn bản hướng dẫn (sửa lại)",
                  "titleEn": "The guideline's title (edit me)",
                  "source": {
                    "title": "Tên văn bản hướng dẫn (sửa lại)",
                    "issuer": "Cơ quan ban hành (sửa lại)",
                    "number": null,
                    "issuedOn": null,
                    "url": null
                  },
                  "jurisdiction": ${JURISDICTION},
                  "coverage": {
                    "levels": ["${LEVEL}"],
                    "scopes": ["${SCOPE}"],
                    "firstYear": "${YEAR}",
                    "lastYear": null
                  },
                  "parameters": {},
                  "ruleFiles": ["rules.drl"],
                  "rules": {
                    "${ID}:min-sessions-per-year": {
                      "title": "Ít nhất 02 lần/năm học",
                      "titleEn": "At least two sessions a school year",
                      "text": "Sinh hoạt chuyên môn ít nhất 02 lần/năm học (dự kiến hoặc đã tổ chức).",
                      "textEn": "At least two planned or held sessions in the school year.",
                      "messages": {
                        "default": {
                          "vi": "Kế hoạch có {actual} buổi sinh hoạt trong năm học; cần ít nhất {required}.",
                          "en": "The plan has {actual} session(s) in the school year; at least {required} are required."
                        }
                      }
                    }
                  }
                }
                """, vars));
        files.put("rules.drl", fill("""
                package ${PKG};

                import vn.edu.shcm.rules.facts.Findings;
                import vn.edu.shcm.rules.facts.Period;
                import vn.edu.shcm.rules.facts.PeriodKind;

                // One rule per clause of the guideline: quote the clause, then say it as patterns over the facts
                // (docs/writing-a-pack.md lists them). The rule's name is its id, as in pack.json.

                rule "${ID}:min-sessions-per-year"
                    @severity("ERROR") @source("mục ... (sửa lại: the clause)")
                when
                    // "... ít nhất 02 lần/năm học"
                    $y : Period( kind == PeriodKind.SCHOOL_YEAR, sessions < 2 )
                then
                    Findings.at(kcontext, "/sessions").with("required", 2).with("actual", $y.sessions()).violation();
                end
                """, vars));
        files.put("cases/plans/plan.json", fill("""
                {
                  "id": "example-plan",
                  "schoolYear": "${YEAR}",
                  "level": "${LEVEL}",
                  "scope": "${SCOPE}",
                ${CALENDAR}  "cluster": {
                    "name": "Cụm ví dụ",
                    "head": "a",
                    "deputy": "b",
                    "members": [
                      { "id": "a", "name": "Trường A" },
                      { "id": "b", "name": "Trường B" }
                    ]
                  },
                  "sessions": [
                    { "id": "s1", "date": "${D1}", "host": "a" },
                    { "id": "s2", "date": "${D2}", "host": "b" }
                  ]
                }
                """, vars));
        files.put("cases/min-sessions-per-year/two-sessions-comply.json", fill("""
                {
                  "description": "Two sessions in the school year: the rule is met, and nothing else fires.",
                  "packs": ["${ID}"],
                  "asOf": "${ASOF}",
                  "planFile": "../plans/plan.json",
                  "expect": { "exactly": true }
                }
                """, vars));
        files.put("cases/min-sessions-per-year/one-session-violates.json", fill("""
                {
                  "description": "One session only: one ERROR at /sessions, with the figures.",
                  "packs": ["${ID}"],
                  "asOf": "${ASOF}",
                  "planFile": "../plans/plan.json",
                  "edits": [
                    { "remove": "/sessions/1", "why": "leave one session" }
                  ],
                  "expect": {
                    "violations": [
                      { "rule": "min-sessions-per-year", "path": "/sessions", "severity": "ERROR",
                        "details": { "required": 2, "actual": 1 } }
                    ],
                    "exactly": true
                  }
                }
                """, vars));
        return files;
    }

    private static String fill(String template, Map<String, String> vars) {
        String s = template;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            s = s.replace("${" + v.getKey() + "}", v.getValue());
        }
        return s;
    }
}
