package vn.edu.shcm.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edu.shcm.rules.BenchmarkAccess;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.internal.PackRuntime;

/** The packs as the benchmarks load them: both paths give the same rules; the guards catch the wrong path. */
class BenchmarkPackTest {

    @ParameterizedTest
    @EnumSource(BenchmarkPack.class)
    void theExtractedFolderCompilesToTheShippedPacksRules(BenchmarkPack pack, @TempDir Path dir) throws IOException {
        RulePack shipped = pack.newPack();
        assertEquals(pack.id(), shipped.id());
        pack.extractTo(dir.resolve("pack"));
        RulePack compiled = DrlPacks.fromDirectory(dir.resolve("pack"));
        List<String> shippedRules = shipped.rules().stream().map(RuleInfo::id).toList();
        assertEquals(shippedRules, compiled.rules().stream().map(RuleInfo::id).toList());
        assertEquals(PackRuntime.Origin.PRECOMPILED, BenchmarkAccess.runtime(shipped).origin());
        assertEquals(PackRuntime.Origin.COMPILED_AT_RUN_TIME, BenchmarkAccess.runtime(compiled).origin());
        try (var files = Files.list(dir.resolve("pack"))) {
            assertTrue(files.map(f -> f.getFileName().toString()).toList().contains("pack.json"));
        }
    }

    @Test
    void theGuardsAcceptTheShippedPacksAndRefuseACompiledOne(@TempDir Path dir) {
        Setups.requirePrecompiled(RulePacks.discover());
        RulePack compiled = DrlPacks.fromDirectory(BenchmarkPack.ANLAO_MN_2023.extractTo(dir.resolve("p")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Setups.requireOrigin(compiled, PackRuntime.Origin.PRECOMPILED));
        assertTrue(e.getMessage().contains("COMPILED_AT_RUN_TIME"), e.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Setups.requirePrecompiled(RulePacks.of(compiled)));
        assertTrue(missing.getMessage().contains("tuyenquang-mn-2025 is not on the class path"), missing.getMessage());
    }

    @Test
    void findsPacksByIdAndNamesAnUnknownOne() {
        assertEquals(List.of("tuyenquang-mn-2025", "anlao-mn-2023", "quangngai-thcs-2025", "laocai-phothong-2025",
                "quangngai-mn-2019"), Arrays.stream(BenchmarkPack.values()).map(BenchmarkPack::id).toList());
        for (BenchmarkPack p : BenchmarkPack.values()) {
            assertEquals(p, BenchmarkPack.of(p.id()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkPack.of("nope"));
        assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
        assertEquals(RulePacks.discover().ids().stream().sorted().toList(),
                Arrays.stream(BenchmarkPack.values()).map(BenchmarkPack::id).sorted().toList());
    }
}
