package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.model.SessionStatus;

class ExchangeFormatResultTest {

    private static final Citation AN_TIEN = new Citation("Kế hoạch sinh hoạt chuyên môn cụm trường An Tiến 2023-2024",
            "III");

    private static CheckResult small() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("required", LocalDate.of(2023, 11, 3));
        details.put("actual", LocalDate.of(2023, 11, 7));
        details.put("workingDays", 3);
        details.put("late", true);
        details.put("hosts", List.of("an-tien", "sao-sang"));
        details.put("status", SessionStatus.PLANNED);
        Violation late = new Violation("anlao-mn-2023:invitation-lead-time", Severity.ERROR,
                "/sessions/1/milestones/invitationSentOn",
                "Thư mời gửi ngày 07/11/2023, chậm hơn hạn 03/11/2023 (\"03 ngày làm việc\").",
                "Invitation sent on 2023-11-07, after the 2023-11-03 limit.", AN_TIEN, details);
        Violation note = new Violation("core:milestone-order", Severity.WARNING, "/sessions/0/milestones",
                "Thứ tự\nmốc", "Order", new Citation("Danh mục quy tắc", "core"), Map.of());
        Obligation report = new Obligation("anlao-mn-2023:semester-report", LocalDate.of(2024, 1, 15), "/reports",
                "Gửi báo cáo học kỳ I", "Send the semester I report", new Citation("Công văn 123/PGDĐT", "IV.2"));
        return new CheckResult("an-tien-2023-2024", List.of("anlao-mn-2023"), LocalDate.of(2023, 10, 5),
                List.of(late, note), List.of(report));
    }

    @Test
    void writesTheResultDocumentExactlyOnOneLine() {
        String expected = "{\"plan\":\"an-tien-2023-2024\",\"packs\":[\"anlao-mn-2023\"],\"asOf\":\"2023-10-05\","
                + "\"violations\":["
                + "{\"ruleId\":\"anlao-mn-2023:invitation-lead-time\",\"severity\":\"ERROR\","
                + "\"path\":\"/sessions/1/milestones/invitationSentOn\","
                + "\"message\":\"Thư mời gửi ngày 07/11/2023, chậm hơn hạn 03/11/2023 (\\\"03 ngày làm việc\\\").\","
                + "\"messageEn\":\"Invitation sent on 2023-11-07, after the 2023-11-03 limit.\","
                + "\"citation\":{\"document\":\"Kế hoạch sinh hoạt chuyên môn cụm trường An Tiến 2023-2024\","
                + "\"section\":\"III\"},"
                + "\"details\":{\"required\":\"2023-11-03\",\"actual\":\"2023-11-07\",\"workingDays\":3,"
                + "\"late\":true,\"hosts\":[\"an-tien\",\"sao-sang\"],\"status\":\"PLANNED\"}},"
                + "{\"ruleId\":\"core:milestone-order\",\"severity\":\"WARNING\",\"path\":\"/sessions/0/milestones\","
                + "\"message\":\"Thứ tự\\nmốc\",\"messageEn\":\"Order\","
                + "\"citation\":{\"document\":\"Danh mục quy tắc\",\"section\":\"core\"},\"details\":{}}],"
                + "\"obligations\":["
                + "{\"ruleId\":\"anlao-mn-2023:semester-report\",\"dueOn\":\"2024-01-15\",\"path\":\"/reports\","
                + "\"message\":\"Gửi báo cáo học kỳ I\",\"messageEn\":\"Send the semester I report\","
                + "\"citation\":{\"document\":\"Công văn 123/PGDĐT\",\"section\":\"IV.2\"}}]}";
        String written = ExchangeFormat.writeResult(small());
        assertEquals(expected, written);
        assertEquals(-1, written.indexOf('\n'));
        assertEquals(written, ExchangeFormat.writeResult(small()));
    }

    @Test
    void writesAnEmptyResultPrettyExactly() {
        CheckResult empty = new CheckResult("p", List.of("k"), LocalDate.of(2025, 1, 2), List.of(), List.of());
        assertEquals("{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-01-02\",\"violations\":[],\"obligations\":[]}",
                ExchangeFormat.writeResult(empty));
        assertEquals("""
                {
                  "plan": "p",
                  "packs": [
                    "k"
                  ],
                  "asOf": "2025-01-02",
                  "violations": [],
                  "obligations": []
                }""", ExchangeFormat.writeResultPretty(empty));
    }

    @Test
    void prettyIsTheSameDocumentIndented() {
        String pretty = ExchangeFormat.writeResultPretty(small());
        assertTrue(pretty.startsWith("{\n  \"plan\": \"an-tien-2023-2024\",\n"), pretty);
        assertEquals(ExchangeFormat.writeResult(small()),
                ExchangeFormat.writeResult(ExchangeFormat.readResult(pretty)));
    }

    @Test
    void readsTheResultBackWithDetailsAsJsonScalars() {
        CheckResult read = ExchangeFormat.readResult(ExchangeFormat.writeResult(small()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("required", "2023-11-03");
        details.put("actual", "2023-11-07");
        details.put("workingDays", 3);
        details.put("late", true);
        details.put("hosts", List.of("an-tien", "sao-sang"));
        details.put("status", "PLANNED");
        Violation v = small().violations().get(0);
        CheckResult expected = new CheckResult(small().planId(), small().packIds(), small().asOf(),
                List.of(new Violation(v.ruleId(), v.severity(), v.path(), v.message(), v.messageEn(), v.citation(),
                        details), small().violations().get(1)), small().obligations());
        assertEquals(expected, read);
        assertEquals(List.copyOf(details.keySet()), List.copyOf(read.violations().get(0).details().keySet()));
    }

    @Test
    void numbersAndNullsInDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("int", 7);
        details.put("long", 5_000_000_000L);
        details.put("big", new BigInteger("123456789012345678901234567890"));
        details.put("double", 0.25);
        details.put("nan", Double.NaN);
        details.put("none", null);
        details.put("array", new int[] {1, 2});
        CheckResult result = new CheckResult("p", List.of("k"), LocalDate.of(2025, 1, 2), List.of(new Violation("k:r",
                Severity.INFO, "", "m", "m", new Citation("d", "s"), details)), List.of());
        String written = ExchangeFormat.writeResult(result);
        assertTrue(written.contains("\"details\":{\"int\":7,\"long\":5000000000,"
                + "\"big\":123456789012345678901234567890,\"double\":0.25,\"nan\":\"NaN\",\"none\":null,"
                + "\"array\":[1,2]}"), written);
        Map<String, Object> back = ExchangeFormat.readResult(written).violations().get(0).details();
        assertEquals(7, back.get("int"));
        assertEquals(5_000_000_000L, back.get("long"));
        assertEquals(new BigInteger("123456789012345678901234567890"), back.get("big"));
        assertEquals(0.25, back.get("double"));
        assertEquals(List.of(1, 2), back.get("array"));
        assertTrue(back.containsKey("none"));
    }

    @Test
    void aDetailJsonCannotHoldIsABugNamedByItsKey() {
        CheckResult result = new CheckResult("p", List.of("k"), LocalDate.of(2025, 1, 2), List.of(new Violation("k:r",
                Severity.INFO, "", "m", "m", new Citation("d", "s"), Map.of("odd", new Object()))), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExchangeFormat.writeResult(result));
        assertTrue(e.getMessage().contains("\"odd\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-01-02\",\"violations\":[]}",
        "{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-01-02\",\"violations\":[],\"obligations\":[],\"x\":1}",
        "{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-02-30\",\"violations\":[],\"obligations\":[]}",
        "{\"plan\":1,\"packs\":[\"k\"],\"asOf\":\"2025-01-02\",\"violations\":[],\"obligations\":[]}",
        "{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-01-02\",\"violations\":[],\"obligations\":[]} {}",
        "{\"plan\":\"p\",\"packs\":[\"k\"],\"asOf\":\"2025-01-02\",\"violations\":[{\"ruleId\":\"r\","
            + "\"severity\":\"FATAL\",\"path\":\"\",\"message\":\"m\",\"messageEn\":\"m\","
            + "\"citation\":{\"document\":\"d\",\"section\":\"s\"},\"details\":{}}],\"obligations\":[]}",
    })
    void rejectsWhatIsNoResultDocument(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExchangeFormat.readResult(json));
        assertTrue(e.getMessage().startsWith("not a result document"), e.getMessage());
    }
}
