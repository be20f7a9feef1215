package vn.edu.shcm.rules.testing;

import vn.edu.shcm.rules.DrlRulePack;

/** A pack with no rules of its own, so that only the core rules run; covers every level, scope and year. */
public final class CoreOnlyPack extends DrlRulePack {

    /** Reads {@code pack.json} next to this class. */
    public CoreOnlyPack() {
        super();
    }
}
