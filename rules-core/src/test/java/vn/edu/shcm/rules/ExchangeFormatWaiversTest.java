package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.Docs.q;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiver files in and out, and waivers in the result document. */
class ExchangeFormatWaiversTest {

    static final String FILE = q("""
            {
              'waivers': [
                {
                  'ruleId': 'tuyenquang-mn-2025:plan-fields',
                  'path': '/funding',
                  'reason': 'Kinh phí do Phòng GDĐT cấp, chưa có số liệu',
                  'approvedBy': 'Trưởng phòng GDMN',
                  'expiresOn': '2026-05-31'
                },
                {
                  'ruleId': 'core:milestone-order',
                  'path': null,
                  'reason': 'Lịch cũ',
                  'approvedBy': 'Hiệu trưởng',
                  'expiresOn': '2025-12-31'
                },
                { 'ruleId': 'core:head-is-deputy', 'reason': 'Cụm chỉ còn một trường', 'approvedBy': 'Sở GDĐT',
                  'expiresOn': '2026-01-15' }
              ]
            }""");

    static List<PlanProblem> problems(String json) {
        return assertThrows(InvalidWaiversException.class, () -> ExchangeFormat.readWaivers(q(json))).problems();
    }

    static List<String> pointers(String json) {
        return problems(json).stream().map(PlanProblem::path).toList();
    }

    @Test
    void readsAWaiverFileInFileOrderWithAbsentOrNullPathMeaningEveryPath() {
        List<Waiver> waivers = ExchangeFormat.readWaivers(FILE);
        assertEquals(List.of(
                new Waiver("tuyenquang-mn-2025:plan-fields", "/funding", "Kinh phí do Phòng GDĐT cấp, chưa có số liệu",
                        "Trưởng phòng GDMN", d("2026-05-31")),
                new Waiver("core:milestone-order", null, "Lịch cũ", "Hiệu trưởng", d("2025-12-31")),
                new Waiver("core:head-is-deputy", null, "Cụm chỉ còn một trường", "Sở GDĐT", d("2026-01-15"))),
                waivers);
        assertEquals(List.of(), ExchangeFormat.readWaivers("{\"waivers\": []}"));
    }

    @Test
    void writingAndReadingBackGivesEqualWaivers() {
        List<Waiver> waivers = ExchangeFormat.readWaivers(FILE);
        String written = ExchangeFormat.writeWaivers(waivers);
        assertEquals(waivers, ExchangeFormat.readWaivers(written));
        assertEquals(q("""
                {
                  'waivers': [
                    {
                      'ruleId': 'core:head-is-deputy',
                      'reason': 'Cụm chỉ còn một trường',
                      'approvedBy': 'Sở GDĐT',
                      'expiresOn': '2026-01-15'
                    }
                  ]
                }"""), ExchangeFormat.writeWaivers(waivers.subList(2, 3)));
    }

    @Test
    void everyProblemIsReportedAtOnceInDocumentOrder() {
        List<PlanProblem> problems = problems("""
                {
                  'waivers': [
                    { 'ruleId': 'plan-fields', 'path': 'funding', 'reason': 'r', 'approvedBy': ' ',
                      'expiresOn': '2026-02-30' },
                    null,
                    [],
                    { 'path': '/x', 'expiresOn': 20260531, 'approvedby': 'A' },
                    { 'ruleId': 7, 'reason': 'r', 'approvedBy': 'a', 'expiresOn': '31/05/2026' }
                  ],
                  'note': 'x'
                }""");
        assertEquals(List.of("/waivers/0/ruleId", "/waivers/0/path", "/waivers/0/approvedBy",
                "/waivers/0/expiresOn", "/waivers/1", "/waivers/2", "/waivers/3/ruleId", "/waivers/3/reason",
                "/waivers/3/approvedBy", "/waivers/3/expiresOn", "/waivers/3/approvedby", "/waivers/4/ruleId",
                "/waivers/4/expiresOn", "/note"), problems.stream().map(PlanProblem::path).toList());
        assertEquals("Invalid rule id \"plan-fields\": expected PACK_ID:RULE, e.g. tuyenquang-mn-2025:plan-fields.",
                problems.get(0).messageEn());
        assertEquals("plan-fields", problems.get(0).value());
        assertTrue(problems.get(1).messageEn().startsWith("Invalid path \"funding\""), problems.get(1).messageEn());
        assertEquals("Required field \"approvedBy\" is blank.", problems.get(2).messageEn());
        assertEquals("Invalid date \"2026-02-30\" (expected YYYY-MM-DD).", problems.get(3).messageEn());
        assertEquals("Missing required field \"reason\".", problems.get(7).messageEn());
        assertEquals("Wrong type: expected a date string \"YYYY-MM-DD\", found a number.", problems.get(9).messageEn());
        assertEquals("Unknown field \"approvedby\". Did you mean \"approvedBy\"?", problems.get(10).messageEn());
        assertEquals("Trường \"approvedby\" không có trong định dạng trao đổi. Có phải là \"approvedBy\"?",
                problems.get(10).message());
        assertEquals("31/05/2026", problems.get(12).value());
    }

