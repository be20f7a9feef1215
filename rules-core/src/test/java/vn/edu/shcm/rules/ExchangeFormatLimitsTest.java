package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.Docs.base;
import static vn.edu.shcm.rules.Docs.single;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.model.Plan;

/** The read limits: each exceeded one is a problem with its own message, never an exception or an exhausted heap. */
class ExchangeFormatLimitsTest {

    private static final String EMPTY_SESSIONS = "[ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]";

    @Test
    void theLimitsAreThoseDocumented() {
        assertEquals(10_485_760, Limits.MAX_DOCUMENT_BYTES);
        assertEquals(32, Limits.MAX_NESTING_DEPTH);
        assertEquals(100_000, Limits.MAX_STRING_LENGTH);
        assertEquals(100, Limits.MAX_NUMBER_LENGTH);
        assertEquals(5_000, Limits.MAX_SESSIONS);
        assertEquals(1_000, Limits.MAX_ARRAY_ELEMENTS);
        assertEquals(1_000_000, Limits.MAX_TOKENS);
    }

    @Test
    void aOneMegabyteString() {
        PlanProblem p = single(base("'id': 'p'", "'id': '" + "x".repeat(1_000_000) + "'"));
        assertEquals("", p.path());
        assertTrue(p.messageEn().startsWith("String longer than 100000 characters at line 2, column "), p.messageEn());
        assertTrue(p.message().startsWith("Chuỗi ký tự dài quá 100000 ký tự (dòng 2, cột "), p.message());
    }

    @Test
    void aStringOfExactlyTheLimitIsRead() {
        Plan plan = ExchangeFormat.readPlan(base("'id': 'p'", "'id': '" + "đ".repeat(100_000) + "'"));
        assertEquals(100_000, plan.id().length());
        PlanProblem p = single(base("'id': 'p'", "'id': '" + "đ".repeat(100_001) + "'"));
        assertTrue(p.messageEn().startsWith("String longer than 100000 characters"), p.messageEn());
    }

    @Test
    void aLongFieldName() {
        PlanProblem p = single(base("'id': 'p'", "'" + "k".repeat(100_001) + "': 1, 'id': 'p'"));
        assertTrue(p.messageEn().startsWith("String longer than 100000 characters"), p.messageEn());
    }

    @Test
    void fortyDeepNestedArrays() {
        PlanProblem p = single(base("'id': 'p',", "'id': 'p', 'objectives': " + "[".repeat(40) + "]".repeat(40) + ","));
        assertEquals("", p.path());
        assertEquals("Nesting deeper than 32 levels at line 2, column 60.", p.messageEn());
        assertEquals("Tài liệu lồng nhau quá 32 cấp (dòng 2, cột 60).", p.message());
    }

    @Test
    void nestingUpToTheLimitIsJustAWrongType() {
        // the plan object is level 1, so 31 arrays make 32 levels
        PlanProblem p = single(base("'id': 'p',", "'id': 'p', 'objectives': " + "[".repeat(31) + "]".repeat(31) + ","));
        assertEquals("/objectives/0", p.path());
    }

    @Test
    void deepNestingNeverOverflowsTheStack() {
        assertEquals("", single("{\"x\":" + "[".repeat(200_000)).path());
        assertEquals("", single("{\"x\":" + "{\"a\":".repeat(200_000)).path());
        assertEquals("", single("[".repeat(200_000)).path());
    }

    @Test
    void aLongNumber() {
        PlanProblem p = single(base("'id': 'p',", "'id': " + "9".repeat(101) + ","));
        assertEquals("", p.path());
        assertTrue(p.messageEn().startsWith("Number longer than 100 characters at line 2"), p.messageEn());
        assertEquals("/id", single(base("'id': 'p',", "'id': " + "9".repeat(100) + ",")).path());
    }

    @Test
    void fiveThousandAndOneSessions() {
        PlanProblem p = single(base(EMPTY_SESSIONS, sessions(5_001)));
        assertEquals("/sessions", p.path());
        assertEquals("List has 5001 elements; at most 5000 are allowed.", p.messageEn());
        assertEquals("Danh sách có 5001 phần tử, vượt quá giới hạn 5000 phần tử.", p.message());
        assertEquals(5_000, ExchangeFormat.readPlan(base(EMPTY_SESSIONS, sessions(5_000))).sessions().size());
    }

    @Test
    void aThousandAndOneElementsInAnyOtherList() {
        String objectives = "[" + String.join(",", java.util.Collections.nCopies(1_001, "\"o\"")) + "]";
        PlanProblem p = single(base("'id': 'p',", "'id': 'p', 'objectives': " + objectives + ","));
        assertEquals("/objectives", p.path());
        assertEquals("List has 1001 elements; at most 1000 are allowed.", p.messageEn());
        String initiatives = "[" + String.join(",", java.util.Collections.nCopies(1_001, "\"a\"")) + "]";
        assertEquals("/sessions/0/initiativesBy",
                single(base("'host': 'a'", "'host': 'a', 'initiativesBy': " + initiatives)).path());
    }

    @Test
    void tooManyTokens() {
        String zeros = "[" + "0,".repeat(1_000_000) + "0]";
        PlanProblem p = single(base("'id': 'p',", "'id': 'p', 'x': " + zeros + ","));
        assertEquals("", p.path());
        assertTrue(p.messageEn().startsWith("Document has more than 1000000 JSON tokens at line 2"), p.messageEn());
    }

