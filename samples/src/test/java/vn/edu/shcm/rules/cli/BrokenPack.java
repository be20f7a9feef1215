package vn.edu.shcm.rules.cli;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * A pack with a bug, to see what the command line does with a fault of the program rather than of the plan. It
 * is not on the tests' class path as a service: {@link InternalErrorTest} adds its service file for one run.
 */
public final class BrokenPack extends DrlRulePack {

    /** Reads {@code broken/pack.json} next to this class. */
    public BrokenPack() {
        super("broken/pack.json");
    }
}
