package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code shcm-check.jar} as a user runs it, in its own JVM: every pack and Drools part found through
 * the merged service files, quiet logging, exit statuses, no stack traces.
 */
class ShcmCheckJarIT {

    static final Path JAR = Path.of(System.getProperty("shcm.jar", "target/shcm-check.jar"));
    static final Path PLANS = Path.of(System.getProperty("shcm.plans", "plans"));

    record Run(int status, String out, String err) {
    }

    static Run java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "shcm-check did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void checksTheShippedExampleQuietly() throws Exception {
        Run r = java(null, "check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01",
                PLANS.resolve("tuyen-quang-mn-2025-2026.json").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("Kết luận: KHÔNG ĐẠT — 4 lỗi, 2 cảnh báo, 3 việc sắp đến hạn."), r.out());
        assertEquals("", r.err(), "no log noise on a normal run");
    }

    @Test
    void appliesAWaiverFile() throws Exception {
        Run r = java(null, "check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", "--waivers",
                PLANS.resolveSibling("waivers").resolve("tuyen-quang-mn-2025-2026.waivers.json").toString(),
                PLANS.resolve("tuyen-quang-mn-2025-2026.json").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("Kết luận: KHÔNG ĐẠT — 3 lỗi, 1 cảnh báo, 3 việc sắp đến hạn, 2 vi phạm được miễn "
                + "trừ."), r.out());
        assertEquals("", r.err());
    }

    @Test
    void listsThePacksFoundInTheJar() throws Exception {
        Run r = java(null, "packs");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("tuyenquang-mn-2025 — "), r.out());
    }

    @Test
    void brokenInputOnStandardInputIsAnInputErrorWithoutStackTrace() throws Exception {
        Run r = java("{\"id\": \"x\", \"sessions\": [", "check", "--pack", "tuyenquang-mn-2025", "-");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("dòng 1"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void reportsItsVersion() throws Exception {
        Run r = java(null, "--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("shcm-check 0."), r.out());
    }
}
