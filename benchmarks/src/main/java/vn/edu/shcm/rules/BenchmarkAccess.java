package vn.edu.shcm.rules;

import java.util.Objects;
import org.kie.api.KieBase;
import vn.edu.shcm.rules.internal.PackRuntime;

/**
 * Reaches, for the benchmarks only, the compiled form of a pack that {@link DrlRulePack} keeps package-private: the
 * {@link PackRuntime} a check runs (its rule base, rule texts and session) and its {@link KieBase}.
 *
 * <p>It lives in the library's package but in the benchmarks module, so the library's public API gains nothing for
 * the sake of a measurement. That works on the class path, which is how JMH runs the benchmarks jar (one shaded
 * jar, one package); it would not in a module path, where a package belongs to one module.
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {
    }

    /**
     * Returns the compiled pack that checks run, compiling or loading it on first use.
     *
     * @throws IllegalArgumentException if the pack is not a {@link DrlRulePack} (it always is: the interface is
     *     sealed)
     */
    public static PackRuntime runtime(RulePack pack) {
        Objects.requireNonNull(pack, "pack");
        if (!(pack instanceof DrlRulePack drl)) {
            throw new IllegalArgumentException("not a DRL rule pack: " + pack);
        }
        return drl.runtime();
    }

    /** Returns the pack's rule base, compiling or loading it on first use. */
    public static KieBase kieBase(RulePack pack) {
        return runtime(pack).kieBase();
    }
}
