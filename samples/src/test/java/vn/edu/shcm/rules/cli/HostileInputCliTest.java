package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input through the command line, in both output formats: every case gives a result (exit 0 or 1) or an
 * input error (exit 2) that names the file and the JSON pointer, or the line and column, of each problem, within
 * the documented limits; never a Java stack trace.
 */
class HostileInputCliTest {

    static final String TQ = "tuyenquang-mn-2025";
    static final Path TQ_PLAN = Path.of("plans/tuyen-quang-mn-2025-2026.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static String plan(String sessions) {
        return """
                {"id": "p", "schoolYear": "2025-2026", "level": "MAM_NON", "scope": "CLUSTER",
                 "cluster": {"name": "Cụm", "head": "a", "deputy": "b",
                             "members": [{"id": "a", "name": "Trường A"}, {"id": "b", "name": "Trường B"}]},
                 "sessions": [%s]}
                """.formatted(sessions);
    }

    static void assertNoStackTrace(Cli cli) {
        for (String stream : List.of(cli.out(), cli.err())) {
            assertFalse(stream.contains("\tat ") || stream.contains("Exception") || stream.contains("Caused by")
                    || stream.contains("Error:"), stream);
        }
    }

    /** An input error in both formats: exit 2, the file named, each expected location given, no stack trace. */
    static List<JsonNode> assertInputError(Path file, String... locations) throws IOException {
        Cli text = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", file.toString());
        assertEquals(ExitCode.INPUT_ERROR, text.status(), text.err());
        assertTrue(text.err().startsWith("Tệp " + file + ": "), text.err());
        assertEquals("", text.out());
        for (String location : locations) {
            assertTrue(text.err().contains(location), () -> location + " in " + text.err());
        }
        assertNoStackTrace(text);

        Cli json = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", file.toString());
        assertEquals(ExitCode.INPUT_ERROR, json.status(), json.err());
        assertEquals("", json.err());
        assertEquals(1, json.out().lines().count(), json.out());
        JsonNode doc = JSON.readTree(json.out());
        assertEquals(file.toString(), doc.get("file").asText());
        List<JsonNode> errors = new ArrayList<>();
        doc.get("inputErrors").forEach(errors::add);
        assertFalse(errors.isEmpty());
        for (String location : locations) {
            assertTrue(errors.stream().anyMatch(e -> e.get("path").asText().equals(location)
                            || e.get("message").asText().contains(location) || e.get("messageEn").asText()
                            .contains(location)), () -> location + " in " + json.out());
        }
        assertNoStackTrace(json);
        return errors;
    }

    @Test
    void aTruncatedDocumentGivesLineAndColumn() throws IOException {
        String whole = Files.readString(TQ_PLAN);
        Path file = write("truncated.json", whole.substring(0, whole.length() / 2));
        List<JsonNode> errors = assertInputError(file, "dòng ");
        assertEquals("", errors.get(0).get("path").asText());
        assertTrue(errors.get(0).get("messageEn").asText().startsWith("Truncated JSON"), errors.toString());
    }

    @Test
    void wrongTypesAreReportedAtTheirPointers() throws IOException {
        Path file = write("types.json", """
                {"id": 7, "schoolYear": 2025, "level": "MAM_NON", "scope": "CLUSTER",
                 "cluster": {"name": ["Cụm"], "members": "a"},
                 "sessions": [{"id": "s", "date": 20251110, "status": true, "activities": "STEAM"}]}
                """);
        assertInputError(file, "/id", "/schoolYear", "/cluster/name", "/cluster/members", "/sessions/0/date",
                "/sessions/0/status", "/sessions/0/activities");
    }

    @Test
    void absurdButValidSessionDatesAreViolationsNotErrors() throws IOException {
        Path file = write("absurd.json", plan("""
                {"id": "s1", "date": "0001-01-01", "host": "a",
                 "milestones": {"invitationSentOn": "0000-01-01"}, "resultReport": {"submittedOn": "9999-12-31"}},
                {"id": "s2", "date": "9999-12-31", "host": "b"}"""));
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", file.toString());
        assertEquals(ExitCode.VIOLATIONS, cli.status(), cli.err());
        assertTrue(cli.out().contains("\"path\":\"/sessions/0/date\"") && cli.out().contains("0001-01-01"),
                cli.out());
        assertNoStackTrace(cli);
        Cli text = Cli.run("check", "--pack", TQ, "--as-of", "9999-12-31", file.toString());
        assertEquals(ExitCode.VIOLATIONS, text.status(), text.err());
        assertTrue(text.out().contains("01/01/0001"), text.out());
        assertNoStackTrace(text);
    }

    @Test
    void anAbsurdCalendarIsAnInputErrorAtItsDate() throws IOException {
        Path file = write("calendar.json", plan("{\"id\": \"s1\", \"date\": \"1000-03-03\", \"host\": \"a\"}")
                .replace("\"sessions\"", "\"calendar\": {\"start\": \"0001-01-01\", \"end\": \"9999-12-31\"}, "
                        + "\"sessions\""));
        assertInputError(file, "/calendar/start", "/calendar/end");
    }

    @Test
    void aOneMegabyteStringIsAnInputErrorWithItsPlace() throws IOException {
        Path file = write("long.json", plan("{\"id\": \"s1\", \"date\": \"2025-11-10\", \"content\": \""
                + "á".repeat(1_000_000) + "\"}"));
        List<JsonNode> errors = assertInputError(file, "100000", "dòng 4");
        assertTrue(errors.get(0).get("message").asText().length() < 200, "the value is not repeated");
    }

