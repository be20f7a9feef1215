package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    /** Gives at most one byte per read, so that every line end falls at a buffer's end at some point. */
    static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;

        Trickle(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 1));
        }
    }

    static List<String> read(ByteLines lines) {
        List<String> out = new ArrayList<>();
        for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
            out.add(l.number() + ":" + (l.tooLong() ? "TOO LONG" : l.bytes() == null ? "TOO LARGE"
                    : new String(l.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    /**
     * Reads with the default buffer, every small buffer size and some past the input's length, and one byte per
     * read; all must agree.
     */
    static List<String> read(byte[] input, int maxChars, int maxBytes) {
        List<String> expected = read(new ByteLines(new ByteArrayInputStream(input), maxChars, maxBytes));
        List<Integer> sizes = new ArrayList<>();
        for (int size = 1; size <= 40; size++) {
            sizes.add(size);
        }
        sizes.addAll(List.of(input.length - 1, input.length, input.length + 1));
        for (int size : sizes) {
            if (size < 1) {
                continue;
            }
            assertEquals(expected, read(new ByteLines(new ByteArrayInputStream(input), maxChars, maxBytes, size)),
                    "buffer of " + size);
        }
        assertEquals(expected, read(new ByteLines(new Trickle(input), maxChars, maxBytes, 7)), "one byte per read");
        return expected;
    }

    static List<String> read(String input, int max) {
        return read(input.getBytes(StandardCharsets.UTF_8), max, max);
    }

    @Test
    void linesAreNumberedAndStrippedOfTheirEnds() {
        assertEquals(List.of("1:ab", "2:", "3:c"), read("ab\r\n\nc\n", 5));
        assertEquals(List.of("1:ab", "2:c"), read("ab\nc", 5), "the last line needs no line end");
        assertEquals(List.of("1:ab", "2:c"), read("ab\nc\r", 5), "nor its \\r");
        assertEquals(List.of("1:a\r", "2:\r", "3:b\rc"), read("a\r\r\n\r\r\nb\rc", 5), "one \\r goes, others stay");
        assertEquals(List.of("1:", "2:", "3:"), read("\n\r\n\n", 5));
    }

    @Test
    void bytesArePassedAsTheyAreUndecoded() {
        byte[] input = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n', (byte) 0xFF, (byte) 0xC3, '\r', '\n',
            (byte) 0xE1, (byte) 0xBA};
        ByteLines lines = new ByteLines(new ByteArrayInputStream(input), 10, 10, 4);
        assertEquals(List.of(0xEF, 0xBB, 0xBF, (int) '{', (int) '}'), ints(lines.next().bytes()), "a byte-order mark is kept");
        assertEquals(List.of(0xFF, 0xC3), ints(lines.next().bytes()), "bytes that are not UTF-8 are kept");
        assertEquals(List.of(0xE1, 0xBA), ints(lines.next().bytes()), "a cut character is kept");
        assertNull(lines.next());
    }

    private static List<Integer> ints(byte[] bytes) {
        List<Integer> out = new ArrayList<>();
        for (byte b : bytes) {
            out.add(b & 0xFF);
        }
        return out;
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedNotRead() {
        assertEquals(List.of("1:12345", "2:TOO LONG", "3:ok"), read("12345\n123456\nok\n", 5));
        assertEquals(List.of("1:TOO LONG"), read("x".repeat(100_000), 10));
        assertEquals(List.of("1:12345", "2:1234", "3:TOO LONG", "4:123\r", "5:TOO LONG"),
                read("12345\n1234\r\n12345\r\n123\r\r\n12345\r", 5),
                "the limit counts a \\r before the line end, as a line of text did");
    }

    @Test
    void theLengthLimitCountsCharactersAndTheDocumentLimitBytes() {
        // 5 characters, 10 bytes: not too long, but more bytes than a document may have
        assertEquals(List.of("1:TOO LARGE", "2:ếa", "3:TOO LONG"), read("ếếếếế\nếa\nếếếếếế\n".getBytes(
                StandardCharsets.UTF_8), 5, 6));
        assertEquals(List.of("1:ếế", "2:TOO LARGE", "3:ếế"), read("ếế\r\nếếa\r\nếế\n".getBytes(StandardCharsets.UTF_8),
                5, 6), "the document limit is on the bytes without line end");
        // a surrogate pair is two characters, as in a String
        assertEquals(List.of("1:😀😀", "2:TOO LONG"), read("😀😀\n😀😀😀\n".getBytes(StandardCharsets.UTF_8), 5, 100));
        assertEquals(List.of("1:TOO LARGE", "2:a"), read(("😀".repeat(40) + "\na").getBytes(StandardCharsets.UTF_8),
                100, 20), "a line of many bytes is skipped, counted, and found not too long");
        assertEquals(List.of("1:TOO LONG", "2:a"), read(("😀".repeat(60) + "\na").getBytes(StandardCharsets.UTF_8),
                100, 20));
    }

    @Test
    void linesLongerThanTheReadBufferAreReadWholeUpToTheLimit() {
        String a = "a".repeat(20_000);
        String b = "b".repeat(8_191);
        byte[] input = (a + "\n" + b + "\r\n" + "d".repeat(20_001) + "\nc").getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of("1:" + a, "2:" + b, "3:TOO LONG", "4:c");
        for (int size : new int[] {1, 2, 3, 8_191, 8_192, 8_193, 65_536}) {
            assertEquals(expected, read(new ByteLines(new ByteArrayInputStream(input), 20_000, 20_000, size)), "" + size);
        }
        assertEquals(expected, read(new ByteLines(new ByteArrayInputStream(input), 20_000, 20_000)));
    }

    @Test
    void emptyInputHasNoLines() {
        assertNull(new ByteLines(new ByteArrayInputStream(new byte[0]), 5, 5).next());
        assertEquals(List.of(), read("", 5));
    }

    @Test
    void aFailingReadIsAnUncheckedIoError() {
        InputStream failing = new InputStream() {
            private int calls;

            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (calls++ == 0) {
                    b[off] = 'a';
                    b[off + 1] = '\n';
                    return 2;
                }
                throw new IOException("disk gone");
            }
        };
        ByteLines lines = new ByteLines(failing, 5, 5);
        assertEquals("a", new String(lines.next().bytes(), StandardCharsets.US_ASCII));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, lines::next);
        assertEquals("disk gone", e.getCause().getMessage());
    }

    @Test
    void countsUtf16UnitsAsAStringDoes() {
        for (String s : List.of("", "a", "é", "ế", "😀", "a😀bếc\r", "\uFEFF{}")) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(s.length(), ByteLines.utf16Length(bytes, 0, bytes.length), s);
        }
        assertTrue(ByteLines.utf16Length(new byte[] {(byte) 0xFF, (byte) 0x80}, 0, 2) >= 1);
    }
}
