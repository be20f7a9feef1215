package vn.edu.shcm.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.model.Plan;

/**
 * Each benchmark method, called once outside JMH after its set-up, does the work it claims to measure (JMH itself
 * never runs in the build).
 */
class BenchmarkMethodsTest {

    static final Checker CHECKER = Checker.create();

    @Test
    void checkBenchmarkChecksThePacksPlan() {
        CheckBenchmark b = new CheckBenchmark();
        b.pack = "quangngai-thcs-2025";
        b.sessions = BenchmarkPlans.LARGE;
        b.setUp();
        BenchmarkPack pack = BenchmarkPack.of(b.pack);
        CheckResult expected = CHECKER.check(BenchmarkPlans.plan(pack, b.sessions), b.pack, pack.asOf());
        assertEquals(expected, b.latency1Thread());
        assertEquals(expected, b.latency2Threads());
        assertEquals(expected, b.throughput1Thread());
        assertEquals(expected, b.throughput2Threads());
    }

    @Test
    void floorBenchmarkRunsTheFloorAndTheDroolsCheckOnTheSamePlan() {
        FloorBenchmark b = new FloorBenchmark();
        b.sessions = BenchmarkPlans.SMALL;
        b.setUp();
        CheckResult drools = b.droolsLatency1Thread();
        CheckResult floor = b.floorLatency1Thread();
        assertNotSame(drools, floor);
        assertEquals(drools, floor);
        assertEquals(BenchmarkPlans.plan(BenchmarkPack.LAOCAI_PHOTHONG_2025, b.sessions).id(), floor.planId());
        assertEquals(drools, b.droolsThroughput2Threads());
        assertEquals(floor, b.floorThroughput2Threads());
    }

    @Test
    void parseBenchmarkReadsThePlan() {
        ParseBenchmark b = new ParseBenchmark();
        b.pack = "tuyenquang-mn-2025";
        b.sessions = BenchmarkPlans.SMALL;
        b.setUp();
        Plan plan = b.parse();
        assertEquals(BenchmarkPlans.plan(BenchmarkPack.TUYENQUANG_MN_2025, b.sessions), plan);
        assertEquals(ExchangeFormat.writePlan(plan), BenchmarkPlans.json(BenchmarkPack.TUYENQUANG_MN_2025,
                b.sessions));
    }

    @Test
    void kieBaseBuildBenchmarkBuildsBothWaysToTheSameRules() throws IOException {
        KieBaseBuildBenchmark b = new KieBaseBuildBenchmark();
        b.pack = "laocai-phothong-2025";
        b.setUp();
        try {
            assertEquals(b.precompiled().stream().map(RuleInfo::id).toList(),
                    b.drlCompile().stream().map(RuleInfo::id).toList());
            assertEquals(CHECKER.packs().get(b.pack).rules(), b.precompiled());
        } finally {
            b.tearDown();
        }
    }
}
