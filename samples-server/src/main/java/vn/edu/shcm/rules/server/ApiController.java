package vn.edu.shcm.rules.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.export.CheckedPlan;
import vn.edu.shcm.rules.export.HtmlReport;
import vn.edu.shcm.rules.model.Plan;

/**
 * The service's API. Plans come in and results go out in the exchange format (the starter's message converter);
 * input errors become problem details (the starter's handler).
 */
@RestController
@RequestMapping("/api")
class ApiController {

    private final Checker checker;
    private final HtmlReport report = HtmlReport.create();

    ApiController(Checker checker) {
        this.checker = checker;
    }

    /**
     * Checks the plan against the packs ({@code pack} repeated or comma-separated; none: the packs that apply to
     * the plan by its level, scope, year and province), as of {@code asOf} or today in Vietnam: the result
     * document.
     */
    @PostMapping(path = "/check", produces = MediaType.APPLICATION_JSON_VALUE)
    CheckResult check(@RequestBody Plan plan, @RequestParam(name = "pack", required = false) List<String> packs,
                      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                      LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(Checker.VIETNAM);
        List<String> ids = ids(packs);
        return ids.isEmpty() ? checker.check(plan, day) : checker.check(plan, ids, day);
    }

    /** The pack ids of the {@code pack} parameters, each of which may hold several, comma-separated. */
    private static List<String> ids(List<String> packs) {
        if (packs == null) {
            return List.of();
        }
        return packs.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Checks several plans, a JSON array of plan documents, against one pack: an array of result documents. Unlike
     * {@code /api/check}, the body is bound by the application's own JSON mapper (Jackson 2 on Boot 3.5, Jackson 3
     * on Boot 4), through the exchange format's module for that Jackson, which the starter registers.
     */
    @PostMapping(path = "/check-all", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CheckResult> checkAll(@RequestBody List<Plan> plans, @RequestParam(name = "pack", required = false)
                               List<String> packs, @RequestParam(name = "asOf", required = false)
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return plans.stream().map(p -> check(p, packs, asOf)).toList();
    }

    /** Answers the check as the self-contained HTML report. */
    @PostMapping(path = "/report", produces = MediaType.TEXT_HTML_VALUE)
    String report(@RequestBody Plan plan, @RequestParam(name = "pack", required = false) List<String> packs,
                  @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(Checker.VIETNAM);
        List<String> ids = ids(packs);
        return report.html(ids.isEmpty() ? CheckedPlan.check(checker, plan, day)
                : CheckedPlan.check(checker, plan, ids, day));
    }

    /** Lists the packs: id, titles, jurisdiction, source document and coverage. */
    @GetMapping(path = "/packs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> packs() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RulePack pack : checker.packs().all()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", pack.id());
            p.put("title", pack.title());
            p.put("titleEn", pack.titleEn());
            p.put("jurisdiction", pack.jurisdiction().toString());
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("title", pack.source().title());
            source.put("issuer", pack.source().issuer());
            source.put("number", pack.source().number());
            source.put("issuedOn", pack.source().issuedOn() == null ? null : pack.source().issuedOn().toString());
            p.put("source", source);
            Map<String, Object> coverage = new LinkedHashMap<>();
            coverage.put("levels", pack.coverage().levels().stream().sorted().map(Enum::name).toList());
            coverage.put("scopes", pack.coverage().scopes().stream().sorted().map(Enum::name).toList());
            coverage.put("firstYear", pack.coverage().firstYear().toString());
            coverage.put("lastYear", pack.coverage().lastYear() == null ? null
                    : pack.coverage().lastYear().toString());
            p.put("coverage", coverage);
            p.put("rules", pack.rules().size());
            out.add(p);
        }
        return out;
    }
}
