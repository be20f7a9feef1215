package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;

/** The command line's contract: commands, formats, JSON Lines, stdin, exit statuses, no stack traces. */
class ShcmCheckTest {

    static final String TQ_PLAN = "plans/tuyen-quang-mn-2025-2026.json";
    static final String TQ = "tuyenquang-mn-2025";

    @TempDir
    Path dir;

    static void assertNoStackTrace(Cli cli) {
        assertFalse(cli.err().contains("\tat ") || cli.out().contains("\tat "), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.out().contains("Exception"), cli.err());
    }

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aPlanWithErrorsExitsWith1() {
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", TQ_PLAN);
        assertEquals(1, cli.status());
        assertTrue(cli.out().contains("LỖI / ERRORS (4)"), cli.out());
    }

    @Test
    void aCompliantPlanExitsWith0() {
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "plans/tuyen-quang-mn-2025-2026-dat.json");
        assertEquals(0, cli.status(), cli.out());
        assertTrue(cli.out().contains("Kết luận: ĐẠT — 0 lỗi"), cli.out());
    }

    @Test
    void anUnknownPackExitsWith3AndNamesTheKnownOnes() {
        Cli cli = Cli.run("check", "--pack", "no-such-pack", TQ_PLAN);
        assertEquals(3, cli.status());
        assertTrue(cli.err().contains("no-such-pack") && cli.err().contains(TQ), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void anUnknownRuleExitsWith3() {
        Cli cli = Cli.run("explain", TQ + ":no-such-rule");
        assertEquals(3, cli.status());
        assertTrue(cli.err().contains(TQ + ":session-per-quarter"), cli.err());
    }

    @Test
    void explainPrintsTextClauseAndSeverity() {
        Cli cli = Cli.run("explain", TQ + ":session-per-quarter");
        assertEquals(0, cli.status());
        assertTrue(cli.out().contains("Mức độ / severity: Lỗi (ERROR)"), cli.out());
        assertTrue(cli.out().contains("mục V.2"), cli.out());
        assertTrue(cli.out().contains("tối thiểu 1 lần/quý"), cli.out());
    }

    @Test
    void explainFindsCoreRules() {
        Cli cli = Cli.run("explain", "core:head-is-deputy", "--format", "json");
        assertEquals(0, cli.status());
        assertTrue(cli.out().startsWith("{\"id\":\"core:head-is-deputy\",\"severity\":\"ERROR\""), cli.out());
    }

    @Test
    void packsListsEveryPackWithItsRules() {
        Cli cli = Cli.run("packs");
        assertEquals(0, cli.status());
        assertTrue(cli.out().contains(TQ + " — "), cli.out());
        assertTrue(cli.out().contains("tuyenquang-mn-2025:session-content-area"), cli.out());
        assertTrue(cli.out().contains("core:milestone-order"), cli.out());
    }

    @Test
    void brokenInputExitsWith2AndLocatesEveryProblem() throws IOException {
        Path bad = write("bad.json", """
                {"id": "x", "schoolYear": "2025-2026", "level": "MAM_NON", "scope": "CLUSTER",
                 "cluster": {"members": [{"id": "a", "name": "A"}]},
                 "sessions": [{"id": "s", "date": "2025-02-30", "hots": "a"}]}
                """);
        Cli cli = Cli.run("check", "--pack", TQ, bad.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("/sessions/0/date"), cli.err());
        assertTrue(cli.err().contains("/sessions/0/hots"), cli.err());
        assertTrue(cli.err().contains(bad.toString()), cli.err());
        assertNoStackTrace(cli);
    }

    @Test
    void aPlanOfAYearWithoutCalendarIsAnInputErrorAtCalendar() throws IOException {
        Path old = write("old.json", Files.readString(Path.of(TQ_PLAN)).replace("2025-2026\"", "2029-2030\""));
        Cli cli = Cli.run("check", "--pack", TQ, "--format", "json", old.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.out().contains("\"path\":\"/calendar\""), cli.out());
    }

    @Test
    void aPlanOutsideThePacksCoverageSaysWhatItCovers() {
        Cli cli = Cli.run("check", "--pack", TQ, "plans/an-tien-2023-2024.json");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("/schoolYear"), cli.err());
        assertTrue(cli.err().contains("từ năm học 2025-2026"), cli.err());
    }

    @Test
    void severalFilesInJsonGiveOneLinePerFileInArgumentOrder() throws IOException {
        Path broken = write("broken.json", "{\"id\": ");
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", TQ_PLAN,
                broken.toString(), TQ_PLAN);
        List<String> lines = cli.out().lines().toList();
        assertEquals(3, lines.size(), cli.out());
        assertTrue(lines.get(0).startsWith("{\"plan\":\"tq-cum-mn-so-5-2025-2026\""));
        assertTrue(lines.get(1).startsWith("{\"file\":\"" + broken + "\",\"inputErrors\":["), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
        assertEquals(2, cli.status(), "an input error outweighs violations");
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        String[] args = {"check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", TQ_PLAN};
        assertEquals(Cli.run(args).out(), Cli.run(args).out());
    }

    @Test
    void dashReadsThePlanFromStandardInput() throws IOException {
        Cli cli = Cli.runWithStdin(Files.readString(Path.of(TQ_PLAN)), "check", "--pack", TQ, "--as-of",
                "2025-12-01", "--format", "json", "-");
        assertEquals(1, cli.status());
        assertEquals(Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", TQ_PLAN).out(),
                cli.out());
    }

    @Test
    void aMissingFileIsAnInputError() {
        Cli cli = Cli.run("check", "--pack", TQ, dir.resolve("nope.json").toString());
        assertEquals(2, cli.status());
        assertNoStackTrace(cli);
    }

    @Test
    void aBadAsOfDateIsAnInputErrorWithoutJavaJargon() {
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-13-01", TQ_PLAN);
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("2025-13-01") && cli.err().contains("YYYY-MM-DD"), cli.err());
        assertNoStackTrace(cli);
    }

    @Test
    void withoutPackAPlanNoPackAppliesToIsAnInputErrorListingThePacks() {
        // the Tuyên Quang example names no province: only national packs apply, and none covers a preschool cluster
        Cli cli = Cli.run("check", TQ_PLAN);
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("No pack applies to this plan") && cli.err().contains("name the packs"),
                cli.err());
        assertTrue(cli.err().contains("tuyenquang-mn-2025 (Tuyên Quang, [MAM_NON], [CLUSTER], 2025-2026 onward)"),
                cli.err());
    }

    @Test
    void jsonLinesGiveOneLineOutPerLineInInOrderAndGoOnPastBrokenLines() throws IOException {
        String bad = Files.readString(Path.of(TQ_PLAN)).replace('\n', ' ');
        String good = Files.readString(Path.of("plans/tuyen-quang-mn-2025-2026-dat.json")).replace('\n', ' ');
        List<String> in = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            in.add(i % 2 == 0 ? bad : good);
        }
        in.set(7, "{\"id\": ");
        in.set(8, "");
        Path file = write("plans.jsonl", String.join("\n", in) + "\n");
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--threads", "3", "--jsonl", file.toString());
        List<String> out = cli.out().lines().toList();
        assertEquals(60, out.size());
        for (int i = 0; i < 60; i++) {
            String expected = i == 7 || i == 8 ? "{\"file\":\"" + file + "\",\"line\":" + (i + 1) + ",\"inputErrors\""
                    : i % 2 == 0 ? "{\"plan\":\"tq-cum-mn-so-5-2025-2026\"" : "{\"plan\":\"tq-cum-mn-so-7-2025-2026\"";
            assertTrue(out.get(i).startsWith(expected), i + ": " + out.get(i));
        }
        assertEquals(2, cli.status());
        assertEquals("", cli.err());
    }

    @Test
    void jsonLinesReadStandardInput() throws IOException {
        String plan = Files.readString(Path.of("plans/tuyen-quang-mn-2025-2026-dat.json")).replace('\n', ' ');
        Cli cli = Cli.runWithStdin(plan + "\n" + plan + "\n", "check", "--pack", TQ, "--as-of", "2025-12-01",
                "--jsonl", "-");
        assertEquals(2, cli.out().lines().count());
        assertEquals(0, cli.status());
    }

    @Test
    void filesAndJsonLinesTogetherOrNeitherAreAnInputError() {
        assertEquals(2, Cli.run("check", "--pack", TQ, "--jsonl", "x.jsonl", TQ_PLAN).status());
        assertEquals(2, Cli.run("check", "--pack", TQ).status());
    }

    static final String TQ_SOURCES = "../rules-mn/src/main/resources/vn/edu/shcm/rules/mn/tuyenquang2025";

    @Test
    void drlChecksWithRulesCompiledFromADirectoryAndGivesTheShippedResult() {
        Cli shipped = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", TQ_PLAN);
        Cli dev = Cli.run("check", "--drl", TQ_SOURCES, "--as-of", "2025-12-01", "--format", "json", TQ_PLAN);
        assertEquals(shipped.out(), dev.out());
        assertEquals(1, dev.status());
    }

    @Test
    void drlHelpSaysItIsTheOnlyWayToRunRulesThatAreNotShipped() {
        Cli cli = Cli.run("check", "--help");
        assertTrue(cli.out().replaceAll("\\s+", " ").contains("Shipped packs load only from the class path; this option "
                + "is the only way to run rules that are not shipped."), cli.out());
        assertTrue(cli.out().replaceAll("\\s+", " ").contains("use only packs you wrote or trust"), cli.out());
    }

    @Test
    void aBrokenDrlDirectoryIsAnInputErrorAndAnotherPackIdIsUnknown() throws IOException {
        Cli noPack = Cli.run("check", "--drl", dir.toString(), TQ_PLAN);
        assertEquals(2, noPack.status());
        assertTrue(noPack.err().contains("no pack.json"), noPack.err());
        Path broken = Files.createDirectory(dir.resolve("broken"));
        for (Path f : Files.list(Path.of(TQ_SOURCES)).toList()) {
            Files.writeString(broken.resolve(f.getFileName()), Files.readString(f).replace("then", "than"));
        }
        Cli cli = Cli.run("check", "--drl", broken.toString(), TQ_PLAN);
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("does not compile"), cli.err());
        assertNoStackTrace(cli);
        assertEquals(3, Cli.run("check", "--drl", TQ_SOURCES, "--pack", "anlao-mn-2023", TQ_PLAN).status());
    }

    @Test
    void helpExitsWith0() {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.status());
        assertTrue(cli.out().contains("check") && cli.out().contains("packs") && cli.out().contains("explain"));
    }
}