    @Test
    void theDocumentMustHoldAListOfWaivers() {
        assertEquals(List.of("/waivers"), pointers("{}"));
        assertEquals(List.of("/waivers"), pointers("{'waivers': null}"));
        assertEquals(List.of("/waivers"), pointers("{'waivers': {}}"));
        assertEquals(List.of(""), pointers("[]"));
        PlanProblem malformed = problems("{'waivers': [\n  {'ruleId': }]}").get(0);
        assertEquals("", malformed.path());
        assertTrue(malformed.messageEn().contains("line 2"), malformed.messageEn());
    }

    @Test
    void tooManyWaiversAreRefused() {
        String one = "{'ruleId': 'a:b', 'reason': 'r', 'approvedBy': 'a', 'expiresOn': '2026-01-01'}";
        String many = "{'waivers': [" + String.join(",", java.util.Collections.nCopies(1_001, one)) + "]}";
        List<PlanProblem> problems = problems(many);
        assertEquals(List.of("/waivers"), problems.stream().map(PlanProblem::path).toList());
        assertEquals("List has 1001 elements; at most 1000 are allowed.", problems.get(0).messageEn());
    }

    @TempDir
    Path dir;

    @Test
    void aFileNamesItselfInItsProblemsAndAMissingFileIsAProblem() throws IOException {
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, "{\"waivers\": [{}]}");
        InvalidWaiversException e = assertThrows(InvalidWaiversException.class, () -> ExchangeFormat.readWaivers(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file + ": invalid waiver file (4 problems): /waivers/0/ruleId: "),
                e.getMessage());
        Path none = dir.resolve("none.json");
        InvalidWaiversException missing = assertThrows(InvalidWaiversException.class,
                () -> ExchangeFormat.readWaivers(none));
        assertEquals("", missing.problems().get(0).path());
        assertTrue(missing.problems().get(0).messageEn().contains("does not exist"));
        Files.writeString(file, FILE);
        assertEquals(3, ExchangeFormat.readWaivers(file).size());
    }

    // ---- in the result document -----------------------------------------------------------------------------

    static final Citation CITATION = new Citation("Hướng dẫn", "V.1");

    static CheckResult waivedResult() {
        Violation funding = new Violation("tuyenquang-mn-2025:plan-fields", Severity.ERROR, "/funding",
                "Thiếu kinh phí", "Funding missing", CITATION, Map.of("field", "funding"));
        Violation objectives = new Violation("tuyenquang-mn-2025:plan-fields", Severity.ERROR, "/objectives",
                "Thiếu mục tiêu", "Objectives missing", CITATION, Map.of("field", "objectives"));
        Waiver applied = new Waiver("tuyenquang-mn-2025:plan-fields", "/funding", "Chưa giao kinh phí",
                "Trưởng phòng", d("2026-05-31"));
        Waiver expired = new Waiver("tuyenquang-mn-2025:plan-fields", null, "Năm trước", "Trưởng phòng",
                d("2025-05-31"));
        Waiver unused = new Waiver("core:head-is-deputy", null, "Cụm nhỏ", "Sở GDĐT", d("2026-05-31"));
        return new CheckResult("p", List.of("tuyenquang-mn-2025"), d("2025-12-01"), List.of(objectives), List.of(),
                List.of(new WaivedViolation(funding, applied)), List.of(expired), List.of(unused));
    }

    @Test
    void waiversComeAfterTheSpecsFieldsAndOnlyWhenThereAreAny() {
        String expected = "{\"plan\":\"p\",\"packs\":[\"tuyenquang-mn-2025\"],\"asOf\":\"2025-12-01\",\"violations\":["
                + "{\"ruleId\":\"tuyenquang-mn-2025:plan-fields\",\"severity\":\"ERROR\",\"path\":\"/objectives\","
                + "\"message\":\"Thiếu mục tiêu\",\"messageEn\":\"Objectives missing\","
                + "\"citation\":{\"document\":\"Hướng dẫn\",\"section\":\"V.1\"},\"details\":{\"field\":\"objectives\"}}],"
                + "\"obligations\":[],"
                + "\"waived\":[{\"ruleId\":\"tuyenquang-mn-2025:plan-fields\",\"severity\":\"ERROR\",\"path\":\"/funding\","
                + "\"message\":\"Thiếu kinh phí\",\"messageEn\":\"Funding missing\","
                + "\"citation\":{\"document\":\"Hướng dẫn\",\"section\":\"V.1\"},\"details\":{\"field\":\"funding\"},"
                + "\"waiver\":{\"ruleId\":\"tuyenquang-mn-2025:plan-fields\",\"path\":\"/funding\","
                + "\"reason\":\"Chưa giao kinh phí\",\"approvedBy\":\"Trưởng phòng\",\"expiresOn\":\"2026-05-31\"}}],"
                + "\"expiredWaivers\":[{\"ruleId\":\"tuyenquang-mn-2025:plan-fields\",\"reason\":\"Năm trước\","
                + "\"approvedBy\":\"Trưởng phòng\",\"expiresOn\":\"2025-05-31\"}],"
                + "\"unusedWaivers\":[{\"ruleId\":\"core:head-is-deputy\",\"reason\":\"Cụm nhỏ\","
                + "\"approvedBy\":\"Sở GDĐT\",\"expiresOn\":\"2026-05-31\"}]}";
        assertEquals(expected, ExchangeFormat.writeResult(waivedResult()));
        CheckResult none = new CheckResult("p", List.of("k"), d("2025-12-01"), List.of(), List.of(), List.of(), List.of(),
                List.of());
        assertEquals("{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-12-01\",\"violations\":[],\"obligations\":[]}",
                ExchangeFormat.writeResult(none));
    }

    @Test
    void aResultWithWaiversReadsBackEqual() {
        assertEquals(waivedResult(), ExchangeFormat.readResult(ExchangeFormat.writeResult(waivedResult())));
        assertEquals(waivedResult(), ExchangeFormat.readResult(ExchangeFormat.writeResultPretty(waivedResult())));
        CheckResult read = ExchangeFormat.readResult(ExchangeFormat.writeResult(waivedResult()));
        assertNull(read.expiredWaivers().get(0).path());
    }

    @Test
    void aWaivedEntryWhoseWaiverDoesNotMatchIsNoResultDocument() {
        String written = ExchangeFormat.writeResult(waivedResult());
        String mismatched = written.replace("\"path\":\"/funding\",\"reason\"", "\"path\":\"/objectives\",\"reason\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExchangeFormat.readResult(mismatched));
        assertTrue(e.getMessage().startsWith("not a result document: /waived/0 is not valid: the waiver of"),
                e.getMessage());
        String badWaiver = written.replace("\"expiresOn\":\"2026-05-31\"}}]", "\"expiresOn\":\"2026-5-31\"}}]");
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> ExchangeFormat.readResult(badWaiver));
        assertTrue(date.getMessage().contains("/waived/0/waiver/expiresOn"), date.getMessage());
    }

    @Test
    void aResultRefusesAWaivedViolationWhoseWaiverHadExpired() {
        CheckResult r = waivedResult();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CheckResult(r.planId(),
                r.packIds(), d("2026-06-01"), r.violations(), r.obligations(), r.waived(), List.of(), List.of()));
        assertTrue(e.getMessage().contains("expired on 2026-05-31"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CheckResult(r.planId(), r.packIds(), d("2025-05-31"),
                r.violations(), r.obligations(), List.of(), r.expiredWaivers(), List.of()));
    }
}
