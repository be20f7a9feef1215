package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLClassLoader;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault of the program itself (here a pack whose rule throws) exits with status 4 and one line saying so in both
 * languages, never a Java stack trace, unless {@code --debug} asks for one.
 */
class InternalErrorTest {

    static final String PLAN = "plans/tuyen-quang-mn-2025-2026.json";

    /** Runs the command line with {@link BrokenPack} found on the class path, as a pack jar would be. */
    static Cli withBrokenPack(String... args) throws Exception {
        return withServices(() -> Cli.run(args));
    }

    static <T> T withServices(Callable<T> run) throws Exception {
        URL services = InternalErrorTest.class.getResource("/broken-pack-services/");
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services}, saved)) {
            thread.setContextClassLoader(loader);
            return run.call();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    @Test
    void aBugExitsWith4AndOneLineInEachLanguageWithoutStackTrace() throws Exception {
        Cli cli = withBrokenPack("check", "--pack", "test-broken", "--as-of", "2025-12-01", PLAN);
        assertEquals(ExitCode.INTERNAL_ERROR, cli.status(), cli.err());
        assertTrue(cli.err().contains("Lỗi nội bộ của shcm-check"), cli.err());
        assertTrue(cli.err().contains("(Internal error of shcm-check, not of the plan; please report it with the output"
                + " of --debug.)"), cli.err());
        assertFalse(cli.err().contains("\tat ") || cli.out().contains("\tat "), cli.err());
        assertFalse(cli.err().contains("Caused by") || cli.out().contains("Caused by"), cli.err());
        assertTrue(cli.err().lines().count() <= 2, cli.err());
    }

    @Test
    void anErrorRatherThanAnExceptionToo(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("overflow.json");
        Files.writeString(plan, """
                {"id": "p", "schoolYear": "2025-2026", "level": "THCS", "scope": "SCHOOL_GROUP",
                 "sessions": [{"id": "overflow", "date": "2025-11-10"}]}
                """);
        Cli cli = withBrokenPack("check", "--pack", "test-broken", "--as-of", "2025-12-01", plan.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, cli.status(), cli.err());
        assertTrue(cli.err().contains("StackOverflowError"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Cli cli = withBrokenPack("check", "--pack", "test-broken", "--as-of", "2025-12-01", "--debug", PLAN);
        assertEquals(ExitCode.INTERNAL_ERROR, cli.status(), cli.err());
        assertTrue(cli.err().contains("\tat "), cli.err());
        assertTrue(cli.err().contains("not a number in session"), cli.err());
    }

    @Test
    void inJsonTooABugIsNoResultAndNoStackTrace() throws Exception {
        Cli cli = withBrokenPack("check", "--pack", "test-broken", "--as-of", "2025-12-01", "--format", "json", PLAN);
        assertEquals(ExitCode.INTERNAL_ERROR, cli.status(), cli.err());
        assertEquals("", cli.out());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void theShippedPacksStillWorkBesideIt() throws Exception {
        Cli cli = withBrokenPack("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", PLAN);
        assertEquals(ExitCode.VIOLATIONS, cli.status(), cli.err());
    }
}
