package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
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
 * Checks a JSON Lines input, one plan per line, and writes one result per line in input order: lines are read
 * and written by the calling thread, parsed and checked by a few workers, with a bounded window of lines in
 * flight, so memory stays constant however long the input. A line that cannot be checked gives an error line
 * with its line number; the run goes on.
 */
final class JsonLinesRun {

    /** The longest line read: the exchange format's document limit. */
    static final int MAX_LINE_CHARS = ExchangeFormat.Limits.MAX_DOCUMENT_BYTES;

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

    /** What one line gave: its output line and its exit status. */
    record Outcome(String json, int status) {
    }

    /** Runs over the lines with {@code threads} workers and returns the most serious exit status. */
    int run(BoundedLines lines, PrintWriter out, int threads) {
        int window = Math.max(16, threads * 16);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "shcm-check-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
        int status = ExitCode.OK;
        try {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                BoundedLines.Line current = line;
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
        }
        out.flush();
        return status;
    }

    private static int write(Future<Outcome> future, PrintWriter out) {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        out.println(o.json());
        return o.status();
    }

    /** Parses and checks one line; an input error becomes an error document naming the line. */
    Outcome outcome(BoundedLines.Line line) {
        String where = source + ":" + line.number();
        try {
            if (line.tooLong()) {
                throw new InvalidPlanException(where, List.of(new PlanProblem("",
                        "Dòng dài hơn " + MAX_LINE_CHARS + " ký tự.",
                        "The line is longer than " + MAX_LINE_CHARS + " characters.", null)));
            }
            if (line.text().isBlank()) {
                throw new InvalidPlanException(where, List.of(new PlanProblem("", "Dòng trống: không có kế hoạch.",
                        "Empty line: no plan.", null)));
            }
            CheckResult result = packs.check(checker, ExchangeFormat.readPlan(line.text()), asOf, waivers);
            return new Outcome(ExchangeFormat.writeResult(result),
                    result.hasErrors() ? ExitCode.VIOLATIONS : ExitCode.OK);
        } catch (InvalidPlanException e) {
            return new Outcome(JsonReports.lineInputError(source, line.number(), e), ExitCode.INPUT_ERROR);
        }
    }
}