    @Test
    void tenThousandNestedArraysAreAnInputErrorNotAStackOverflow() throws IOException {
        Path file = write("deep.json", "{\"id\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertInputError(file, "32");
    }

    @ParameterizedTest(name = "{0} sessions")
    @ValueSource(ints = {5_001, 20_000, 60_000})
    void tensOfThousandsOfSessionsAreAnInputErrorAtTheLimit(int count) throws IOException {
        StringBuilder sessions = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sessions.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"date\":\"2025-11-10\"}");
        }
        Path file = write("many.json", plan(sessions.toString()));
        List<JsonNode> errors = assertInputError(file, "/sessions");
        assertEquals("List has " + count + " elements; at most 5000 are allowed.",
                errors.get(0).get("messageEn").asText());
    }

    @Test
    void fiveThousandSessionsAreChecked() throws IOException {
        StringBuilder sessions = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sessions.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i)
                    .append("\",\"date\":\"2025-11-10\",\"host\":\"").append(i % 2 == 0 ? "a" : "b").append("\"}");
        }
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json",
                write("five-thousand.json", plan(sessions.toString())).toString());
        assertEquals(ExitCode.VIOLATIONS, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("{\"plan\":\"p\""), cli.out().substring(0, 100));
    }

    @Test
    void aDocumentOverTenMebibytesIsAnInputError() throws IOException {
        Path file = write("huge.json", plan("{\"id\": \"s\", \"date\": \"2025-11-10\", \"content\": \""
                + "a".repeat(99_000) + "\"}").replace("\"sessions\"", "\"objectives\": [" + ("\"" + "b".repeat(90_000)
                + "\",").repeat(120) + "\"c\"], \"sessions\""));
        assertTrue(Files.size(file) > 10 * 1024 * 1024);
        assertInputError(file, "10 MiB");
    }

    @Test
    void invalidUtf8IsAnInputErrorWithItsPlace() throws IOException {
        byte[] good = plan("{\"id\": \"s1\", \"date\": \"2025-11-10\", \"content\": \"XY\"}")
                .getBytes(StandardCharsets.UTF_8);
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("XY");
        good[at] = (byte) 0xC3;
        good[at + 1] = (byte) 0x28;
        assertInputError(write("latin.json", good), "UTF-8", "dòng 4");
    }

    @Test
    void aRawNulIsMalformedAnEscapedOneIsText() throws IOException {
        assertInputError(write("nul.json", plan("{\"id\": \"s\u0000\", \"date\": \"2025-11-10\"}")), "dòng 4");
        Path escaped = write("escaped-nul.json", plan("{\"id\": \"s1\", \"date\": \"2025-11-10\", \"host\": \"a\","
                + " \"content\": \"a\\u0000b\"}").replace("\"Trường A\"", "\"Trường\\u0000A\""));
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", escaped.toString());
        assertEquals(ExitCode.VIOLATIONS, cli.status(), cli.err());
        assertNoStackTrace(cli);
    }

    @Test
    void aNulInTheFileNameIsAnInputError() {
        Cli cli = Cli.run("check", "--pack", TQ, "plan\u0000.json");
        assertEquals(ExitCode.INPUT_ERROR, cli.status(), cli.err());
        assertNoStackTrace(cli);
    }

    @Test
    void emptyBinaryAndDirectoryInputsAreInputErrors() throws IOException {
        assertInputError(write("empty.json", ""), "dòng 1");
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        assertInputError(write("noise.json", noise));
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        Cli cli = Cli.run("check", "--pack", TQ, folder.toString());
        assertEquals(ExitCode.INPUT_ERROR, cli.status(), cli.err());
        assertTrue(cli.err().contains(folder.toString()), cli.err());
        assertNoStackTrace(cli);
    }

    @Test
    void aPlanWrittenInDecomposedLettersChecksAsTheComposedOne() throws IOException {
        String composed = Normalizer.normalize(Files.readString(TQ_PLAN), Normalizer.Form.NFC);
        Path nfd = write("nfd.json", Normalizer.normalize(composed, Normalizer.Form.NFD));
        Path nfc = write("nfc.json", composed);
        Cli a = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", nfc.toString());
        Cli b = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", nfd.toString());
        assertEquals(ExitCode.VIOLATIONS, b.status(), b.err());
        assertEquals(a.out(), Normalizer.normalize(b.out(), Normalizer.Form.NFC));
    }

    @Test
    void hostileInputOnStandardInputToo() {
        Cli cli = Cli.runWithStdin("{\"id\": " + "[".repeat(5_000), "check", "--pack", TQ, "--format", "json", "-");
        assertEquals(ExitCode.INPUT_ERROR, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("{\"file\":\"-\",\"inputErrors\":[{\"path\":\"\""), cli.out());
        assertNoStackTrace(cli);
    }

    @Test
    void withSeveralFilesEachHostileOneIsReportedInItsPlaceAndTheWorstStatusWins() throws IOException {
        Path deep = write("deep.json", "{\"id\": " + "[".repeat(100) + "]".repeat(100) + "}");
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", TQ_PLAN.toString(),
                deep.toString(), "plans/tuyen-quang-mn-2025-2026-dat.json");
        List<String> lines = cli.out().lines().toList();
        assertEquals(3, lines.size(), cli.out());
        assertTrue(lines.get(1).startsWith("{\"file\":\"" + deep + "\""), lines.get(1));
        assertEquals(ExitCode.INPUT_ERROR, cli.status());
        assertNoStackTrace(cli);
    }
}
