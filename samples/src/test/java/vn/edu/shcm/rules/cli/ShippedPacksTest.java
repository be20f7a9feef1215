package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.UnknownIdException;
import vn.edu.shcm.rules.internal.ShippedPacks;

/**
 * The list of which module ships which pack (rules-core's {@code shipped-packs.json}) matches the class path of
 * this module, which has every pack: every pack found is listed, under the module its class comes from, and
 * nothing else is listed; and a check that lacks a pack's module says which dependency to add.
 */
class ShippedPacksTest {

    @Test
    void theListNamesExactlyTheDiscoveredPacksEachUnderTheModuleItsClassComesFrom() {
        RulePacks packs = RulePacks.discover();
        Map<String, String> listed = new TreeMap<>();
        ShippedPacks.byModule().forEach((module, ids) -> ids.forEach(id -> listed.put(id, module)));
        assertEquals(new TreeSet<>(packs.ids()), listed.keySet());
        for (RulePack pack : packs.all()) {
            String location = pack.getClass().getProtectionDomain().getCodeSource().getLocation().getPath();
            String module = listed.get(pack.id());
            assertTrue(location.contains("/" + module + "/"), pack.id() + " listed in " + module + " but loaded from "
                    + location);
        }
    }

    @Test
    void aCheckerWithoutRulesThcsNamesTheModuleToAdd() {
        List<RulePack> withoutThcs = RulePacks.discover().all().stream()
                .filter(p -> !p.id().equals("quangngai-thcs-2025")).toList();
        UnknownIdException e = assertThrows(UnknownIdException.class,
                () -> RulePacks.of(withoutThcs).get("quangngai-thcs-2025"));
        assertEquals(Optional.of("vn.edu.shcm:rules-thcs"), e.module());
        assertTrue(e.getMessage().contains("tuyenquang-mn-2025") && !e.known().contains("quangngai-thcs-2025"),
                e.getMessage());
    }

    @Test
    void theCommandLineNamesTheModulesThatShipPacks() {
        Cli cli = Cli.run("check", "--pack", "quangngai-thcs-2026", "plans/tuyen-quang-mn-2025-2026.json");
        assertEquals(ExitCode.UNKNOWN_ID, cli.status());
        for (String module : List.of("rules-mn", "rules-thcs (quangngai-thcs-2025)", "rules-phothong",
                "rules-national")) {
            assertTrue(cli.err().contains(module), cli.err());
        }
        assertTrue(cli.err().contains("Không có bộ quy tắc \"quangngai-thcs-2026\""), cli.err());
    }
}
