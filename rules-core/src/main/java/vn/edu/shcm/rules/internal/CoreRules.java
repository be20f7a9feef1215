package vn.edu.shcm.rules.internal;

import java.util.List;
import vn.edu.shcm.rules.RuleInfo;

/**
 * The core plan-integrity rules, which every check runs once whatever its packs: one rule base for the whole
 * JVM, loaded on first use from the model rules-core's build precompiled.
 */
public final class CoreRules {

    private CoreRules() {
    }

    private static final class Holder {
        static final PackRuntime RUNTIME = PackCompiler.loadCore();
    }

    /** Returns the core rules' rule base. */
    public static PackRuntime runtime() {
        return Holder.RUNTIME;
    }

    /** Returns the core rules, in catalogue order. */
    public static List<RuleInfo> rules() {
        return Holder.RUNTIME.rules();
    }
}
