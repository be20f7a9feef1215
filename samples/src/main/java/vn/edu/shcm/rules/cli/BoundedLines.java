package vn.edu.shcm.rules.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads lines of at most a given length from a reader, in constant memory: a longer line is skipped to its end
 * and reported as too long rather than read whole.
 */
final class BoundedLines {

    /** One line: its 1-based number and its text, or null text when it was longer than the limit. */
    record Line(long number, String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long number;
    private boolean eof;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Returns the next line (without its line end), or null at the end of the input. */
    Line next() {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            // copy the buffer up to the line end (or the buffer's end) at once, not a character at a time
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if (!tooLong) {
                if (text.length() + (end - position) > maxChars) {
                    tooLong = true;
                    text = null;
                } else {
                    text.append(buffer, position, end - position);
                }
            }
            if (end < limit) {
                position = end + 1;
                break;
            }
            position = end;
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        return new Line(number, text.toString());
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
