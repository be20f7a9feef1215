package vn.edu.shcm.rules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.model.Plan;

/**
 * Parsing the benchmark plans' exchange-format documents with {@link ExchangeFormat#readPlan(String)} (average
 * time, µs, one thread): the cost to set against a check of the same plan.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ParseBenchmark {

    /** The pack whose plan it is. */
    @Param({"tuyenquang-mn-2025", "anlao-mn-2023", "quangngai-thcs-2025", "laocai-phothong-2025",
        "quangngai-mn-2019"})
    public String pack;

    /** The number of sessions of the plan. */
    @Param({"10", "200"})
    public int sessions;

    private String json;

    /** Writes the plan's document. */
    @Setup
    public void setUp() {
        json = BenchmarkPlans.json(BenchmarkPack.of(pack), sessions);
    }

    /** Reads the document into a validated {@link Plan}. */
    @Benchmark
    public Plan parse() {
        return ExchangeFormat.readPlan(json);
    }
}
