package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testkit.CheckResultAssert.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.Waiver;

/** {@code check --waivers FILE}: waived violations, expired and unused waivers, exit statuses, broken files. */
class CheckWaiversTest {

    static final String TQ = "tuyenquang-mn-2025";
    static final String PLAN = "plans/tuyen-quang-mn-2025-2026.json";
    static final String WAIVERS = "waivers/tuyen-quang-mn-2025-2026.waivers.json";

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    static Cli check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--pack", TQ, "--as-of", "2025-12-01"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static String waiver(String ruleId, String expiresOn) {
        return "{\"ruleId\": \"" + ruleId + "\", \"reason\": \"Lý do\", \"approvedBy\": \"Sở GDĐT\", \"expiresOn\": \""
                + expiresOn + "\"}";
    }

    @Test
    void theShippedWaiverFileWaivesTwoViolationsAndSaysThatTheThirdWaiverExpired() {
        Cli cli = check("--waivers", WAIVERS, PLAN);
        assertEquals(1, cli.status(), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().contains("LỖI / ERRORS (3)"), cli.out());
        assertTrue(cli.out().contains("ĐÃ MIỄN TRỪ / WAIVED (2)"), cli.out());
        assertTrue(cli.out().contains("     Miễn trừ đã hết hạn ngày 30/11/2025 (Cụm trưởng duyệt), không còn áp dụng."
                + System.lineSeparator() + "     (Waiver approved by Cụm trưởng expired on 2025-11-30; it no longer "
                + "applies.)"), cli.out());
        assertTrue(cli.out().contains("Kết luận: KHÔNG ĐẠT — 3 lỗi, 1 cảnh báo, 3 việc sắp đến hạn, 2 vi phạm được "
                + "miễn trừ."), cli.out());
    }

    @Test
    void inJsonTheResultDocumentListsWaivedAndExpiredWaivers() {
        Cli cli = check("--format", "json", "--waivers", WAIVERS, PLAN);
        assertEquals(1, cli.status());
        CheckResult r = ExchangeFormat.readResult(cli.out().strip());
        assertThat(r)
                .hasWaivedViolation(TQ + ":consecutive-same-host").at("/sessions/2/host")
                .approvedBy("Phòng Giáo dục Mầm non, Sở GDĐT Tuyên Quang")
                .hasWaivedViolation(TQ + ":host-repeat-before-rotation").at("/sessions/2/host")
                .hasViolation(TQ + ":plan-fields").at("/sessions/2/expectedResult")
                .hasExpiredWaiver(TQ + ":plan-fields");
        assertEquals(2, r.waived().size());
        assertEquals(List.of("/sessions/2/expectedResult"), r.expiredWaivers().stream().map(Waiver::path).toList());
        assertEquals(List.of(), r.unusedWaivers());
        assertEquals(List.of("/sessions", "/sessions/0/resultReport/attachments", "/sessions/2/expectedResult",
                "/sessions/2/contentAreas"), r.violations().stream().map(Violation::path).toList());
    }

    @Test
    void aPlanWhoseEveryErrorIsWaivedExitsWith0() throws IOException {
        Path file = write("all.json", "{\"waivers\": [" + String.join(",",
                waiver(TQ + ":session-per-quarter", "2026-05-30"), waiver(TQ + ":session-result-report", "2026-05-30"),
                waiver(TQ + ":consecutive-same-host", "2026-05-30"), waiver(TQ + ":plan-fields", "2026-05-30"),
                waiver(TQ + ":in-person-session", "2026-05-30")) + "]}");
        Cli cli = check("--waivers", file.toString(), PLAN);
        assertEquals(0, cli.status(), cli.out());
        assertTrue(cli.out().contains("Kết luận: ĐẠT — 0 lỗi, 2 cảnh báo, 3 việc sắp đến hạn, 4 vi phạm được miễn "
                + "trừ."), cli.out());
        assertTrue(cli.out().contains("WAIVERS MATCHING NOTHING (1)\n".replace("\n", System.lineSeparator())
                + "     (Không khớp vi phạm nào"), cli.out());
        assertTrue(cli.out().contains("  1. tuyenquang-mn-2025:in-person-session — Lý do (Sở GDĐT duyệt, đến hết "
                + "30/05/2026)"), cli.out());
    }

    @Test
    void anEmptyWaiverFileChangesNothing() throws IOException {
        Path empty = write("empty.json", "{\"waivers\": []}");
        for (String format : List.of("text", "json")) {
            Cli with = check("--format", format, "--waivers", empty.toString(), PLAN);
            Cli without = check("--format", format, PLAN);
            assertEquals(without, with, format);
        }
    }

    @Test
    void aBrokenWaiverFileIsAnInputErrorAndNoPlanIsChecked() throws IOException {
        Path bad = write("bad.json", "{\"waivers\": [{\"ruleId\": \"" + TQ + ":plan-fields\", \"reason\": \"\","
                + " \"approvedBy\": \"A\", \"expiresOn\": \"2026-02-30\", \"pth\": \"/x\"}]}");
        Cli cli = check("--waivers", bad.toString(), PLAN);
        assertEquals(2, cli.status());
        assertEquals("", cli.out());
        assertTrue(cli.err().startsWith("Tệp miễn trừ " + bad + ": không đọc được (3 vấn đề)."), cli.err());
        for (String pointer : List.of("/waivers/0/reason", "/waivers/0/expiresOn", "/waivers/0/pth")) {
            assertTrue(cli.err().contains("  " + pointer + ": "), cli.err());
        }
        ShcmCheckTest.assertNoStackTrace(cli);

        Cli json = check("--format", "json", "--waivers", bad.toString(), PLAN);
        assertEquals(2, json.status());
        assertEquals(1, json.out().lines().count(), json.out());
        assertTrue(json.out().startsWith("{\"file\":\"" + bad + "\",\"inputErrors\":[{\"path\":\"/waivers/0/reason\""),
                json.out());
    }

    @Test
    void aMissingWaiverFileIsAnInputError() {
        Cli cli = check("--waivers", dir.resolve("none.json").toString(), PLAN);
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("does not exist"), cli.err());
        ShcmCheckTest.assertNoStackTrace(cli);
    }

    @Test
    void aWaiverOfARuleThePackDoesNotHaveIsAnUnknownRuleIdExit3() throws IOException {
        Path typo = write("typo.json", "{\"waivers\": [" + waiver(TQ + ":plan-fields", "2026-05-30") + ", "
                + waiver(TQ + ":plan-field", "2026-05-30") + ", " + waiver("anlao-mn-2023:invitees", "2026-05-30")
                + "]}");
        Cli cli = check("--waivers", typo.toString(), PLAN);
        assertEquals(3, cli.status());
        assertEquals("", cli.out());
        assertTrue(cli.err().contains("  /waivers/1/ruleId: " + TQ + ":plan-field" + System.lineSeparator()
                + "  /waivers/2/ruleId: anlao-mn-2023:invitees"), cli.err());
        assertTrue(cli.err().contains(TQ + ":plan-fields, "), "lists the pack's rules: " + cli.err());
    }

    @Test
    void waiversNeverHideInputErrors() throws IOException {
        Path file = write("all.json", "{\"waivers\": [" + waiver(TQ + ":plan-fields", "2026-05-30") + "]}");
        Path plan = write("plan.json", Files.readString(Path.of(PLAN)).replace("\"host\": \"tan-ha\"",
                "\"host\": \"khong-co\""));
        Cli cli = check("--waivers", file.toString(), plan.toString());
        assertEquals(2, cli.status(), cli.out());
        assertTrue(cli.err().contains("khong-co"), cli.err());
    }
}
