package vn.edu.shcm.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.Waiver;

/**
 * Checks a JSON Lines input, one plan per line, and writes one result per line in input order: the calling thread
 * only splits the input's bytes into lines and writes the results' bytes in order; a few workers decode, parse and
 * check each line and write its result as UTF-8 bytes. A bounded window of lines is in flight, so memory stays
 * constant however long the input. A line that cannot be checked (not UTF-8 among the reasons) gives an error line
 * with its line number; the run goes on.
 */
final class JsonLinesRun {

    /** The longest line read, in characters: the exchange format's document limit. */
    static final int MAX_LINE_CHARS = ExchangeFormat.Limits.MAX_DOCUMENT_BYTES;

    /** The line end written after each result: what {@link java.io.PrintWriter#println()} writes. */
    private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

    private final Checker checker;
    private final PackChoice packs;
    private final LocalDate asOf;
    private final List<Waiver> waivers;
    private final String source;

    JsonLinesRun(Checker checker, PackChoice packs, LocalDate asOf, List<Waiver> waivers, String source) {
        this.checker = checker;
        this.packs = packs;
        this.asOf = asOf;
        this.waivers = List.copyOf(waivers);
        this.source = source;
    }

    /** Reads the lines of a stream as this run does: up to {@link #MAX_LINE_CHARS} characters, a document's bytes. */
    static ByteLines lines(InputStream in) {
        return new ByteLines(in, MAX_LINE_CHARS, ExchangeFormat.Limits.MAX_DOCUMENT_BYTES);
    }

    /** What one line gave: its output line's UTF-8 bytes (without line end) and its exit status. */
    record Outcome(byte[] json, int status) {
    }

    /**
     * Runs over the lines with {@code threads} workers, writing to {@code out} (best buffered), and returns the most
     * serious exit status. What was written is flushed, also when reading fails.
     *
     * @throws UncheckedIOException if reading the lines or writing fails
     */
    int run(ByteLines lines, OutputStream out, int threads) {
        int window = Math.max(16, threads * 16);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "shcm-check-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
        int status = ExitCode.OK;
        try {
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                ByteLines.Line current = line;
                inFlight.addLast(workers.submit(() -> outcome(current)));
                if (inFlight.size() >= window) {
                    status = ExitCode.worst(status, write(inFlight.removeFirst(), out));
                }
            }
            while (!inFlight.isEmpty()) {
                status = ExitCode.worst(status, write(inFlight.removeFirst(), out));
            }
        } finally {
            workers.shutdownNow();
            flush(out);
        }
        return status;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int write(Future<Outcome> future, OutputStream out) {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        try {
            out.write(o.json());
            out.write(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return o.status();
    }

    /** Parses and checks one line; an input error becomes an error document naming the line. */
    Outcome outcome(ByteLines.Line line) {
        String where = source + ":" + line.number();
        try {
            if (line.tooLong()) {
                throw new InvalidPlanException(where, List.of(new PlanProblem("",
                        "Dòng dài hơn " + MAX_LINE_CHARS + " ký tự.",
                        "The line is longer than " + MAX_LINE_CHARS + " characters.", null)));
            }
            if (line.bytes() == null) {
                throw new InvalidPlanException(where, TooLarge.PROBLEMS);
            }
            if (isBlank(line.bytes())) {
                throw new InvalidPlanException(where, List.of(new PlanProblem("", "Dòng trống: không có kế hoạch.",
                        "Empty line: no plan.", null)));
            }
            CheckResult result = packs.check(checker, ExchangeFormat.readPlan(line.bytes()), asOf, waivers);
            return new Outcome(ExchangeFormat.writeResultBytes(result),
                    result.hasErrors() ? ExitCode.VIOLATIONS : ExitCode.OK);
        } catch (InvalidPlanException e) {
            return new Outcome(JsonReports.lineInputError(source, line.number(), e).getBytes(StandardCharsets.UTF_8),
                    ExitCode.INPUT_ERROR);
        }
    }

    /**
     * Tells whether the line is blank as {@link String#isBlank()} tells for its text: white space only (a line of
     * bytes that are not UTF-8 is not blank; reading it says why).
     */
    static boolean isBlank(byte[] line) {
        boolean ascii = true;
        for (byte b : line) {
            if (b < 0) {
                ascii = false;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        if (ascii) {
            return true;
        }
        // ASCII white space and other characters: rare, so they are decoded to be told apart
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(line))
                    .toString().isBlank();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The problem of a document larger than the size limit, in the reader's words: read, when a line first needs
     * it, from a document one byte too large (the reader looks at no byte of it).
     */
    private static final class TooLarge {
        static final List<PlanProblem> PROBLEMS = problems(new byte[ExchangeFormat.Limits.MAX_DOCUMENT_BYTES + 1]);

        private static List<PlanProblem> problems(byte[] document) {
            try {
                ExchangeFormat.readPlan(document);
            } catch (InvalidPlanException e) {
                return e.problems();
            }
            throw new IllegalStateException("a document over the size limit was read");
        }
    }
}
