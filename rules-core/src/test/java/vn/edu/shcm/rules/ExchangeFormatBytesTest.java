package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.CoreOnlyPack;

/**
 * The byte forms of the exchange format, {@link ExchangeFormat#readPlan(byte[])} and
 * {@link ExchangeFormat#writeResultBytes}, against the text forms: the same plan or the same problems from the
 * UTF-8 bytes of a text as from the text, and exactly the UTF-8 bytes of the text a result is written as.
 */
class ExchangeFormatBytesTest {

    private static final Checker CORE = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
    private static final String CORE_PACK = "test-core-only";

    /** Words of the parser's own messages (as in DocumentReaderTest), none of which may reach a user. */
    private static final List<String> PARSER_WORDS = List.of("Source:", "REDACTED", "StreamReadFeature",
            "JsonReadFeature", "com.fasterxml", "Jackson", "JsonParseException", "JsonEOFException", "code ",
            "CTRL-CHAR", "marker", "token", "Feature", "enable", "end-of-input", "[Source", "double-quote to start");

    /** What reading gave: the plan, or the problems and the source of the exception. */
    private record Outcome(Plan plan, List<PlanProblem> problems, String source) {
    }

    private static Outcome fromText(String text) {
        try {
            return new Outcome(ExchangeFormat.readPlan(text), null, null);
        } catch (InvalidPlanException e) {
            return new Outcome(null, e.problems(), e.source());
        }
    }

