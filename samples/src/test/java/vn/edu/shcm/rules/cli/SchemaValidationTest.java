package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.ExchangeFormat;

/**
 * The JSON Schemas of {@code docs/schema} (draft 2020-12, checked with networknt json-schema-validator) accept every
 * document the project ships or prints: the example plans, the waiver files, the calendar files and rules-core's
 * built-in table, the result documents of every example check (several packs included, with and without
 * waivers), input-error and JSON Lines line-error documents, and {@code packs --format json}; and they reject what
 * the reader rejects for its shape (an unknown field, a wrong enum name, a date that is no date).
 */
class SchemaValidationTest {

    static final Path ROOT = Path.of("..");
    static final Path SCHEMAS = ROOT.resolve("docs/schema");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static final Schema PLAN = schema("plan");
    static final Schema RESULT = schema("result");
    static final Schema WAIVERS = schema("waivers");
    static final Schema CALENDARS = schema("calendars");
    static final Schema INPUT_ERRORS = schema("input-errors");
    static final Schema PACKS = schema("packs");

    @TempDir
    Path dir;

    static Schema schema(String name) {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(name + ".schema.json"))) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static void assertValid(Schema schema, JsonNode doc, String what) {
        List<Error> errors = schema.validate(doc);
        assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList(),
                what);
    }

    static List<Path> files(Path folder, String suffix, String notSuffix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(suffix) && (notSuffix == null || !p.toString().endsWith(notSuffix)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> examplePlans() {
        List<Path> plans = new ArrayList<>(files(Path.of("plans"), ".json", ".examples.json"));
        plans.addAll(files(ROOT.resolve("rules-core/src/test/resources/plans"), ".json", null));
        return plans.stream();
    }

    @Test
    void thereArePlansToValidate() {
        assertTrue(examplePlans().count() >= 18, "example plans found: " + examplePlans().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplePlans")
    void everyExamplePlanIsAValidPlanDocument(Path plan) {
        assertValid(PLAN, read(plan), plan.toString());
    }

    @Test
    void everyWaiverFileIsAValidWaiverFile() {
        List<Path> waivers = files(Path.of("waivers"), ".json", null);
        assertFalse(waivers.isEmpty());
        waivers.forEach(w -> assertValid(WAIVERS, read(w), w.toString()));
    }

    @Test
    void everyCalendarFileAndTheBuiltInTableAreValidCalendarFiles() {
        List<Path> calendars = new ArrayList<>(files(Path.of("calendars"), ".json", null));
        calendars.add(ROOT.resolve("rules-core/src/main/resources/vn/edu/shcm/rules/calendar/school-years.json"));
        assertTrue(calendars.size() >= 2, calendars.toString());
        calendars.forEach(c -> assertValid(CALENDARS, read(c), c.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.edu.shcm.rules.cli.ExamplePlansTest#examples")
    void theResultOrInputErrorOfEveryExampleCheckIsValid(ExamplePlansTest.Example example) {
        Cli cli = Cli.run("check", "--pack", example.pack(), "--as-of", example.asOf(), "--format", "json",
                ExamplePlansTest.PLANS.resolve(example.file()).toString());
        JsonNode doc = tree(cli.out());
        if (example.inputErrors().isEmpty()) {
            assertValid(RESULT, doc, example.file());
            assertEquals(List.of(example.pack().split(",")).stream().sorted().toList(),
                    ExamplePlansTest.strings(doc.get("packs")));
        } else {
            assertValid(INPUT_ERRORS, doc, example.file());
        }
    }

    @Test
    void aResultWithWaivedExpiredAndUnusedWaiversIsValid() throws IOException {
        Path waivers = dir.resolve("w.json");
        ObjectNode file = (ObjectNode) read(Path.of(CheckWaiversTest.WAIVERS));
        ArrayNode list = (ArrayNode) file.get("waivers");
        ObjectNode unused = (ObjectNode) tree(CheckWaiversTest.waiver("tuyenquang-mn-2025:plan-fields", "2026-06-30"));
        list.add(unused.put("path", "/nowhere"));
        list.add(tree(CheckWaiversTest.waiver("tuyenquang-mn-2025:session-per-quarter", "2025-01-01")));
        Files.writeString(waivers, file.toString());
        Cli cli = CheckWaiversTest.check("--format", "json", "--waivers", waivers.toString(), CheckWaiversTest.PLAN);
        JsonNode doc = tree(cli.out());
        assertValid(RESULT, doc, cli.out());
        assertTrue(doc.has("waived") && doc.has("expiredWaivers") && doc.has("unusedWaivers"), cli.out());
    }

    @Test
    void severalFilesGiveOneValidDocumentPerLine() {
        Cli cli = Cli.run("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", "--format", "json",
                "plans/tuyen-quang-mn-2025-2026.json", "plans/tuyen-quang-mn-2025-2026-dat.json");
        List<String> lines = cli.out().lines().toList();
        assertEquals(2, lines.size(), cli.out());
        lines.forEach(l -> assertValid(RESULT, tree(l), l));
    }

    @Test
    void inputErrorsOfAPlanAWaiverFileAndACalendarFileAreValidInputErrorDocuments() throws IOException {
        Path plan = dir.resolve("bad-plan.json");
        Files.writeString(plan, "{\"id\": \"p\", \"schoolYear\": \"2025-2027\", \"level\": \"MN\", \"scope\": \"CLUSTER\","
                + " \"sessions\": [{\"id\": \"s\", \"date\": \"2025-02-30\"}], \"colour\": 1}");
        Path malformed = dir.resolve("malformed.json");
        Files.writeString(malformed, "{\"id\": \"p\",\n  }");
        Path waivers = dir.resolve("bad-waivers.json");
        Files.writeString(waivers, "{\"waivers\": [{\"ruleId\": \"x\", \"reason\": \" \"}]}");
        Path calendars = dir.resolve("bad-calendars.json");
        Files.writeString(calendars, "{\"schoolYears\": [{\"schoolYear\": \"2030\"}]}");
        List<Cli> runs = List.of(
                Cli.run("check", "--pack", "tuyenquang-mn-2025", "--format", "json", plan.toString()),
                Cli.run("check", "--pack", "tuyenquang-mn-2025", "--format", "json", malformed.toString()),
                Cli.run("check", "--pack", "tuyenquang-mn-2025", "--format", "json", "--waivers", waivers.toString(),
                        "plans/tuyen-quang-mn-2025-2026.json"),
                Cli.run("check", "--pack", "tuyenquang-mn-2025", "--format", "json", "--calendars",
                        calendars.toString(), "plans/tuyen-quang-mn-2025-2026.json"));
        for (Cli cli : runs) {
            assertEquals(ExitCode.INPUT_ERROR, cli.status(), cli.out() + cli.err());
            JsonNode doc = tree(cli.out().lines().findFirst().orElseThrow());
            assertValid(INPUT_ERRORS, doc, cli.out());
            assertFalse(doc.has("line"));
        }
    }

    @Test
    void aJsonLinesLineErrorIsAValidInputErrorDocumentWithItsLine() throws IOException {
        String good = read(Path.of("plans/tuyen-quang-mn-2025-2026.json")).toString();
        Path jsonl = dir.resolve("plans.jsonl");
        Files.writeString(jsonl, good + "\n{\"id\": \"p\", \"level\": \"X\"}\n" + good + "\n");
        Cli cli = Cli.run("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", "--jsonl", jsonl.toString());
        List<String> lines = cli.out().lines().toList();
        assertEquals(3, lines.size(), cli.out() + cli.err());
        assertValid(RESULT, tree(lines.get(0)), lines.get(0));
        JsonNode error = tree(lines.get(1));
        assertValid(INPUT_ERRORS, error, lines.get(1));
        assertEquals(2, error.get("line").asInt());
        assertValid(RESULT, tree(lines.get(2)), lines.get(2));
    }

    @Test
    void thePackListIsValid() {
        Cli cli = Cli.run("packs", "--format", "json");
        assertEquals(ExitCode.OK, cli.status(), cli.err());
        assertValid(PACKS, tree(cli.out()), cli.out());
    }

    /** Each broken copy of a valid plan is rejected by the schema, as by the reader. */
    @Test
    void aBrokenPlanFailsTheSchema() {
        ObjectNode plan = (ObjectNode) read(Path.of("plans/tuyen-quang-mn-2025-2026.json"));
        List<ObjectNode> broken = new ArrayList<>();
        broken.add(plan.deepCopy().put("colour", "blue"));
        broken.add(plan.deepCopy().put("level", "MAMNON"));
        broken.add(plan.deepCopy().put("submittedOn", "3/10/2025"));
        broken.add(plan.deepCopy().put("schoolYear", "2025/2026"));
        ObjectNode session = plan.deepCopy();
        ((ObjectNode) session.get("sessions").get(0)).put("status", "DONE");
        broken.add(session);
        ObjectNode date = plan.deepCopy();
        ((ObjectNode) date.get("sessions").get(0)).put("date", "2025-13-01");
        broken.add(date);
        ObjectNode nested = plan.deepCopy();
        ((ObjectNode) nested.get("sessions").get(0)).putObject("milestones").put("invitationSent", "2025-10-01");
        broken.add(nested);
        ObjectNode missing = plan.deepCopy();
        missing.remove("sessions");
        broken.add(missing);
        ObjectNode noCluster = plan.deepCopy();
        noCluster.remove("cluster");
        broken.add(noCluster);
        assertValid(PLAN, plan, "the plan itself");
        for (ObjectNode b : broken) {
            assertFalse(PLAN.validate(b).isEmpty(), () -> "accepted: " + b);
            org.junit.jupiter.api.Assertions.assertThrows(vn.edu.shcm.rules.InvalidPlanException.class,
                    () -> ExchangeFormat.readPlan(b.toString()), "the reader rejects it too");
        }
    }

    @Test
    void aBrokenResultWaiverOrCalendarFileFailsItsSchema() {
        JsonNode result = tree(Cli.run("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", "--format",
                "json", "plans/tuyen-quang-mn-2025-2026.json").out());
        assertValid(RESULT, result, "the result itself");
        ObjectNode onePack = result.deepCopy();
        onePack.put("pack", "tuyenquang-mn-2025").remove("packs");
        ObjectNode noPacks = result.deepCopy();
        noPacks.putArray("packs");
        ObjectNode severity = result.deepCopy();
        ((ObjectNode) severity.get("violations").get(0)).put("severity", "FATAL");
        for (JsonNode b : List.of(onePack, noPacks, severity)) {
            assertFalse(RESULT.validate(b).isEmpty(), () -> "accepted: " + b);
        }
        assertFalse(WAIVERS.validate(tree("{\"waivers\": [{\"ruleId\": \"a:b\", \"reason\": \"r\", \"approvedBy\": \"x\","
                + " \"expiresOn\": \"2026-06-31x\"}]}")).isEmpty());
        assertFalse(WAIVERS.validate(tree("{\"waivers\": [], \"note\": 1}")).isEmpty());
        assertFalse(CALENDARS.validate(tree("{\"schoolYears\": [{\"schoolYear\": \"2030-2031\", \"start\": \"2030-09-05\","
                + " \"semester1End\": \"2031-01-17\", \"end\": \"2031-05-31\", \"holiday\": []}]}")).isEmpty());
    }
}
