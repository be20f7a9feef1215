package vn.edu.shcm.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testkit.CheckResultAssert.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;
import vn.edu.shcm.rules.Waiver;

/** The fluent assertions: what passes, and the message a developer gets when one fails. */
class CheckResultAssertTest {

    static final Citation C = new Citation("Hướng dẫn", "V.1");
    static final LocalDate DUE = LocalDate.of(2026, 1, 17);

    static Violation violation(String ruleId, Severity severity, String path, Map<String, Object> details) {
        return new Violation(ruleId, severity, path, "Thiếu " + path, "Missing " + path, C, details);
    }

    static final Violation FUNDING = violation("t:fields", Severity.ERROR, "/funding", ordered("field", "funding",
            "required", LocalDate.of(2025, 11, 5)));
    static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static final Violation OBJECTIVES = violation("t:fields", Severity.ERROR, "/objectives", Map.of("field", "objectives"));
    static final Violation HOST = violation("t:rotation", Severity.WARNING, "/sessions/0/host", Map.of("count", 2));
    static final Waiver WAIVER = new Waiver("t:roles", "/cluster/head", "Cụm một trường", "Sở GDĐT",
            LocalDate.of(2026, 5, 31));
    static final Waiver EXPIRED = new Waiver("t:fields", null, "Năm trước", "Phòng GDĐT", LocalDate.of(2025, 5, 31));

    static final CheckResult RESULT = new CheckResult("plan-1", List.of("t"), LocalDate.of(2025, 12, 1),
            List.of(FUNDING, OBJECTIVES, HOST),
            List.of(new Obligation("t:semester-report", DUE, "/reports", "Báo cáo", "The semester report is due", C)),
            List.of(new WaivedViolation(violation("t:roles", Severity.ERROR, "/cluster/head", Map.of()), WAIVER)),
            List.of(EXPIRED), List.of());

    static final CheckResult CLEAN = new CheckResult("plan-2", List.of("t"), LocalDate.of(2025, 12, 1), List.of(), List.of());

    static String failure(Executable assertion) {
        return assertThrows(AssertionError.class, assertion).getMessage();
    }

    @Test
    void aChainThatHoldsPasses() {
        CheckResultAssert chain = assertThat(RESULT)
                .hasErrors()
                .hasViolation("t:fields").at("/funding").withSeverity(Severity.ERROR).withDetail("field", "funding")
                .withMessageContaining("Missing /fund").times(1)
                .hasViolation("t:fields").times(2)
                .hasObligation("t:semester-report").dueOn(DUE).at("/reports")
                .hasNoViolation("t:roles")
                .hasNoObligation("t:year-end-report")
                .hasWaivedViolation("t:roles").at("/cluster/head").approvedBy("Sở GDĐT")
                .hasExpiredWaiver("t:fields");
        assertSame(RESULT, chain.result());
        assertThat(CLEAN).hasNoErrors().hasNoViolations().hasNoObligations();
    }

    @Test
    void aDetailMatchesByValueOrByItsText() {
        assertEquals(FUNDING, assertThat(RESULT).hasViolation("t:fields").withDetail("required", "2025-11-05")
                .single());
        assertEquals(FUNDING, assertThat(RESULT).hasViolation("t:fields")
                .withDetail("required", LocalDate.of(2025, 11, 5)).single());
        assertEquals(HOST, assertThat(RESULT).hasViolation("t:rotation").withDetail("count", 2L).single());
        assertEquals(List.of(FUNDING, OBJECTIVES), assertThat(RESULT).hasViolation("t:fields").violations());
    }

    @Test
    void hasNoErrorsListsWhatTheResultHolds() {
        String message = failure(() -> assertThat(RESULT).hasNoErrors());
        assertEquals("""
                Expected no ERROR violation, but there are 2.
                The result of plan plan-1 against t as of 2025-12-01 holds:
                  violations (3):
                    ERROR t:fields /funding {field=funding, required=2025-11-05} — Missing /funding
                    ERROR t:fields /objectives {field=objectives} — Missing /objectives
                    WARNING t:rotation /sessions/0/host {count=2} — Missing /sessions/0/host
                  obligations (1):
                    due 2026-01-17 t:semester-report /reports — The semester report is due
                  waived violations (1):
                    ERROR t:roles /cluster/head — Missing /cluster/head [waived by Sở GDĐT until 2026-05-31]
                  expired waivers (1):
                    t:fields (every path) approved by Phòng GDĐT until 2025-05-31: Năm trước""", message);
    }