    private static Outcome fromBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        try {
            return new Outcome(ExchangeFormat.readPlan(bytes), null, null);
        } catch (InvalidPlanException e) {
            return new Outcome(null, e.problems(), e.source());
        } finally {
            assertArrayEquals(copy, bytes, "the bytes read are not changed");
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text the bytes encode, or null when they are not UTF-8. */
    private static String decodeStrictly(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Reads the bytes both ways (the text way when they are UTF-8) and asserts the same outcome; returns it. */
    private static Outcome sameAsText(byte[] bytes, String what) {
        Outcome fromBytes = fromBytes(bytes);
        String text = decodeStrictly(bytes);
        if (text != null) {
            assertEquals(fromText(text), fromBytes, what);
        } else {
            assertInvalidUtf8(fromBytes, what);
        }
        if (fromBytes.problems() != null) {
            fromBytes.problems().forEach(p -> assertNoParserWords(p, what));
        }
        return fromBytes;
    }

    private static void assertInvalidUtf8(Outcome outcome, String what) {
        assertNotNull(outcome.problems(), what);
        assertEquals(1, outcome.problems().size(), () -> what + ": " + outcome.problems());
        PlanProblem p = outcome.problems().get(0);
        assertEquals("", p.path(), what);
        assertTrue(p.messageEn().matches("Invalid UTF-8 bytes at line \\d+, column \\d+\\."), what + ": " + p);
        assertTrue(p.message().startsWith("Tài liệu chứa byte không hợp lệ theo bảng mã UTF-8 (dòng "), what + ": " + p);
    }

    private static void assertNoParserWords(PlanProblem p, String what) {
        for (String word : PARSER_WORDS) {
            assertFalse(p.messageEn().contains(word), () -> what + ": " + word + " in " + p.messageEn());
            assertFalse(p.message().contains(word), () -> what + ": " + word + " in " + p.message());
        }
    }

    /**
     * The example plans: this module's, and those of the repository's other modules (the samples' plans, the
     * packs' case plans), found from this module's directory.
     */
    static List<Path> examplePlans() throws IOException {
        List<Path> plans = new ArrayList<>();
        Files.walkFileTree(Path.of(".."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return name.equals("target") || name.equals("node_modules") || name.startsWith(".") && !name.equals("..")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().endsWith(".json")
                        && file.getParent().getFileName().toString().equals("plans")) {
                    plans.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        plans.sort(null);
        return plans;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Test
    void everyExamplePlanReadsFromItsBytesAsFromItsText() throws IOException {
        List<Path> plans = examplePlans();
        assertTrue(plans.size() >= 30, "the repository's example plans: " + plans);
        assertTrue(plans.stream().anyMatch(p -> p.endsWith("src/test/resources/plans/an-tien-2023-2024.json")), "" + plans);
        int valid = 0;
        for (Path file : plans) {
            byte[] bytes = Files.readAllBytes(file);
            assertNotNull(decodeStrictly(bytes), file + " is UTF-8");
            Outcome outcome = sameAsText(bytes, file.toString());
            if (outcome.plan() != null) {
                valid++;
                assertEquals(outcome.plan(), ExchangeFormat.readPlan(new ByteArrayInputStream(bytes), "x"), "" + file);
            }
        }
        assertTrue(valid >= 25, "most example plans are valid: " + valid);
    }

    @Test
    void everyPrefixOfTheExampleCutAtAnyByteGivesTheTextsProblemsOrInvalidUtf8() {
        byte[] doc = Docs.exampleBytes();
        int notUtf8 = 0;
        for (int length = 0; length <= doc.length; length++) {
            byte[] prefix = Arrays.copyOf(doc, length);
            Outcome outcome = sameAsText(prefix, "prefix " + length);
            if (decodeStrictly(prefix) == null) {
                notUtf8++;
            } else if (length < doc.length - 1) {
                assertEquals(1, outcome.problems().size(), "prefix " + length);
            }
        }
        assertTrue(notUtf8 > 100, "the example's Vietnamese text cuts characters: " + notUtf8);
    }

    @Test
    void aMalformedDocumentGivesTheSameProblemFromBytesAndText() {
        List<String> docs = List.of("", " ", "\n\n", "[]", "\"x\"", "1", "null", "{", "{\"a\": 1", "{\"a\": 1,}",
                "{\"a\": [1,]}", "{\"a\": }", "{\"a\": tru}", "{\"a\": \"x\\q\"}", "{\"a\": \"\\u12G4\"}", "{'a': 1}",
                "{a: 1}", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "{\"a\": 01}", "{\"a\": NaN}", "{// c\n}",
                "{\"a\": [}", "{\"a\": {\"b\": 1]}", "{\"a\": #}", "{} {}", "{}x", "{\"a\": \"x\u0001y\"}",
                "{\"tên\": \"Trường\", \"tên\": 1}", "{\n  \"id\": \"Cụm\" ,, }", "{\"a\": \"Cụm 😀 \u0007\"}",
                "{\"" + "é".repeat(ExchangeFormat.Limits.MAX_STRING_LENGTH + 1) + "\": 1}",
                "{\"a\": " + "[".repeat(ExchangeFormat.Limits.MAX_NESTING_DEPTH + 1));
        for (String doc : docs) {
            String what = doc.length() > 60 ? doc.substring(0, 60) + "…" : doc;
            Outcome bytes = sameAsText(utf8(doc), what);
            assertNotNull(bytes.problems(), what);
            assertEquals(1, bytes.problems().size(), what);
            // with a byte-order mark, which both forms skip
            Outcome bom = sameAsText(utf8("\uFEFF" + doc), "BOM " + what);
            assertEquals(bytes, bom, "BOM " + what);
        }
        for (String doc : List.of(Docs.BASE, Docs.base("'name': 'Cụm A'", "'name': 'Cụm A', 'x': [1, {}]"),
                Docs.base("'date': '2023-10-12'", "'date': '2023-02-30'"),
                Docs.base("'head': 'a'", "'head': 'zz'"),
                Docs.base("'level': 'MAM_NON'", "'level': 'mam non'"))) {
            Outcome outcome = sameAsText(utf8(doc), doc);
            assertEquals(outcome, sameAsText(utf8("\uFEFF" + doc), "BOM " + doc));
        }
    }

    @Test
    void mutatedBytesOfTheExampleGiveTheSameOutcomeAsTheirText() {
        Random random = new Random(20240607);
        byte[] example = Docs.exampleBytes();
        byte[] inserted = utf8("{}[]\",:n0 \\ếđ😀");
        int texts = 0;
        for (int round = 0; round < 1_500; round++) {
            byte[] doc = example.clone();
            for (int e = 1 + random.nextInt(3); e > 0; e--) {
                int at = random.nextInt(doc.length);
                if (random.nextBoolean()) {
                    doc[at] = random.nextInt(3) == 0 ? (byte) random.nextInt() : inserted[random.nextInt(inserted.length)];
                } else {
                    byte[] copy = new byte[doc.length - 1];
                    System.arraycopy(doc, 0, copy, 0, at);
                    System.arraycopy(doc, at + 1, copy, at, doc.length - at - 1);
                    doc = copy;
                }
            }
            sameAsText(doc, "round " + round);
            if (decodeStrictly(doc) != null) {
                texts++;
            }
        }
        assertTrue(texts > 300, "many mutations stay UTF-8 and are compared with their text: " + texts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FF", "C3", "80", "C328", "C0AF", "EDA080", "EDBFBF", "E282", "F4908080", "F0", "F09F98"})
    void invalidUtf8AnywhereIsOneCleanProblemAtItsCharacterPosition(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        String text = Docs.BASE;
        for (int at = 0; at <= text.length(); at++) {
            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                continue;
            }
            byte[] before = utf8(text.substring(0, at));
            byte[] after = utf8(text.substring(at));
            byte[] doc = new byte[before.length + bad.length + after.length];
            System.arraycopy(before, 0, doc, 0, before.length);
            System.arraycopy(bad, 0, doc, before.length, bad.length);
            System.arraycopy(after, 0, doc, before.length + bad.length, after.length);
            Outcome outcome = fromBytes(doc);
            String what = hex + " at " + at;
            assertInvalidUtf8(outcome, what);
            String prefix = text.substring(0, at);
            int line = 1 + (int) prefix.chars().filter(c -> c == '\n').count();
            int column = at - (prefix.lastIndexOf('\n') + 1) + 1;
            assertEquals("Invalid UTF-8 bytes at line " + line + ", column " + column + ".",
                    outcome.problems().get(0).messageEn(), what);
            assertEquals(outcome.problems(), assertThrows(InvalidPlanException.class,
                    () -> ExchangeFormat.readPlan(new ByteArrayInputStream(doc), null)).problems(), what);
        }
    }

    @Test
    void theSizeLimitIsTheArraysLength() {
        int max = ExchangeFormat.Limits.MAX_DOCUMENT_BYTES;
        byte[] spaces = new byte[max + 1];
        Arrays.fill(spaces, (byte) ' ');
        Outcome tooLarge = sameAsText(spaces, "spaces");
        assertEquals(1, tooLarge.problems().size());
        assertEquals("Document larger than 10 MiB (at most " + max + " bytes).",
                tooLarge.problems().get(0).messageEn());
        // Vietnamese text takes more bytes than characters: the limit counts bytes in both forms
        String vietnamese = "{\"id\": \"" + "ế".repeat(max / 3) + "\"}";
        assertTrue(vietnamese.length() < max && utf8(vietnamese).length > max);
        assertEquals(tooLarge, sameAsText(utf8(vietnamese), "ế"));
        byte[] justFits = Arrays.copyOf(spaces, max);
        assertFalse(sameAsText(justFits, "spaces").problems().get(0).messageEn()
                .equals(tooLarge.problems().get(0).messageEn()), "a document of the limit's size is not too large");
    }

    @Test
    void aNullArrayIsRefused() {
        assertThrows(NullPointerException.class, () -> ExchangeFormat.readPlan((byte[]) null));
        assertThrows(NullPointerException.class, () -> ExchangeFormat.writeResultBytes(null));
    }

    // ---- writing results ----------------------------------------------------------------------------------------

    private static void assertSameBytesAsText(CheckResult result, String what) {
        byte[] expected = ExchangeFormat.writeResult(result).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, ExchangeFormat.writeResultBytes(result), what);
    }

    @Test
    void theResultOfEveryExamplePlanIsWrittenAsTheUtf8OfItsText() throws IOException {
        int results = 0;
        for (Path file : examplePlans()) {
            Plan plan;
            try {
                plan = ExchangeFormat.readPlan(Files.readAllBytes(file));
            } catch (InvalidPlanException e) {
                continue;
            }
            int year = plan.schoolYear().startYear();
            for (LocalDate asOf : List.of(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 1),
                    LocalDate.of(year + 1, 6, 1))) {
                CheckResult result;
                try {
                    result = CORE.check(plan, CORE_PACK, asOf);
                } catch (InvalidPlanException e) {
                    continue;
                }
                assertSameBytesAsText(result, file + " " + asOf);
                results++;
            }
        }
        assertTrue(results >= 60, "results compared: " + results);
    }

    private static Violation violation(String ruleId, String path, String message, Map<String, Object> details) {
        return new Violation(ruleId, Severity.ERROR, path, message, "en " + message,
                new Citation("Công văn 😀 " + message, "III"), details);
    }

    private static CheckResult resultWith(String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(text, text);
        details.put("list", List.of(text, 1, List.of(text)));
        details.put("map", Map.of(text, text));
        return new CheckResult(text, List.of("p"), LocalDate.of(2025, 12, 1),
                List.of(violation("p:r", "/sessions/0/" + text, text, details)),
                List.of(new Obligation("p:o", LocalDate.of(2026, 1, 15), "/reports", text, text,
                        new Citation(text, text))));
    }

    @Test
    void everyKindOfCharacterIsWrittenAsTheUtf8OfTheText() {
        List<String> texts = List.of("", "Thư mời gửi ngày 07/11/2023", "a\"b\\c/d", "\b\f\n\r\t\u0000\u0001\u001f\u007f",
                "\u0080\u009f\u00a0\u2028\u2029\ufeff\ufffe\uffff", "😀", "a😀b𝄞c", "😀😀😀", "\uD83D\uDE00\uD83D",
                "\uD800", "a\uDC00b", "x\uDBFF", "\uDC00\uD800", "\uD800\uD800\uDC00", "\uD800x\uDC00", "\\uD800",
                "\\\\uD800", "\\u00e9");
        for (String text : texts) {
            assertSameBytesAsText(resultWith(text), text.chars().mapToObj(c -> String.format("%04X", c)).toList()
                    .toString());
        }
        // the unpaired surrogates become ?, as encoding the text makes them
        String lone = new String(ExchangeFormat.writeResultBytes(resultWith("a\uDC00b")), StandardCharsets.UTF_8);
        assertTrue(lone.contains("\"plan\":\"a?b\""), lone);
        String pair = new String(ExchangeFormat.writeResultBytes(resultWith("a😀b")), StandardCharsets.UTF_8);
        assertTrue(pair.contains("\"plan\":\"a😀b\""), pair);
    }

    @Test
    void aSurrogatePairAnywhereInALongStringIsWrittenAsTheUtf8OfTheText() {
        // the writer works through long strings in chunks: a pair at every place, so also split between two
        for (int n = 0; n < 4_200; n += n < 100 || (n % 1000 > 980 || n % 1000 < 20) ? 1 : 37) {
            String text = "x".repeat(n) + "😀" + "é".repeat(n % 7) + "😀";
            assertSameBytesAsText(resultWith(text), "at " + n);
        }
    }

    @Test
    void everyKindOfDetailValueAndWaiversAreWrittenAsTheUtf8OfTheText() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("string", "Trường");
        details.put("char", 'đ');
        details.put("int", 3);
        details.put("long", Long.MIN_VALUE);
        details.put("big", new BigInteger("123456789012345678901234567890"));
        details.put("decimal", new BigDecimal("1.50"));
        details.put("double", 0.1);
        details.put("float", 2.5f);
        details.put("nan", Double.NaN);
        details.put("infinity", Float.NEGATIVE_INFINITY);
        details.put("true", true);
        details.put("date", LocalDate.of(2025, 2, 28));
        details.put("level", Level.MAM_NON);
        details.put("null", null);
        details.put("array", new int[] {1, 2});
        details.put("nested", Map.of("k", List.of(Map.of("😀", "v"))));
        Violation late = violation("p:late", "/sessions/1/date", "Muộn", details);
        Violation waivable = violation("p:waived", "/sessions/2", "Được miễn", Map.of());
        Waiver waiver = new Waiver("p:waived", "/sessions/2", "Lý do 😀", "Hiệu trưởng", LocalDate.of(2026, 5, 31));
        Waiver expired = new Waiver("p:late", null, "Hết hạn", "Phó", LocalDate.of(2025, 1, 1));
        Waiver unused = new Waiver("p:none", "/x", "Không dùng", "Ai", LocalDate.of(2026, 1, 1));
        CheckResult result = new CheckResult("plan-😀", List.of("p", "q"), LocalDate.of(2025, 12, 1), List.of(late),
                List.of(), List.of(new WaivedViolation(waivable, waiver)), List.of(expired), List.of(unused));
        assertSameBytesAsText(result, "details and waivers");
        assertEquals(ExchangeFormat.writeResult(result),
                new String(ExchangeFormat.writeResultBytes(result), StandardCharsets.UTF_8));
    }

    @Test
    void aDetailJsonCannotHoldFailsAsInTheTextForm() {
        CheckResult bad = new CheckResult("p", List.of("p"), LocalDate.of(2025, 12, 1),
                List.of(violation("p:r", "/", "m", Map.of("x", new Object()))), List.of());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> ExchangeFormat.writeResult(bad));
        IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class,
                () -> ExchangeFormat.writeResultBytes(bad));
        assertEquals(text.getMessage(), bytes.getMessage());
    }
}
