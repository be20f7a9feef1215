package vn.edu.shcm.rules.benchmarks;

import java.time.LocalDate;
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
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.model.Plan;

/**
 * Warm check latency (average time, µs) and throughput (checks/s) of every shipped pack on its 10- and 200-session
 * benchmark plan, with 1 and 2 threads sharing one {@link Checker}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class CheckBenchmark {

    /** The pack. */
    @Param({"tuyenquang-mn-2025", "anlao-mn-2023", "quangngai-thcs-2025", "laocai-phothong-2025",
        "quangngai-mn-2019"})
    public String pack;

    /** The number of sessions of the plan. */
    @Param({"10", "200"})
    public int sessions;

    private Checker checker;
    private Plan plan;
    private LocalDate asOf;

    /** Parses the plan and loads the pack (precompiled), so that only warm checks are measured. */
    @Setup
    public void setUp() {
        BenchmarkPack p = BenchmarkPack.of(pack);
        checker = Checker.create();
        Setups.requirePrecompiled(checker.packs());
        plan = ExchangeFormat.readPlan(BenchmarkPlans.json(p, sessions));
        asOf = p.asOf();
        checker.check(plan, pack, asOf);
    }

    /** One check, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public CheckResult latency1Thread() {
        return checker.check(plan, pack, asOf);
    }

    /** One check, two threads at once on the shared checker. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public CheckResult latency2Threads() {
        return checker.check(plan, pack, asOf);
    }

    /** Checks per second, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public CheckResult throughput1Thread() {
        return checker.check(plan, pack, asOf);
    }

    /** Checks per second, two threads on the shared checker (the sum of both). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public CheckResult throughput2Threads() {
        return checker.check(plan, pack, asOf);
    }
}
