package vn.edu.shcm.rules.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.internal.PackRuntime;

/**
 * Building a pack's rule base, once per shot (single-shot time, ms), by both paths: loading the executable model
 * the build compiled (a fresh instance of the shipped pack, then {@link RulePack#rules()}), and compiling the DRL
 * at run time ({@link DrlPacks#fromDirectory(Path)} over a copy of the pack's folder, then {@code rules()}).
 * Warm-up shots first: this is the steady cost of one more pack in a running JVM, not the JVM's cold start.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KieBaseBuildBenchmark {

    /** The pack. */
    @Param({"tuyenquang-mn-2025", "anlao-mn-2023", "quangngai-thcs-2025", "laocai-phothong-2025",
        "quangngai-mn-2019"})
    public String pack;

    private BenchmarkPack benchmarkPack;
    private Path directory;

    /** Copies the pack's DRL folder from the class path to a temporary directory. */
    @Setup
    public void setUp() throws IOException {
        benchmarkPack = BenchmarkPack.of(pack);
        directory = benchmarkPack.extractTo(Files.createTempDirectory("shcm-bench-" + pack + "-"));
    }

    /** Deletes the copy. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Loads the precompiled model into a new rule base. */
    @Benchmark
    public List<RuleInfo> precompiled() {
        RulePack p = benchmarkPack.newPack();
        List<RuleInfo> rules = p.rules();
        Setups.requireOrigin(p, PackRuntime.Origin.PRECOMPILED);
        return rules;
    }

    /** Compiles the DRL files into a new rule base. */
    @Benchmark
    public List<RuleInfo> drlCompile() {
        RulePack p = DrlPacks.fromDirectory(directory);
        List<RuleInfo> rules = p.rules();
        Setups.requireOrigin(p, PackRuntime.Origin.COMPILED_AT_RUN_TIME);
        return rules;
    }
}
