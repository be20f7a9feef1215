package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.Docs.base;
import static vn.edu.shcm.rules.Docs.q;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Plan;

/** A plain ObjectMapper with {@link ExchangeFormat#jacksonModule()} reads and writes what ExchangeFormat does. */
class ExchangeFormatJacksonModuleTest {

    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(ExchangeFormat.jacksonModule());

    private static final CheckResult RESULT = new CheckResult("p", List.of("pack-a"), LocalDate.of(2025, 12, 1),
            List.of(new Violation("pack-a:rule", Severity.ERROR, "/sessions/0/host", "Chủ trì lặp lại \"a\"",
                    "Host repeats <a>", new Citation("Công văn 1", "mục 2"),
                    Map.of("host", "a", "count", 2))),
            List.of(new Obligation("pack-a:report", LocalDate.of(2026, 1, 17), "/reports", "Nộp báo cáo",
                    "Send the report", new Citation("Công văn 1", "mục 3"))));

    @Test
    void readsTheExamplePlanAsExchangeFormatDoes() throws Exception {
        Plan viaMapper = PLAIN.readValue(Docs.exampleBytes(), Plan.class);

        assertEquals(ExchangeFormat.readPlan(Docs.example()), viaMapper);
        assertEquals(ExchangeFormat.writePlan(viaMapper), PLAIN.writeValueAsString(viaMapper));
        assertEquals(viaMapper, PLAIN.readValue(PLAIN.writeValueAsString(viaMapper), Plan.class));
    }

    @Test
    void writesResultsWithExchangeFormatsBytesWhateverTheMappersIndentation() throws Exception {
        ObjectMapper indenting = JsonMapper.builder().addModule(ExchangeFormat.jacksonModule())
                .enable(SerializationFeature.INDENT_OUTPUT).build();

        assertEquals(ExchangeFormat.writeResult(RESULT), PLAIN.writeValueAsString(RESULT));
        assertEquals(ExchangeFormat.writeResult(RESULT), indenting.writeValueAsString(RESULT));
        assertEquals("[" + ExchangeFormat.writeResult(RESULT) + "]", PLAIN.writeValueAsString(List.of(RESULT)));
    }

    @Test
    void writesTheSameTreeWhereNoRawTextCanGo() {
        JsonNode tree = PLAIN.valueToTree(RESULT);

        assertEquals(ExchangeFormat.writeResult(RESULT), tree.toString());
        assertEquals("pack-a", tree.get("packs").get(0).textValue());
    }

    @Test
    void unknownFieldsAreInputErrorsWithTheirPointers() {
        String json = base("'host': 'a' }", "'host': 'a', 'hots': 'b' }");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PLAIN.readValue(json, Plan.class));

        assertEquals(pointersOf(ExchangeFormat::readPlan, json), e.problems().stream().map(PlanProblem::path)
                .toList());
        assertEquals(List.of("/sessions/0/hots"), e.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void duplicateIdsAndDuplicateFieldsAreInputErrors() {
        String ids = base("'sessions': [ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]",
                "'sessions': [ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' },"
                        + " { 'id': 's1', 'date': '2023-11-12', 'host': 'b' } ]");
        String fields = base("'id': 'p',", "'id': 'p', 'id': 'q',");

        InvalidPlanException dupIds = assertThrows(InvalidPlanException.class, () -> PLAIN.readValue(ids, Plan.class));
        InvalidPlanException dupFields = assertThrows(InvalidPlanException.class,
                () -> PLAIN.readValue(fields, Plan.class));

        assertEquals(List.of("/sessions/1/id"), dupIds.problems().stream().map(PlanProblem::path).toList());
        assertEquals(1, dupFields.problems().size());
        assertEquals("", dupFields.problems().get(0).path());
        assertTrue(dupFields.problems().get(0).messageEn().contains("\"id\""), dupFields.problems().toString());
    }

    @Test
    void limitsApplyWhateverTheMappersOwn() {
        String deep = base("'id': 'p',", "'id': 'p', 'x': " + "[".repeat(40) + "]".repeat(40) + ",");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PLAIN.readValue(deep, Plan.class));

        // the same problem; its line and column are those of the value's compact copy (documented)
        PlanProblem direct = pointersProblems(deep).get(0);
        assertEquals(1, e.problems().size());
        assertEquals(direct.path(), e.problems().get(0).path());
        assertEquals(direct.messageEn().replaceAll(" at line.*", ""),
                e.problems().get(0).messageEn().replaceAll(" at line.*", ""));
        assertTrue(direct.messageEn().startsWith("Nesting deeper than 32 levels"), direct.messageEn());
    }

