package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    static List<String> read(String input, int max) {
        BoundedLines lines = new BoundedLines(new StringReader(input), max);
        List<String> out = new ArrayList<>();
        for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
            out.add(l.number() + ":" + (l.tooLong() ? "TOO LONG" : l.text()));
        }
        return out;
    }

    @Test
    void linesAreNumberedAndStrippedOfTheirEnds() {
        assertEquals(List.of("1:ab", "2:", "3:c"), read("ab\r\n\nc\n", 5));
        assertEquals(List.of("1:ab", "2:c"), read("ab\nc", 5), "the last line needs no line end");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedNotRead() {
        assertEquals(List.of("1:12345", "2:TOO LONG", "3:ok"), read("12345\n123456\nok\n", 5));
        assertEquals(List.of("1:TOO LONG"), read("x".repeat(100_000), 10));
    }

    @Test
    void linesLongerThanTheReadBufferAreReadWholeUpToTheLimit() {
        String a = "a".repeat(20_000);
        String b = "b".repeat(8_191);
        assertEquals(List.of("1:" + a, "2:" + b, "3:TOO LONG", "4:c"),
                read(a + "\n" + b + "\r\n" + "d".repeat(20_001) + "\nc", 20_000));
        assertEquals(List.of("1:" + "e".repeat(8_192), "2:f"), read("e".repeat(8_192) + "\nf\n", 8_192),
                "a line end just past the buffer's end");
    }

    @Test
    void emptyInputHasNoLines() {
        assertNull(new BoundedLines(new StringReader(""), 5).next());
    }
}