    @Test
    void narrowingSaysWhatItLookedForAndWhatItFound() {
        assertEquals("Expected a violation of t:fields at /sessions, but the 2 violations of t:fields have path "
                + "\"/funding\", \"/objectives\".", firstLine(() -> assertThat(RESULT).hasViolation("t:fields")
                .at("/sessions")));
        assertEquals("Expected a violation of t:fields at /funding with severity WARNING, but the 1 violation of "
                + "t:fields at /funding has severity ERROR.", firstLine(() -> assertThat(RESULT)
                .hasViolation("t:fields").at("/funding").withSeverity(Severity.WARNING)));
        assertEquals("Expected a violation of t:rotation with detail count = \"3\", but the 1 violation of t:rotation "
                + "has details {count=2}.", firstLine(() -> assertThat(RESULT).hasViolation("t:rotation")
                .withDetail("count", "3")));
        assertEquals("Expected an obligation of t:semester-report due on 2026-01-18, but the 1 obligation of "
                + "t:semester-report has due date 2026-01-17.", firstLine(() -> assertThat(RESULT)
                .hasObligation("t:semester-report").dueOn(DUE.plusDays(1))));
        assertEquals("Expected a waived violation of t:roles approved by Cụm trưởng, but the 1 waived violation of "
                + "t:roles has approver \"Sở GDĐT\".", firstLine(() -> assertThat(RESULT).hasWaivedViolation("t:roles")
                .approvedBy("Cụm trưởng")));
    }

    static String firstLine(Executable assertion) {
        return failure(assertion).lines().findFirst().orElseThrow();
    }

    @Test
    void eachAssertionFailsWhenItsExpectationDoesNotHold() {
        assertEquals("Expected a violation of t:none, but there is none.",
                firstLine(() -> assertThat(RESULT).hasViolation("t:none")));
        assertEquals("Expected no violation of t:fields, but there are 2.",
                firstLine(() -> assertThat(RESULT).hasNoViolation("t:fields")));
        assertEquals("Expected no violation, but there are 3.", firstLine(() -> assertThat(RESULT).hasNoViolations()));
        assertEquals("Expected at least one ERROR violation, but there is none.",
                firstLine(() -> assertThat(CLEAN).hasErrors()));
        assertEquals("Expected an obligation of t:x, but there is none.",
                firstLine(() -> assertThat(RESULT).hasObligation("t:x")));
        assertEquals("Expected no obligation of t:semester-report, but there is 1.",
                firstLine(() -> assertThat(RESULT).hasNoObligation("t:semester-report")));
        assertEquals("Expected no obligation, but there is 1.", firstLine(() -> assertThat(RESULT).hasNoObligations()));
        assertEquals("Expected a waived violation of t:fields, but there is none.",
                firstLine(() -> assertThat(RESULT).hasWaivedViolation("t:fields")));
        assertEquals("Expected an expired waiver of t:roles, but there is none.",
                firstLine(() -> assertThat(RESULT).hasExpiredWaiver("t:roles")));
        assertEquals("Expected 3 violations of t:fields, but there are 2.",
                firstLine(() -> assertThat(RESULT).hasViolation("t:fields").times(3)));
        assertEquals("Expected 1 violation of t:fields, but there are 2.",
                firstLine(() -> assertThat(RESULT).hasViolation("t:fields").single()));
        assertEquals("Expected a violation of t:fields with a message containing \"Thiếu /sessions\", but the 2 "
                + "violations of t:fields have messages \"Thiếu /funding / Missing /funding\", \"Thiếu /objectives / "
                + "Missing /objectives\".", firstLine(() -> assertThat(RESULT).hasViolation("t:fields")
                .withMessageContaining("Thiếu /sessions")));
    }

    @Test
    void longListsAreCutInTheMessage() {
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(violation("t:fields", Severity.ERROR, "/sessions/" + i + "/location", Map.of()));
        }
        CheckResult r = new CheckResult("p", List.of("t"), LocalDate.of(2025, 12, 1), many, List.of());
        String message = failure(() -> assertThat(r).hasNoErrors());
        assertTrue(message.contains("/sessions/24/location"), message);
        assertTrue(!message.contains("/sessions/25/location"), message);
        assertTrue(message.endsWith("\n    … and 5 more\n  obligations (0): none"), message);
    }

    @Test
    void aNegativeCountIsAMistakeInTheTest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assertThat(RESULT).hasViolation("t:fields").times(-1));
        assertEquals("a count is not negative: -1", e.getMessage());
    }
}
