package vn.edu.shcm.rules.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static DocumentReader.Parsed read(String text) {
        return DocumentReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnObject() {
        DocumentReader.Parsed parsed = read("{\"a\": [1, \"Việt\"]}");
        assertNull(parsed.problem());
        assertEquals("Việt", parsed.root().get("a").get(1).textValue());
    }

    @Test
    void countsColumnsInCharactersNotBytes() {
        byte[] prefix = "{\"tên\": \"Trường ".getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, doc, 0, prefix.length);
        doc[prefix.length] = (byte) 0xC3;
        assertEquals("Invalid UTF-8 bytes at line 1, column 17.", DocumentReader.read(doc).problem().messageEn());
    }

    @Test
    void reportsSyntaxErrorsWithTheirPlace() {
        assertEquals("Malformed JSON at line 3, column 3: expected a field name in double quotes, found \"}\" (a "
                + "comma before \"}\"?).", read("{\n\"a\": 1,\n  }").problem().messageEn());
        assertEquals("Nội dung không đúng cú pháp JSON (dòng 3, cột 3): cần tên trường đặt trong dấu ngoặc kép, nhưng "
                + "gặp \"}\" (có dấu phẩy thừa trước \"}\"?).", read("{\n\"a\": 1,\n  }").problem().message());
    }

    /** Words of Jackson's own messages, none of which may reach a user. */
    static final java.util.List<String> PARSER_WORDS = java.util.List.of("Source:", "REDACTED", "StreamReadFeature",
            "JsonReadFeature", "com.fasterxml", "Jackson", "JsonParseException", "JsonEOFException", "code ", "CTRL-CHAR",
            "marker", "token", "Feature", "enable", "end-of-input", "[Source", "double-quote to start");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\": 1|1|8|Truncated JSON",
        "{\"a\": {\"b\": [1, 2]|1|19|Truncated JSON",
        "{\"a\": 1,}|1|9|expected a field name in double quotes, found \"}\" (a comma before \"}\"?)",
        "{\"a\": [1,]}|1|10|expected a value (a string, number, object, list, true, false or null), found \"]\" (a comma before \"]\"?)",
        "{\"a\": }|1|7|expected a value (a string, number, object, list, true, false or null), found \"}\"",
        "{\"a\": tru}|1|7|\"tru\" is not a JSON value",
        "{\"a\": \"x\\q\"}|1|10|invalid escape in a string",
        "{\"a\": \"\\u12G4\"}|1|12|\\u must be followed by four hexadecimal digits",
        "{\"a\": \"abc|1|11|Truncated JSON",
        "{'a': 1}|1|2|expected a field name in double quotes, found \"'\" (JSON quotes with \", not ')",
        "{a: 1}|1|2|expected a field name in double quotes, found \"a\"",
        "{\"a\" 1}|1|6|expected \":\" after the field name, found \"1\"",
        "{\"a\": 1 \"b\": 2}|1|9|expected \",\" or \"}\" after the field's value, found \"\"\"",
        "{\"a\": [1 2]}|1|10|expected \",\" or \"]\" after the list element, found \"2\"",
        "{\"a\": 01}|1|8|invalid number",
        "{\"a\": +1}|1|8|invalid number",
        "{\"a\": 1.}|1|8|invalid number",
        "{\"a\": NaN}|1|10|\"NaN\" is not a JSON number",
        "{\"a\": Infinity}|1|15|\"Infinity\" is not a JSON number",
        "{// c\\n}|1|2|JSON has no comments",
        "{\"a\": [}|1|8|found \"}\" but the list opened at line 1, column 7 must be closed with \"]\"",
        "{\"a\": {\"b\": 1]}|1|14|found \"]\" but the object opened at line 1, column 7 must be closed with \"}\"",
        "{\"a\": #}|1|7|expected a value (a string, number, object, list, true, false or null), found \"#\"",
    })
    void malformedJsonSaysWhatAndWhereInTheUsersTerms(String json, int line, int column, String expected) {
        String text = json.replace("\\n", "\n");
        var p = read(text).problem();
        assertEquals("", p.path());
        String where = "at line " + line + ", column " + column;
        org.junit.jupiter.api.Assertions.assertTrue(p.messageEn().contains(expected) && p.messageEn().contains(where),
                p.messageEn());
        org.junit.jupiter.api.Assertions.assertTrue(p.message().contains("(dòng " + line + ", cột " + column + ")"),
                p.message());
        assertNoParserWords(p);
    }

    @Test
    void aRawControlCharacterInAStringIsNamedByItsCodePoint() {
        for (char c : new char[] {'\n', '\t', '\u0001', '\u0000', '\u001f'}) {
            var p = read("{\"a\": \"x" + c + "y\"}").problem();
            org.junit.jupiter.api.Assertions.assertTrue(p.messageEn().startsWith("Malformed JSON at line 1, column ")
                    && p.messageEn().contains("a string holds a control character")
                    && p.messageEn().contains(String.format("U+%04X", (int) c)), p.messageEn());
            assertNoParserWords(p);
        }
    }

    @Test
    void noPrefixOfAPlanLeaksTheParsersWords() {
        String plan = "{\"id\": \"p\", \"schoolYear\": \"2025-2026\", \"sessions\": [{\"id\": \"s\\u0031\", "
                + "\"date\": \"2025-10-01\", \"activities\": [\"SEMINAR\"], \"x\": [1.5e3, true, null]}]}";
        for (int n = 0; n < plan.length(); n++) {
            var problem = read(plan.substring(0, n)).problem();
            if (problem != null) {
                assertNoParserWords(problem);
            }
            for (String bad : new String[] {"]", "}", ",", "'", "\\", "x", "\u0007", "/"}) {
                var p = read(plan.substring(0, n) + bad + plan.substring(n)).problem();
                if (p != null) {
                    assertNoParserWords(p);
                }
            }
        }
    }

    private static void assertNoParserWords(vn.edu.shcm.rules.PlanProblem p) {
        for (String word : PARSER_WORDS) {
            org.junit.jupiter.api.Assertions.assertFalse(p.messageEn().contains(word), () -> word + " in " + p.messageEn());
            org.junit.jupiter.api.Assertions.assertFalse(p.message().contains(word), () -> word + " in " + p.message());
        }
    }
}
