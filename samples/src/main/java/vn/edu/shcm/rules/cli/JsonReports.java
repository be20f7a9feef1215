package vn.edu.shcm.rules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;

/** Writes the command line's JSON documents other than check results (which the library writes). */
final class JsonReports {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReports() {
    }

    /** {@code {"file": ..., "inputErrors": [{"path", "message", "messageEn", "value"}...]}} on one line. */
    static String inputError(String file, InvalidPlanException e) {
        return ExchangeFormat.writeInputErrors(file, e.problems());
    }

    /** The same for problems of any input file (a waiver file). */
    static String inputError(String file, List<PlanProblem> problems) {
        return ExchangeFormat.writeInputErrors(file, problems);
    }

    /** {@code {"file": ..., "line": n, "inputErrors": [...]}} on one line, for a line of a JSON Lines input. */
    static String lineInputError(String file, long line, InvalidPlanException e) {
        return write(inputErrorNode(file, line, e.problems()));
    }

    private static ObjectNode inputErrorNode(String file, Long line, List<PlanProblem> problems) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("file", file);
        if (line != null) {
            doc.put("line", line);
        }
        ArrayNode errors = doc.putArray("inputErrors");
        for (PlanProblem p : problems) {
            ObjectNode n = errors.addObject();
            n.put("path", p.path());
            n.put("message", p.message());
            n.put("messageEn", p.messageEn());
            if (p.value() != null) {
                n.put("value", p.value());
            }
        }
        return doc;
    }

    static String ioError(String file, String message) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("file", file);
        ObjectNode n = doc.putArray("inputErrors").addObject();
        n.put("path", "");
        n.put("message", "Không đọc được tệp: " + message);
        n.put("messageEn", "Cannot read the file: " + message);
        return write(doc);
    }

    static ObjectNode pack(RulePack pack) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", pack.id());
        n.put("title", pack.title());
        n.put("titleEn", pack.titleEn());
        ObjectNode source = n.putObject("source");
        source.put("title", pack.source().title());
        source.put("issuer", pack.source().issuer());
        source.put("number", pack.source().number());
        source.put("issuedOn", pack.source().issuedOn() == null ? null : pack.source().issuedOn().toString());
        ObjectNode jurisdiction = n.putObject("jurisdiction");
        if (pack.jurisdiction().isNational()) {
            jurisdiction.put("national", true);
        } else {
            jurisdiction.put("province", pack.jurisdiction().province());
        }
        ObjectNode coverage = n.putObject("coverage");
        pack.coverage().levels().stream().sorted().forEach(l -> coverage.withArray("levels").add(l.name()));
        pack.coverage().scopes().stream().sorted().forEach(s -> coverage.withArray("scopes").add(s.name()));
        coverage.put("firstYear", pack.coverage().firstYear().toString());
        coverage.put("lastYear", pack.coverage().lastYear() == null ? null : pack.coverage().lastYear().toString());
        ObjectNode params = n.putObject("parameters");
        new java.util.TreeMap<>(pack.parameters()).forEach(params::put);
        ArrayNode rules = n.putArray("rules");
        pack.rules().forEach(r -> rules.add(rule(r)));
        vn.edu.shcm.rules.RulePacks.coreRules().forEach(r -> rules.add(rule(r)));
        return n;
    }

    static ObjectNode rule(RuleInfo r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("severity", r.severity().name());
        ObjectNode citation = n.putObject("citation");
        citation.put("document", r.citation().document());
        citation.put("section", r.citation().section());
        ArrayNode scopes = n.putArray("scopes");
        r.scopes().stream().sorted().forEach(s -> scopes.add(s.name()));
        n.put("title", r.title());
        n.put("titleEn", r.titleEn());
        n.put("text", r.text());
        n.put("textEn", r.textEn());
        return n;
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
