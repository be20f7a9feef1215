package vn.edu.shcm.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.benchmarks.RetainedHeap.PackSize;
import vn.edu.shcm.rules.internal.PackRuntime;
import vn.edu.shcm.rules.benchmarks.RetainedHeap.Sizes;

/** The retained-heap figures are consistent among themselves (what they are is docs/performance.md's business). */
class RetainedHeapTest {

    @Test
    void loadsAllFivePacks() {
        assertEquals(Arrays.stream(BenchmarkPack.values()).map(BenchmarkPack::id).toList(),
                List.copyOf(RetainedHeap.load().keySet()));
    }

    @Test
    void measuresEveryPackAloneItsOwnShareAndTheTotal() {
        // two packs, to keep the test short: every figure walks the class loader's graph
        Map<String, PackRuntime> two = new LinkedHashMap<>(RetainedHeap.load());
        two.keySet().retainAll(List.of("anlao-mn-2023", "laocai-phothong-2025"));
        Sizes sizes = RetainedHeap.measure(two);
        assertEquals(List.of("anlao-mn-2023", "laocai-phothong-2025"),
                sizes.packs().stream().map(PackSize::packId).toList());
        long kieBaseAlone = 0;
        long runtimeAlone = 0;
        long kieBaseOwn = 0;
        for (PackSize p : sizes.packs()) {
            assertTrue(p.kieBaseOwn() > 0 && p.kieBaseOwn() <= p.kieBaseAlone(), p.toString());
            assertTrue(p.runtimeOwn() > 0 && p.runtimeOwn() <= p.runtimeAlone(), p.toString());
            assertTrue(p.runtimeAlone() > p.kieBaseAlone(), "a runtime holds its rule base and more: " + p);
            assertTrue(p.kieBaseAlone() <= sizes.kieBaseTotal(), p.toString());
            kieBaseAlone += p.kieBaseAlone();
            runtimeAlone += p.runtimeAlone();
            kieBaseOwn += p.kieBaseOwn();
        }
        // what the packs share (the core rules' classes, Drools' singletons) is counted once in the total
        assertTrue(sizes.kieBaseTotal() < kieBaseAlone && sizes.kieBaseTotal() > kieBaseOwn, sizes.toString());
        assertTrue(sizes.runtimeTotal() < runtimeAlone && sizes.runtimeTotal() > sizes.kieBaseTotal(),
                sizes.toString());
    }
}
