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
 * The Drools check of {@code laocai-phothong-2025} next to the plain-Java floor ({@link LaoCaiClusterFloor}) on the
 * same CLUSTER plans, in one class so that one run gives both sides of the ratio: latency (µs) and throughput
 * (checks/s), 1 and 2 threads.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class FloorBenchmark {

    private static final String PACK = LaoCaiClusterFloor.PACK_ID;

    /** The number of sessions of the plan. */
    @Param({"10", "200"})
    public int sessions;

    private Checker checker;
    private LaoCaiClusterFloor floor;
    private Plan plan;
    private LocalDate asOf;

    /** Parses the plan, loads the pack and the floor, and checks that both give the same result. */
    @Setup
    public void setUp() {
        BenchmarkPack p = BenchmarkPack.of(PACK);
        checker = Checker.create();
        Setups.requirePrecompiled(checker.packs());
        floor = LaoCaiClusterFloor.create();
        plan = ExchangeFormat.readPlan(BenchmarkPlans.json(p, sessions));
        asOf = p.asOf();
        CheckResult drools = checker.check(plan, PACK, asOf);
        if (!drools.equals(floor.check(plan, asOf))) {
            throw new IllegalStateException("the floor and the Drools check differ on " + plan.id() + "; the ratio "
                    + "would compare unequal work");
        }
    }

    /** The Drools check, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public CheckResult droolsLatency1Thread() {
        return checker.check(plan, PACK, asOf);
    }

    /** The floor, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public CheckResult floorLatency1Thread() {
        return floor.check(plan, asOf);
    }

    /** The Drools check, two threads. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public CheckResult droolsLatency2Threads() {
        return checker.check(plan, PACK, asOf);
    }

    /** The floor, two threads. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public CheckResult floorLatency2Threads() {
        return floor.check(plan, asOf);
    }

    /** The Drools check, checks per second, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public CheckResult droolsThroughput1Thread() {
        return checker.check(plan, PACK, asOf);
    }

    /** The floor, checks per second, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public CheckResult floorThroughput1Thread() {
        return floor.check(plan, asOf);
    }

    /** The Drools check, checks per second, two threads. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public CheckResult droolsThroughput2Threads() {
        return checker.check(plan, PACK, asOf);
    }

    /** The floor, checks per second, two threads. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public CheckResult floorThroughput2Threads() {
        return floor.check(plan, asOf);
    }
}
