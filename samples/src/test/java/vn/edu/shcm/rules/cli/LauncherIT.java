package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code samples/shcm-check}, run by bash with this JVM's JDK: its output is the jar's, byte for byte,
 * whether it makes its class-data archive (the first run) or uses it (the later ones); the JVM's notices never reach
 * standard output; {@code SHCM_CDS=off} makes none.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of("shcm-check");
    static final List<String> CHECK = List.of("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01",
            "--format", "json", ShcmCheckJarIT.PLANS.resolve("tuyen-quang-mn-2025-2026.json").toString());

    @TempDir
    Path cds;

    static boolean bash() {
        try {
            return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    ShcmCheckJarIT.Run launch(String stdin, Map<String, String> env, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        b.environment().put("SHCM_CDS_DIR", cds.toString());
        b.environment().remove("JAVA_OPTS");
        b.environment().putAll(env);
        Process p = b.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ShcmCheckJarIT.Run(p.waitFor(), out, err);
    }

    List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).toList();
        }
    }

    @Test
    void aCheckGivesTheJarsBytesWhileMakingItsArchiveAndWhenUsingIt() throws Exception {
        assumeTrue(bash(), "no bash here");
        ShcmCheckJarIT.Run plain = ShcmCheckJarIT.java(null, CHECK.toArray(String[]::new));
        assertEquals(1, plain.status(), plain.err());
        for (int run = 1; run <= 3; run++) {
            ShcmCheckJarIT.Run r = launch(null, Map.of(), CHECK);
            assertEquals(plain.status(), r.status(), r.err());
            assertEquals(plain.out(), r.out(), "run " + run);
            assertEquals("", r.err(), "run " + run);
            assertEquals(1, archives().size(), () -> "run made or kept one archive: " + cds);
        }
    }

    @Test
    void aBatchKeepsItsOwnArchiveAndTheJarsBytes() throws Exception {
        assumeTrue(bash(), "no bash here");
        String plan = Files.readString(ShcmCheckJarIT.PLANS.resolve("tuyen-quang-mn-2025-2026.json"))
                .replaceAll("\\s*\\n\\s*", " ");
        String lines = plan + "\n{\"broken\n" + plan + "\n";
        List<String> args = List.of("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", "--jsonl", "-");
        ShcmCheckJarIT.Run plain = ShcmCheckJarIT.java(lines, args.toArray(String[]::new));
        launch(null, Map.of(), CHECK);
        for (int run = 1; run <= 2; run++) {
            ShcmCheckJarIT.Run r = launch(lines, Map.of(), args);
            assertEquals(plain.status(), r.status(), r.err());
            assertEquals(plain.out(), r.out(), "run " + run);
            assertEquals(3, r.out().lines().count());
        }
        assertEquals(2, archives().size(), () -> "one archive for single checks, one for batches: " + cds);
    }

    @Test
    void withTheArchiveOffNoneIsMade() throws Exception {
        assumeTrue(bash(), "no bash here");
        ShcmCheckJarIT.Run r = launch(null, Map.of("SHCM_CDS", "off"), CHECK);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("{\"plan\":"), r.out());
        assertEquals(List.of(), archives());
    }
}
