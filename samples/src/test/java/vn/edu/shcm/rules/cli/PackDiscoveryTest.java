package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.DrlRulePack;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;

/**
 * Shipped packs load only from the class path: {@link RulePacks#discover()} finds exactly the packs that jars on
 * the class path list as services, each with its rules read from its own class-path location; a pack written to a
 * directory (the development path of {@link DrlRulePack#fromDirectory}) is never found by discovery, wherever it
 * lies, and no file of the working directory is read.
 */
class PackDiscoveryTest {

    static final List<String> SHIPPED = List.of("anlao-mn-2023", "bgddt-dieule-2020", "laocai-phothong-2025", "quangngai-mn-2019",
            "quangngai-thcs-2025", "tuyenquang-mn-2025");

    @TempDir
    Path dir;

    @Test
    void discoveryFindsExactlyTheShippedPacksEachFromItsOwnClassPathLocation() {
        RulePacks packs = RulePacks.discover();
        assertEquals(SHIPPED, packs.ids());
        for (RulePack pack : packs.all()) {
            Class<?> type = pack.getClass();
            assertTrue(type.getPackageName().startsWith("vn.edu.shcm.rules."), type.getName());
            URL location = type.getProtectionDomain().getCodeSource().getLocation();
            assertNotNull(location, type.getName());
            // the descriptor it was built from lies beside its class, in the same jar or class folder
            String folder = pack.id().replaceAll("-(mn|thcs|phothong)-", "").replaceAll("^bgddt-", "").replace("-", "");
            URL descriptor = type.getResource(folder + "/pack.json");
            assertNotNull(descriptor, pack.id() + ": " + folder + "/pack.json");
            assertTrue(descriptor.toString().contains(location.getPath()), descriptor + " within " + location);
            assertFalse(pack.rules().isEmpty(), pack.id() + " compiles from its class-path rules");
        }
    }

    @Test
    void aPackInADirectoryIsNeverDiscoveredWhereverItLies() throws IOException {
        // a complete, valid pack beside the plans, in the working directory and on a class loader's own folder
        Path pack = Files.createDirectories(dir.resolve("vn/edu/shcm/rules/rogue"));
        Files.writeString(pack.resolve("pack.json"), """
                {"id": "rogue", "title": "t", "titleEn": "t", "source": {"title": "t", "issuer": "t"},
                 "jurisdiction": {"national": true},
                 "coverage": {"levels": ["THCS"], "scopes": ["CLUSTER"], "firstYear": "2025-2026"},
                 "ruleFiles": [], "rules": {}}
                """);
        assertEquals("rogue", DrlRulePack.fromDirectory(pack).id(), "the pack itself is fine");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                PackDiscoveryTest.class.getClassLoader())) {
            assertEquals(SHIPPED, RulePacks.discover(loader).ids());
        }
        assertEquals(SHIPPED, RulePacks.discover().ids());
    }

    @Test
    void aClassLoaderThatListsNoPackFindsNone() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertEquals(List.of(), RulePacks.discover(empty).ids());
        }
    }

    @Test
    void theCommandLineListsExactlyTheShippedPacks() {
        Cli cli = Cli.run("packs", "--format", "json");
        assertEquals(ExitCode.OK, cli.status(), cli.err());
        List<String> ids = ExamplePlansTest.readTree(cli.out()).findValuesAsText("id").stream()
                .filter(SHIPPED::contains).distinct().sorted().toList();
        assertEquals(SHIPPED, ids);
        assertEquals(SHIPPED.size(), ExamplePlansTest.readTree(cli.out()).size());
    }
}