    @Test
    void malformedJsonIsAProblemAtTheDocumentWithLineAndColumn() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PLAIN.readValue(q("{\n  'id': 'p',\n  'level' 'MAM_NON'\n}"), Plan.class));

        assertEquals(1, e.problems().size());
        assertEquals("", e.problems().get(0).path());
        assertTrue(e.problems().get(0).messageEn().contains("3"), e.problems().get(0).messageEn());
    }

    @Test
    void readsWaiversOneByOneWithPointersRelativeToTheWaiver() throws Exception {
        String file = q("{'waivers': [{'ruleId': 'p:r', 'reason': 'lý do', 'approvedBy': 'Hiệu trưởng',"
                + " 'expiresOn': '2026-01-31'}]}");
        List<Waiver> expected = ExchangeFormat.readWaivers(file);

        List<Waiver> viaMapper = PLAIN.readValue(PLAIN.readTree(file).get("waivers").toString(),
                new TypeReference<List<Waiver>>() { });
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> PLAIN.readValue(
                q("{'ruleId': 'p:r', 'reason': 'x', 'approvedBy': 'y', 'expiresOn': '2026-13-01', 'z': 1}"),
                Waiver.class));

        assertEquals(expected, viaMapper);
        assertEquals(List.of("/expiresOn", "/z"), e.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void writesInputErrorsInTheCommandLinesShape() throws Exception {
        InvalidPlanException e = new InvalidPlanException("plan.json", List.of(
                new PlanProblem("/level", "Sai cấp", "Wrong level", "MN"),
                new PlanProblem("/id", "Thiếu mã", "Missing id", null)));

        String written = ExchangeFormat.writeInputErrors(e);

        assertEquals(q("{'file':'plan.json','inputErrors':[{'path':'/level','message':'Sai cấp',"
                + "'messageEn':'Wrong level','value':'MN'},{'path':'/id','message':'Thiếu mã','messageEn':'Missing id'}]}"),
                written);
        assertEquals(written, PLAIN.writeValueAsString(e));
        assertEquals(q("{'inputErrors':[{'path':'','message':'m','messageEn':'e'}]}"),
                ExchangeFormat.writeInputErrors(null, List.of(new PlanProblem("", "m", "e", null))));
    }

    @Test
    void theMappersParserFeaturesStillApplyToWhatItAccepts() throws Exception {
        ObjectMapper lenient = JsonMapper.builder().addModule(ExchangeFormat.jacksonModule())
                .enable(JsonParser.Feature.ALLOW_COMMENTS).build();

        Plan plan = lenient.readValue(Docs.BASE.replace("\"id\": \"p\",", "\"id\": \"p\", // a comment\n"),
                Plan.class);

        assertEquals(ExchangeFormat.readPlan(Docs.BASE), plan);
    }

    private static List<String> pointersOf(java.util.function.Function<String, Plan> read, String json) {
        return assertThrows(InvalidPlanException.class, () -> read.apply(json)).problems().stream()
                .map(PlanProblem::path).toList();
    }

    private static List<PlanProblem> pointersProblems(String json) {
        return assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(json)).problems();
    }
}
