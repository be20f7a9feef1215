package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar on the heaviest documents within the limits, in a JVM with a small heap: the documented 128 MiB
 * are enough to answer each with its input error, and too little memory is one clear line, never a stack trace.
 */
class LargeInputJarIT {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run java(String heap, Path plan) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-jar", ShcmCheckJarIT.JAR.toString(), "check", "--pack",
                "tuyenquang-mn-2025", plan.toString()));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "shcm-check did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** Just under the token limit: 990 000 one-letter strings, the most JSON nodes a document can hold. */
    Path mostNodes() throws IOException {
        StringBuilder doc = new StringBuilder("{\"id\":\"p\",\"schoolYear\":\"2025-2026\",\"level\":\"MAM_NON\","
                + "\"scope\":\"CLUSTER\",\"objectives\":[");
        for (int i = 0; i < 990_000; i++) {
            doc.append(i == 0 ? "\"a\"" : ",\"a\"");
        }
        return Files.writeString(dir.resolve("most-nodes.json"), doc.append("],\"sessions\":[]}"));
    }

    /** 490 000 distinct field names in one object. */
    Path mostFields() throws IOException {
        StringBuilder doc = new StringBuilder("{\"id\":\"p\",\"schoolYear\":\"2025-2026\",\"level\":\"MAM_NON\","
                + "\"scope\":\"CLUSTER\",\"x\":{");
        for (int i = 0; i < 490_000; i++) {
            doc.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        return Files.writeString(dir.resolve("most-fields.json"), doc.append("},\"sessions\":[]}"));
    }

    @Test
    void oneHundredTwentyEightMebibytesAnswerTheHeaviestDocuments() throws Exception {
        Run nodes = java("128m", mostNodes());
        assertEquals(ExitCode.INPUT_ERROR, nodes.status(), nodes.err());
        assertTrue(nodes.err().contains("/objectives"), nodes.err());
        Run fields = java("128m", mostFields());
        assertEquals(ExitCode.INPUT_ERROR, fields.status(), fields.err());
        assertTrue(fields.err().contains("/x"), fields.err());
    }

    @Test
    void tooLittleMemoryIsOneClearLineWithoutStackTrace() throws Exception {
        Run r = java("24m", mostNodes());
        assertEquals(ExitCode.INTERNAL_ERROR, r.status(), r.err());
        assertTrue(r.err().contains("Out of memory; run java with a larger -Xmx"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }
}
