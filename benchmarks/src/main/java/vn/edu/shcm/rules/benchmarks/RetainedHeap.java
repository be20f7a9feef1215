package vn.edu.shcm.rules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jol.info.GraphLayout;
import vn.edu.shcm.rules.BenchmarkAccess;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.internal.PackRuntime;

/**
 * Measures the heap that the five shipped packs retain once loaded together, with JOL: a {@code main} class, not a
 * JMH benchmark (it measures a size, not a time).
 *
 * <p>For each pack it walks two object graphs: its {@code KieBase} (the rule network) and its {@code PackRuntime}
 * (what a check runs: the rule base, the rules' metadata and message texts, the scope filters and the stateless
 * session). It reports each pack's graph alone, its <em>own share</em> (the bytes of the graph of all five that
 * the other four do not reach, so what unloading it would free) and the total of all five. The rule bases are
 * measured after one check of each pack's 10-session plan, since Drools completes some of a rule base's memory
 * on its first execution. Objects that the application class loader reaches (classes, jar buffers) are left out:
 * they are there with or without packs. Classes' metadata (metaspace) and static state are not heap the graphs
 * reach; the JVM's own used-heap growth over loading and first checks is printed too, as a coarse cross-check that
 * includes them.
 */
public final class RetainedHeap {

    /** The goal for all five packs loaded together. */
    public static final long GOAL_BYTES = 16L * 1024 * 1024;

    static {
        // sun.misc.Unsafe gives no field offset of a record's fields, and from Java 25 on the graphs reach one
        // (java.lang.ClassValue$Version): JOL then fails with "Cannot get the field offset". Its documented way
        // out computes offsets without that call; it gives the same sizes on Java 17. Set before JOL starts.
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
    }

    /**
     * What one pack retains.
     *
     * @param packId the pack
     * @param kieBaseAlone the bytes its rule base's graph holds
     * @param kieBaseOwn the bytes of the five rule bases' graph that the other four do not reach
     * @param runtimeAlone the bytes its runtime's graph holds
     * @param runtimeOwn the bytes of the five runtimes' graph that the other four do not reach
     */
    public record PackSize(String packId, long kieBaseAlone, long kieBaseOwn, long runtimeAlone, long runtimeOwn) {
    }

    /**
     * What the five packs retain together.
     *
     * @param packs each pack's figures, in {@link BenchmarkPack} order
     * @param kieBaseTotal the bytes of the five rule bases' graph
     * @param runtimeTotal the bytes of the five runtimes' graph
     */
    public record Sizes(List<PackSize> packs, long kieBaseTotal, long runtimeTotal) {

        /** Copies the list. */
        public Sizes {
            packs = List.copyOf(packs);
        }
    }

    private RetainedHeap() {
    }

    /**
     * Loads the five packs from the class path, checks each one's 10-session plan once, and measures them.
     *
     * @throws IllegalStateException if a pack is missing or does not load its precompiled model
     */
    public static Sizes measure() {
        return measure(load());
    }

    /**
     * Loads the five packs from the class path and checks each one's 10-session plan once.
     *
     * @return the loaded runtimes by pack id, in {@link BenchmarkPack} order
     */
    static Map<String, PackRuntime> load() {
        Checker checker = Checker.create();
        RulePacks packs = checker.packs();
        Setups.requirePrecompiled(packs);
        Map<String, PackRuntime> runtimes = new LinkedHashMap<>();
        for (BenchmarkPack p : BenchmarkPack.values()) {
            checker.check(BenchmarkPlans.plan(p, BenchmarkPlans.SMALL), p.id(), p.asOf());
            runtimes.put(p.id(), BenchmarkAccess.runtime(packs.get(p.id())));
        }
        return runtimes;
    }

    /** Measures the given loaded runtimes, by pack id. */
    static Sizes measure(Map<String, PackRuntime> runtimes) {
        Function<PackRuntime, Object> kieBase = PackRuntime::kieBase;
        Function<PackRuntime, Object> runtime = r -> r;
        long kieBaseTotal = size(runtimes, null, null, kieBase);
        long runtimeTotal = size(runtimes, null, null, runtime);
        List<PackSize> sizes = new ArrayList<>();
        for (String id : runtimes.keySet()) {
            sizes.add(new PackSize(id, size(runtimes, id, null, kieBase),
                    kieBaseTotal - size(runtimes, null, id, kieBase), size(runtimes, id, null, runtime),
                    runtimeTotal - size(runtimes, null, id, runtime)));
        }
        return new Sizes(sizes, kieBaseTotal, runtimeTotal);
    }

    /**
     * The bytes that the chosen part of the runtimes (only {@code only}'s when given, all but {@code without}'s
     * when given) reaches and the class loader does not: the loader's graph (its classes, the jar files' buffers,
     * which rule bases reach through it once they have run) is there with or without packs. Computed as the size
     * of the union's graph less the loader's, walked right after it (the loader's graph drifts by some 100 KiB over
     * a run: caches, soft references), and not with {@code GraphLayout.subtract}, so that the figure depends on
     * object identity only, not on addresses that a garbage collection between two walks could change.
     */
    private static long size(Map<String, PackRuntime> runtimes, String only, String without,
                             Function<PackRuntime, Object> part) {
        ClassLoader loader = RetainedHeap.class.getClassLoader();
        List<Object> roots = new ArrayList<>();
        roots.add(loader);
        runtimes.forEach((id, r) -> {
            if ((only == null || id.equals(only)) && !id.equals(without)) {
                roots.add(part.apply(r));
            }
        });
        long union = GraphLayout.parseInstance(roots.toArray()).totalSize();
        return union - GraphLayout.parseInstance(loader).totalSize();
    }

    /** Prints the figures as a Markdown table, and the JVM's used-heap growth as a cross-check. */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        Map<String, PackRuntime> runtimes = load();
        long after = usedAfterGc(memory);
        Sizes sizes = measure(runtimes);
        System.out.println("| pack | KieBase alone | KieBase own share | PackRuntime alone | PackRuntime own share |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (PackSize p : sizes.packs()) {
            System.out.printf(Locale.ROOT, "| `%s` | %s | %s | %s | %s |%n", p.packId(), kib(p.kieBaseAlone()),
                    kib(p.kieBaseOwn()), kib(p.runtimeAlone()), kib(p.runtimeOwn()));
        }
        System.out.printf(Locale.ROOT, "| all five | | %s | | %s |%n", kib(sizes.kieBaseTotal()),
                kib(sizes.runtimeTotal()));
        System.out.printf(Locale.ROOT, "%nall five runtimes: %s of the %s goal (%.1f%%)%n", kib(sizes.runtimeTotal()),
                kib(GOAL_BYTES), 100.0 * sizes.runtimeTotal() / GOAL_BYTES);
        System.out.printf(Locale.ROOT, "used heap after GC: %s before loading, %s after loading and checking "
                + "(+%s: the packs, and every class's static state and cache that loading and checking filled)%n",
                kib(before), kib(after), kib(after - before));
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f KiB", bytes / 1024.0);
    }
}
