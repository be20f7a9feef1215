package vn.edu.shcm.rules.benchmarks;

import vn.edu.shcm.rules.BenchmarkAccess;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.internal.PackRuntime;

/** Guards the benchmarks' set-up, so that a broken jar fails loudly instead of measuring the wrong path. */
final class Setups {

    private Setups() {
    }

    /**
     * Checks that all five shipped packs are on the class path and load their precompiled models (a jar whose
     * model index lost entries would silently compile DRL instead).
     */
    static void requirePrecompiled(RulePacks packs) {
        for (BenchmarkPack p : BenchmarkPack.values()) {
            RulePack pack = packs.find(p.id()).orElseThrow(() -> new IllegalStateException("pack " + p.id()
                    + " is not on the class path; found " + packs.ids()));
            requireOrigin(pack, PackRuntime.Origin.PRECOMPILED);
        }
    }

    /** Checks how a pack's rule base came to be, loading it if needed. */
    static void requireOrigin(RulePack pack, PackRuntime.Origin expected) {
        PackRuntime.Origin origin = BenchmarkAccess.runtime(pack).origin();
        if (origin != expected) {
            throw new IllegalStateException("pack " + pack.id() + " was " + origin + ", expected " + expected);
        }
    }
}
