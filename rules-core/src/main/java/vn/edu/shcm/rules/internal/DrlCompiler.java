package vn.edu.shcm.rules.internal;

import java.util.List;
import org.kie.api.KieBase;

/**
 * Compiles DRL files into a rule base at run time: the development path, for packs that have no executable model
 * compiled by their build. Not an API: the {@code rules-drl} module provides the one implementation, found with
 * {@link java.util.ServiceLoader}, so that a class path of precompiled packs carries no compiler.
 */
public interface DrlCompiler {

    /**
     * One DRL file to compile.
     *
     * @param path where the file comes from, for messages (e.g. {@code tuyenquang-mn-2025/plan.drl})
     * @param content the file's bytes (UTF-8)
     */
    record Source(String path, byte[] content) {
    }

    /**
     * Compiles the files into one rule base.
     *
     * @param packId the pack being compiled, for messages
     * @param sources the DRL files
     * @param classLoader the class loader that sees the classes the rules use
     * @throws IllegalStateException if a file does not compile, naming the file and line
     */
    KieBase compile(String packId, List<Source> sources, ClassLoader classLoader);
}
