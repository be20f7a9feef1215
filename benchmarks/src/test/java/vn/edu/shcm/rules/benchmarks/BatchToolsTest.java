package vn.edu.shcm.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.model.Plan;

/** The tools of the batch measurements write and read what they say. */
class BatchToolsTest {

    @TempDir
    Path dir;

    @Test
    void aJsonLinesFileHoldsOnePlanPerLineEachWithItsOwnId() throws IOException {
        Path file = dir.resolve("plans.jsonl");
        JsonLinesFile.main(new String[] {"laocai-phothong-2025", "10", "3", file.toString()});
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        Plan base = BenchmarkPlans.plan(BenchmarkPack.of("laocai-phothong-2025"), 10);
        for (int i = 0; i < 3; i++) {
            assertEquals(base.toBuilder().id(base.id() + "-" + i).build(), ExchangeFormat.readPlan(lines.get(i)));
        }
    }

    @Test
    void theJacksonOnlyBaselineReadsEveryLine() throws IOException {
        Path file = dir.resolve("plans.jsonl");
        JsonLinesFile.main(new String[] {"tuyenquang-mn-2025", "10", "4", file.toString()});
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            JacksonOnly.main(new String[] {"--jsonl", file.toString()});
        } finally {
            System.setOut(saved);
        }
        String id = BenchmarkPlans.plan(BenchmarkPack.of("tuyenquang-mn-2025"), 10).id();
        assertEquals(String.valueOf(4 * (id.length() + 2)), out.toString(StandardCharsets.UTF_8).strip());
    }
}
