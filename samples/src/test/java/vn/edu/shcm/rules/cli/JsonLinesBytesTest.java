package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.ExchangeFormat;

/**
 * {@code check --jsonl} on bytes: each line is split from the input's bytes and checked from them, its result written
 * as the same bytes as checking the line as a file gives; byte-order marks, line ends, blank lines, lines that are
 * not UTF-8 and lines over the limits each give their line's result or error document, and the run goes on.
 */
class JsonLinesBytesTest {

    static final String TQ = "tuyenquang-mn-2025";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static byte[] planLine(String file) throws IOException {
        return Files.readString(Path.of(file)).replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
    }

    /** What checking the line's bytes as a plan file gives: the oracle for a line that is a plan. */
    String asFile(byte[] line) throws IOException {
        Path file = Files.write(dir.resolve("line-" + System.nanoTime() + ".json"), line);
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--format", "json", file.toString());
        assertEquals(1, cli.out().lines().count(), cli.out());
        return cli.out().lines().findFirst().orElseThrow();
    }

    static byte[] join(List<byte[]> lines, String end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static String messageEn(String errorLine, Path file, int line) throws IOException {
        JsonNode doc = JSON.readTree(errorLine);
        assertEquals(file.toString(), doc.get("file").asText(), errorLine);
        assertEquals(line, doc.get("line").asInt(), errorLine);
        assertEquals(1, doc.get("inputErrors").size(), errorLine);
        assertEquals("", doc.get("inputErrors").get(0).get("path").asText(), errorLine);
        return doc.get("inputErrors").get(0).get("messageEn").asText();
    }

    @Test
    void everyKindOfLineGivesItsResultOrErrorAndTheRunGoesOn() throws IOException {
        byte[] good = planLine("plans/tuyen-quang-mn-2025-2026-dat.json");
        byte[] bad = planLine("plans/tuyen-quang-mn-2025-2026.json");
        byte[] emoji = bytes(new String(good, StandardCharsets.UTF_8).replaceFirst("\"id\": \"", "\"id\": \"😀-"));
        byte[] lone = bytes(new String(good, StandardCharsets.UTF_8).replaceFirst("\"id\": \"", "\"id\": \"\\\\uD800-"));
        List<byte[]> lines = List.of(
                concat(BOM, good),                             // 1 a byte-order mark, skipped
                bytes(""),                                     // 2 blank
                bytes(" \t\u000B\f"),                          // 3 white space
                bytes("\u3000\u2003 "),                        // 4 white space beyond ASCII, blank as for a String
                concat(bad, bytes("\r")),                      // 5 CRLF
                BOM,                                           // 6 a byte-order mark only: an empty document
                bytes("{\"id\": "),                            // 7 truncated
                concat(bytes("{\"id\": \"a"), new byte[] {(byte) 0xFF}, bytes("\"}")), // 8 not UTF-8
                new byte[] {(byte) 0xC3},                      // 9 a cut character
                emoji,                                         // 10 a surrogate pair in the result
                lone,                                          // 11 an unpaired surrogate, written as ?
                bytes("\r"),                                   // 12 a line end only: blank
                concat(bytes(" "), good, bytes(" \r\r")));     // 13 one \r goes, the other is white space
        Path file = Files.write(dir.resolve("plans.jsonl"), join(lines, "\n"));
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--threads", "3", "--jsonl", file.toString());
        List<String> out = cli.out().lines().toList();
        assertEquals(lines.size(), out.size(), cli.out());
        assertEquals("", cli.err());
        assertEquals(2, cli.status());
        assertEquals(asFile(good), out.get(0));
        assertEquals("Empty line: no plan.", messageEn(out.get(1), file, 2));
        assertEquals("Empty line: no plan.", messageEn(out.get(2), file, 3));
        assertEquals("Empty line: no plan.", messageEn(out.get(3), file, 4));
        assertEquals(asFile(bad), out.get(4));
        assertTrue(messageEn(out.get(5), file, 6).startsWith("The document is empty"), out.get(5));
        assertTrue(messageEn(out.get(6), file, 7).startsWith("Truncated JSON"), out.get(6));
        assertEquals("Invalid UTF-8 bytes at line 1, column 10.", messageEn(out.get(7), file, 8));
        assertEquals("Invalid UTF-8 bytes at line 1, column 1.", messageEn(out.get(8), file, 9));
        assertEquals(asFile(emoji), out.get(9));
        assertTrue(out.get(9).startsWith("{\"plan\":\"😀-"), out.get(9));
        assertEquals(asFile(lone), out.get(10));
        assertTrue(out.get(10).startsWith("{\"plan\":\"?-"), out.get(10));
        assertEquals("Empty line: no plan.", messageEn(out.get(11), file, 12));
        assertEquals(asFile(good), out.get(12));

        // the same from standard input, with one thread, and to a writer of text
        Cli stdin = Cli.runWithStdin(Files.readAllBytes(file), "check", "--pack", TQ, "--as-of", "2025-12-01",
                "--threads", "1", "--jsonl", "-");
        assertEquals(cli.out().replace("\"file\":\"" + file + "\"", "\"file\":\"-\""), stdin.out());
        assertEquals(cli.status(), stdin.status());
        Cli writer = Cli.runToWriter("check", "--pack", TQ, "--as-of", "2025-12-01", "--jsonl", file.toString());
        assertEquals(cli.out(), writer.out());
        assertEquals(cli.status(), writer.status());
    }

    @Test
    void crlfLinesAndALastLineWithoutLineEndAreRead() throws IOException {
        byte[] good = planLine("plans/tuyen-quang-mn-2025-2026-dat.json");
        byte[] input = concat(join(List.of(good, good), "\r\n"), good, bytes("\r"));
        Path file = Files.write(dir.resolve("crlf.jsonl"), input);
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--jsonl", file.toString());
        String expected = asFile(good);
        assertEquals(List.of(expected, expected, expected), cli.out().lines().toList());
        assertEquals(0, cli.status());
        assertEquals(String.join(System.lineSeparator(), expected, expected, expected) + System.lineSeparator(),
                cli.out(), "each result ends with the line end println writes");
    }

    @Test
    void linesOverTheLimitsAreSkippedAndReportedAsBefore() throws IOException {
        int max = ExchangeFormat.Limits.MAX_DOCUMENT_BYTES;
        byte[] good = planLine("plans/tuyen-quang-mn-2025-2026-dat.json");
        List<byte[]> lines = new ArrayList<>();
        lines.add(good);
        lines.add(bytes("x".repeat(max + 1)));                              // 2 too many characters
        lines.add(bytes("{\"id\": \"" + "ế".repeat(max / 3) + "\"}"));      // 3 few characters, too many bytes
        lines.add(bytes("x".repeat(max) + "\r"));                           // 4 too long with its \r, as before
        lines.add(bytes("{\"id\": \"" + "é".repeat(max / 2 - 5) + "\"}\r"));  // 5 the limit's bytes without \r
        lines.add(good);
        Path file = Files.write(dir.resolve("long.jsonl"), join(lines, "\n"));
        Cli cli = Cli.run("check", "--pack", TQ, "--as-of", "2025-12-01", "--jsonl", file.toString());
        List<String> out = cli.out().lines().toList();
        assertEquals(6, out.size());
        assertEquals(asFile(good), out.get(0));
        assertEquals("The line is longer than " + max + " characters.", messageEn(out.get(1), file, 2));
        assertEquals("Document larger than 10 MiB (at most " + max + " bytes).", messageEn(out.get(2), file, 3));
        assertEquals("The line is longer than " + max + " characters.", messageEn(out.get(3), file, 4));
        assertFalse(messageEn(out.get(4), file, 5).contains("larger"), out.get(4));
        assertTrue(messageEn(out.get(4), file, 5).startsWith("String longer than 100000 characters"), out.get(4));
        assertEquals(asFile(good), out.get(5));
        assertEquals(2, cli.status());
    }

    @Test
    void aStreamThatFailsKeepsTheResultsAlreadyWrittenAndIsAReadError() throws IOException {
        byte[] good = planLine("plans/tuyen-quang-mn-2025-2026-dat.json");
        List<byte[]> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(good);
        }
        InputStream in = new ByteArrayInputStream(join(lines, "\n"));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }
        };
        Cli cli = Cli.runWithStdin(failing, "check", "--pack", TQ, "--as-of", "2025-12-01", "--threads", "1",
                "--jsonl", "-");
        assertEquals(2, cli.status());
        assertEquals(List.of("Không đọc được -: java.io.IOException: disk gone", "(Cannot read -.)"),
                cli.err().lines().toList());
        // the results written before the failure are kept (those still in flight are not written)
        List<String> out = cli.out().lines().toList();
        assertTrue(out.size() > 10 && out.size() < 40, "" + out.size());
        String expected = asFile(good);
        out.forEach(line -> assertEquals(expected, line));
    }
}
