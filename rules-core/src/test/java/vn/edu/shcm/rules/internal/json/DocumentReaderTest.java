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
        assertEquals("Malformed JSON at line 3, column 3: Unexpected character ('}' (code 125)): was expecting "
                + "double-quote to start field name.", read("{\n\"a\": 1,\n  }").problem().messageEn());
        assertEquals("Nội dung không đúng cú pháp JSON (dòng 3, cột 3).", read("{\n\"a\": 1,\n  }").problem()
                .message());
    }
}
