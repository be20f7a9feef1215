package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init}, {@code test} and {@code mutate}: a new pack passes its cases, and a broken case or rule is caught. */
class PackAuthorCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void initWritesAPackThatPassesTestAndWhoseCasesKillEveryMutant() {
        Path pack = tmp.resolve("hanoi-mn-2026");
        Cli init = Cli.run("init", "hanoi-mn-2026", pack.toString(), "--first-year", "2026-2027");
        assertEquals(0, init.status(), init.err());
        assertTrue(Files.isRegularFile(pack.resolve("pack.json")) && Files.isRegularFile(pack.resolve("rules.drl")));
        Cli test = Cli.run("test", pack.toString());
        assertEquals(0, test.status(), test.out() + test.err());
        assertEquals("2 passed, 0 failed", test.out().strip());
        Cli mutate = Cli.run("mutate", pack.toString(), "--min-score", "95");
        assertEquals(0, mutate.status(), mutate.out() + mutate.err());
        assertTrue(mutate.out().strip().endsWith("killed 8 of 8"), mutate.out());
    }

    @Test
    void aFailingCaseIsOneLineAndTheExitStatusIs1() throws IOException {
        Path pack = tmp.resolve("p");
        assertEquals(0, Cli.run("init", "demo-thcs-2025", pack.toString(), "--level", "THCS").status());
        Path one = pack.resolve("cases/min-sessions-per-year/one-session-violates.json");
        Files.writeString(one, Files.readString(one).replace("\"actual\": 1", "\"actual\": 0"));
        Cli test = Cli.run("test", pack.toString());
        assertEquals(1, test.status());
        assertEquals("FAIL min-sessions-per-year/one-session-violates: missing violation: ERROR "
                + "demo-thcs-2025:min-sessions-per-year /sessions {\"required\":2,\"actual\":0} (+1 more)\n1 passed, 1 failed",
                test.out().strip().replace("\r", ""));
    }

    @Test
    void aRuleThatNoCaseMakesFireIsReported() throws IOException {
        Path pack = tmp.resolve("p");
        assertEquals(0, Cli.run("init", "demo-mn-2025", pack.toString()).status());
        Files.delete(pack.resolve("cases/min-sessions-per-year/one-session-violates.json"));
        Cli test = Cli.run("test", pack.toString());
        assertEquals(0, test.status());
        assertEquals("no case makes these rules fire: demo-mn-2025:min-sessions-per-year\n1 passed, 0 failed",
                test.out().strip().replace("\r", ""));
    }

    @Test
    void aShippedPacksCasesRunWithPackAndCases() {
        Cli test = Cli.run("test", "--pack", "anlao-mn-2023", "--cases",
                "../rules-mn/src/test/resources/cases/anlao-mn-2023");
        assertEquals(0, test.status(), test.out());
        assertTrue(test.out().strip().matches("\\d+ passed, 0 failed"), test.out());
    }

    @Test
    void anInvalidCaseIsAnInputErrorNamingItsField() throws IOException {
        Path pack = tmp.resolve("p");
        assertEquals(0, Cli.run("init", "demo-mn-2025", pack.toString()).status());
        Files.writeString(pack.resolve("cases/bad.json"), "{ \"packs\": [\"demo-mn-2025\"], \"asOf\": \"2026-06-15\", "
                + "\"plan\": {}, \"expect\": { \"exactly\": \"yes\" } }");
        Cli test = Cli.run("test", pack.toString());
        assertEquals(2, test.status());
        assertTrue(test.err().contains("/expect/exactly must be true or false"), test.err());
    }

    @Test
    void initRefusesABadIdOrANonEmptyDirectory() throws IOException {
        assertEquals(2, Cli.run("init", "Hà Nội", tmp.resolve("x").toString()).status());
        Files.writeString(tmp.resolve("keep.txt"), "x");
        Cli again = Cli.run("init", "demo-mn-2025", tmp.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    @Test
    void testNeedsADirectoryOrAPackWithCases() {
        assertEquals(2, Cli.run("test").status());
        assertEquals(2, Cli.run("test", "--pack", "anlao-mn-2023").status());
        assertEquals(3, Cli.run("test", "--pack", "nope", "--cases", ".").status());
    }
}