    @Test
    void anElevenMebibyteDocument(@TempDir Path dir) throws IOException {
        String doc = base("'id': 'p',", "'id': 'p', 'objectives': [" + "\"x\",".repeat(11 * 1024 * 1024 / 4) + "\"x\"],");
        assertTrue(doc.length() > 11 * 1024 * 1024);
        PlanProblem p = single(doc);
        assertEquals("", p.path());
        assertEquals("Document larger than 10 MiB (at most 10485760 bytes).", p.messageEn());
        assertTrue(p.message().startsWith("Tài liệu lớn hơn 10 MiB"), p.message());

        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        InvalidPlanException fromStream = assertThrows(InvalidPlanException.class,
                () -> ExchangeFormat.readPlan(new ByteArrayInputStream(bytes), "big.json"));
        assertEquals(p, fromStream.problems().get(0));
        Path file = dir.resolve("big.json");
        Files.write(file, bytes);
        assertEquals(p, assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(file))
                .problems().get(0));
    }

    @Test
    void exactlyTenMebibytesIsRead() {
        byte[] doc = Docs.BASE.getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(doc, Limits.MAX_DOCUMENT_BYTES);
        Arrays.fill(padded, doc.length, padded.length, (byte) ' ');
        assertEquals("p", ExchangeFormat.readPlan(new ByteArrayInputStream(padded), "padded").id());
        byte[] over = Arrays.copyOf(padded, Limits.MAX_DOCUMENT_BYTES + 1);
        over[over.length - 1] = ' ';
        assertEquals("Document larger than 10 MiB (at most 10485760 bytes).", assertThrows(
                InvalidPlanException.class, () -> ExchangeFormat.readPlan(new ByteArrayInputStream(over), "over"))
                .problems().get(0).messageEn());
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        CountingEndlessStream in = new CountingEndlessStream();
        PlanProblem p = assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(in, "endless"))
                .problems().get(0);
        assertEquals("Document larger than 10 MiB (at most 10485760 bytes).", p.messageEn());
        assertEquals(Limits.MAX_DOCUMENT_BYTES + 1L, in.read);
    }

    @Test
    void aFailingStreamIsAnIoError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ExchangeFormat.readPlan(failing, "disk.json"));
        assertEquals("disk gone", e.getCause().getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"C328", "C0AF", "EDA080", "FF", "E282", "F4908080"})
    void invalidUtf8Bytes(String hex) {
        byte[] prefix = "{\n  \"id\": \"ab".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, doc, 0, prefix.length);
        System.arraycopy(bad, 0, doc, prefix.length, bad.length);
        System.arraycopy(suffix, 0, doc, prefix.length + bad.length, suffix.length);
        PlanProblem p = assertThrows(InvalidPlanException.class,
                () -> ExchangeFormat.readPlan(new ByteArrayInputStream(doc), "utf8")).problems().get(0);
        assertEquals("", p.path());
        assertEquals("Invalid UTF-8 bytes at line 2, column 12.", p.messageEn());
        assertEquals("Tài liệu chứa byte không hợp lệ theo bảng mã UTF-8 (dòng 2, cột 12).", p.message());
    }

    @Test
    void utf16IsNotGuessed() {
        byte[] utf16 = Docs.BASE.getBytes(StandardCharsets.UTF_16LE);
        PlanProblem p = assertThrows(InvalidPlanException.class,
                () -> ExchangeFormat.readPlan(new ByteArrayInputStream(utf16), "utf16")).problems().get(0);
        assertEquals("", p.path());
    }

    @Test
    void anEscapedNulIsContentARawNulIsMalformed() {
        assertEquals("a\u0000b", ExchangeFormat.readPlan(base("'name': 'Cụm A'", "'name': 'a\\u0000b'"))
                .cluster().name());
        PlanProblem p = single(base("'name': 'Cụm A'", "'name': 'a\u0000b'"));
        assertEquals("", p.path());
        assertTrue(p.messageEn().startsWith("Malformed JSON at line 7, column 15: a string holds a control character"),
                p.messageEn());
    }

    @Test
    void everyTruncationOfTheExampleIsAnInputError() {
        byte[] doc = Docs.exampleBytes();
        int end = new String(doc, StandardCharsets.ISO_8859_1).lastIndexOf('}');
        for (int length = 0; length <= end; length++) {
            byte[] prefix = Arrays.copyOf(doc, length);
            int n = length;
            InvalidPlanException e = assertThrows(InvalidPlanException.class,
                    () -> ExchangeFormat.readPlan(new ByteArrayInputStream(prefix), "prefix " + n));
            assertEquals(1, e.problems().size(), () -> "prefix " + n + ": " + e.problems());
            assertEquals("", e.problems().get(0).path(), "prefix " + n);
        }
        assertEquals("an-tien-2023-2024", ExchangeFormat.readPlan(
                new ByteArrayInputStream(Arrays.copyOf(doc, end + 1)), "whole").id());
    }

    private static String sessions(int count) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"date\":\"2023-10-12\"}");
        }
        return sb.append("]").toString();
    }

    /** Zero bytes without end, counting how many were read. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }
}
