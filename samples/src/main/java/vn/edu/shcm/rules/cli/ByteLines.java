package vn.edu.shcm.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'}, in constant memory, without decoding it: each line's bytes are
 * copied out without its line end ({@code \n}, or {@code \r\n}; a {@code \r} ending the input's last line goes too).
 * A line of more than a given number of bytes is skipped to its end rather than held, and only its length is told.
 *
 * <p>The length limit that a line can exceed is in characters (UTF-16 code units, as a {@link String} counts
 * them, line end {@code \r} included, {@code \n} not): a line is too long when it holds more than {@code maxChars}.
 * Those are counted only for a line of more bytes than {@code maxChars}, the only kind that can hold more
 * characters; for bytes that are not UTF-8 the count is an estimate (one per byte that does not continue a
 * character).
 */
final class ByteLines {

    /**
     * One line: its 1-based number and its bytes without line end; null bytes when it has more than the byte limit
     * without its line end, or is too long.
     */
    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final int maxChars;
    private final int maxBytes;
    private final byte[] buffer;
    private int position;
    private int limit;
    private long number;
    private boolean eof;

    /** The bytes of a line that does not lie whole in the buffer; grown as needed, up to the byte limit + 1. */
    private byte[] pending = new byte[0];
    private int pendingLength;

    ByteLines(InputStream in, int maxChars, int maxBytes) {
        this(in, maxChars, maxBytes, BUFFER_BYTES);
    }

    /** With a given read buffer size, so that tests can put line ends anywhere relative to its end. */
    ByteLines(InputStream in, int maxChars, int maxBytes, int bufferBytes) {
        this.in = in;
        this.maxChars = maxChars;
        this.maxBytes = maxBytes;
        this.buffer = new byte[bufferBytes];
    }

    /**
     * Returns the next line, or null at the end of the input.
     *
     * @throws UncheckedIOException if reading the input fails
     */
    Line next() {
        if (position == limit && !fill()) {
            return null;
        }
        number++;
        int end = indexOfNewline(position, limit);
        if (end >= 0) {
            // the common case: the whole line lies in the buffer
            int start = position;
            position = end + 1;
            return line(buffer, start, end - start);
        }
        // a line longer than what the buffer holds: held up to the byte limit (and its \r), then only counted
        pendingLength = 0;
        long length = 0;
        long chars = 0;
        boolean held = true;
        while (true) {
            end = indexOfNewline(position, limit);
            int stop = end >= 0 ? end : limit;
            int n = stop - position;
            if (held && length + n > (long) maxBytes + 1) {
                held = false;
                chars = utf16Length(pending, 0, pendingLength);
                release();
            }
            if (held) {
                append(position, n);
            } else {
                chars += utf16Length(buffer, position, n);
            }
            length += n;
            if (end >= 0) {
                position = end + 1;
                break;
            }
            position = limit;
            if (!fill()) {
                break;
            }
        }
        if (held) {
            Line line = line(pending, 0, pendingLength);
            if (pending.length > buffer.length) {
                release();
            }
            return line;
        }
        // more bytes than maxBytes + 1: too large for a document in any case, and maybe too long
        return new Line(number, null, length > maxChars && chars > maxChars);
    }

    /** The line of the given bytes (its line end {@code \n} left out already). */
    private Line line(byte[] bytes, int start, int length) {
        if (length > maxChars && utf16Length(bytes, start, length) > maxChars) {
            return new Line(number, null, true);
        }
        if (length > 0 && bytes[start + length - 1] == '\r') {
            length--;
        }
        if (length > maxBytes) {
            return new Line(number, null, false);
        }
        return new Line(number, Arrays.copyOfRange(bytes, start, start + length), false);
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int n) {
        if (pendingLength + n > pending.length) {
            int grown = (int) Math.min((long) maxBytes + 1, Math.max((long) pending.length * 2, pendingLength + n));
            pending = Arrays.copyOf(pending, Math.max(grown, pendingLength + n));
        }
        System.arraycopy(buffer, from, pending, pendingLength, n);
        pendingLength += n;
    }

    private void release() {
        pending = new byte[0];
        pendingLength = 0;
    }

    /**
     * The number of UTF-16 code units the UTF-8 bytes decode to: one for each byte that starts a character, two for
     * one that starts a 4-byte character (a surrogate pair).
     */
    static long utf16Length(byte[] bytes, int from, int n) {
        long units = 0;
        for (int i = from; i < from + n; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                units += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return units;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
