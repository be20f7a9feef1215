package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;

/**
 * Every shipped example plan, checked through the command line, gives the findings that the manifests
 * {@code plans/<pack-id>.examples.json} list for it (worked out from the guideline, not recorded from a run) and the
 * right exit status.
 */
class ExamplePlansTest {

    static final Path PLANS = Path.of("plans");

    record Example(String file, String pack, String asOf, int exit, List<String> violations,
                   List<String> obligations, List<String> inputErrors) {
        @Override
        public String toString() {
            return file + " as of " + asOf;
        }

        /** Returns the packs the example is checked against: the manifest's {@code pack}, comma-separated. */
        List<String> packs() {
            return List.of(pack.split(","));
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path manifest : manifests()) {
            for (JsonNode e : new ObjectMapper().readTree(manifest.toFile())) {
                examples.add(new Example(e.get("file").asText(), e.get("pack").asText(), e.get("asOf").asText(),
                        e.get("exit").asInt(), strings(e.get("violations")), strings(e.get("obligations")),
                        strings(e.get("inputErrors"))));
            }
        }
        return examples.stream();
    }

    static List<Path> manifests() throws IOException {
        try (Stream<Path> files = java.nio.file.Files.list(PLANS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".examples.json")).sorted().toList();
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleGivesTheListedFindings(Example example) {
        Cli cli = Cli.run("check", "--pack", example.pack(), "--as-of", example.asOf(), "--format", "json",
                PLANS.resolve(example.file()).toString());
        assertEquals("", cli.err());
        if (!example.inputErrors().isEmpty()) {
            JsonNode doc = readTree(cli.out());
            List<String> pointers = new ArrayList<>();
            doc.get("inputErrors").forEach(p -> pointers.add(p.get("path").asText()));
            assertEquals(example.inputErrors(), pointers);
            assertEquals(example.exit(), cli.status());
            return;
        }
        CheckResult result = ExchangeFormat.readResult(cli.out().strip());
        assertEquals(example.violations(), result.violations().stream()
                .map(v -> v.severity() + " " + v.ruleId() + " " + v.path()).toList());
        assertEquals(example.obligations(), result.obligations().stream()
                .map(o -> o.dueOn() + " " + o.ruleId() + " " + o.path()).toList());
        assertEquals(example.exit(), cli.status());
    }

    static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theTextReportSaysTheSameInVietnameseFirst(Example example) {
        if (!example.inputErrors().isEmpty()) {
            return;
        }
        Cli cli = Cli.run("check", "--pack", example.pack(), "--as-of", example.asOf(),
                PLANS.resolve(example.file()).toString());
        assertEquals(example.exit(), cli.status());
        long errors = example.violations().stream().filter(v -> v.startsWith("ERROR ")).count();
        assertFalse(cli.out().isEmpty());
        String verdict = errors > 0 ? "Kết luận: KHÔNG ĐẠT — " + errors + " lỗi" : "Kết luận: ĐẠT — 0 lỗi";
        assertEquals(1, cli.out().lines().filter(l -> l.startsWith(verdict)).count(), cli.out());
    }

    @Test
    void everyShippedPlanIsAnExample() throws IOException {
        List<String> listed = examples().map(Example::file).sorted().distinct().toList();
        try (Stream<Path> files = java.nio.file.Files.list(PLANS)) {
            List<String> shipped = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".examples.json")).sorted().toList();
            assertEquals(shipped, listed);
        }
    }
}
