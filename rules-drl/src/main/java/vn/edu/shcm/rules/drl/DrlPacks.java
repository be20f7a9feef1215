package vn.edu.shcm.rules.drl;

import java.nio.file.Path;
import vn.edu.shcm.rules.DrlRulePack;
import vn.edu.shcm.rules.RulePack;

/**
 * Reads rule packs from DRL files at run time: the development path for pack authors, and the only way to run
 * rules that are not shipped precompiled on the class path.
 *
 * <p>Shipped packs need none of this: their builds compile the DRL files to Drools' executable model, and
 * {@code rules-core} loads that without a compiler. Adding this module ({@code vn.edu.shcm:rules-drl}) brings the
 * classic DRL compiler (Drools' {@code drools-compiler} with its parser, {@code drools-mvel} and the Eclipse
 * Java compiler) onto the class path; a pack without a precompiled model then compiles on first use.
 *
 * <p>The rules of a pack read this way run with the program's rights: load only packs you trust.
 */
public final class DrlPacks {

    private DrlPacks() {
    }

    /**
     * Returns a pack read from a directory holding {@code pack.json} and the DRL files it lists, compiled with the
     * classic DRL compiler on first use, once, into a rule base shared by all checks. The pack is thread-safe.
     *
     * @throws IllegalArgumentException if the directory has no {@code pack.json}
     * @throws IllegalStateException if the descriptor is malformed (naming the field)
     */
    public static RulePack fromDirectory(Path directory) {
        return new DirectoryPack(directory);
    }

    private static final class DirectoryPack extends DrlRulePack {
        DirectoryPack(Path directory) {
            super(directory);
        }
    }
}
