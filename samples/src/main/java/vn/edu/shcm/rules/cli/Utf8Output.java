package vn.edu.shcm.rules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The command line's standard output: a {@link PrintWriter} of UTF-8 text over a byte stream, which a command that
 * writes UTF-8 bytes itself ({@code check --jsonl}) reaches through {@link #bytesOf}, so that what it writes is
 * not decoded and encoded again.
 */
final class Utf8Output extends PrintWriter {

    private final OutputStream bytes;

    /** Writes UTF-8 to the stream, flushing at each line end, as {@code new PrintWriter(bytes, true, UTF_8)}. */
    Utf8Output(OutputStream bytes) {
        super(bytes, true, StandardCharsets.UTF_8);
        this.bytes = bytes;
    }

    /**
     * Returns a stream for the UTF-8 bytes of text to be written to {@code out}: for this class, its own byte
     * stream (after the text written so far has been flushed to it); for any other writer, such as one that
     * captures the output as text, a stream that decodes the bytes into it. Flushing the stream flushes the
     * writer; closing it closes nothing.
     */
    static OutputStream bytesOf(PrintWriter out) {
        if (out instanceof Utf8Output utf8) {
            utf8.flush();
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    utf8.bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    utf8.bytes.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    utf8.bytes.flush();
                }
            };
        }
        return new Decoding(out);
    }

    /** Decodes UTF-8 bytes into a writer; a character split between two writes is kept until its end comes. */
    private static final class Decoding extends OutputStream {
        private final PrintWriter out;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);

        Decoding(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, in.remaining());
                in.put(b, off, n);
                off += n;
                len -= n;
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, chars, false);
                    chars.flip();
                    out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
                    chars.clear();
                } while (result.isOverflow());
                in.compact();
            }
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
