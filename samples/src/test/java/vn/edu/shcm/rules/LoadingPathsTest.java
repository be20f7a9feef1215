package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.internal.PackRuntime;
import vn.edu.shcm.rules.model.Plan;

/**
 * The two ways to load a pack: shipped packs load the executable model compiled at build time; the development
 * path compiles the same DRL files at run time. Both must give identical results on every example plan.
 */
class LoadingPathsTest {

    static final RulePacks SHIPPED = RulePacks.discover();
    static final Path PLANS = Path.of("plans");

    @Test
    void everyShippedPackLoadsItsPrecompiledModel() {
        assertEquals(6, SHIPPED.all().size());
        for (RulePack pack : SHIPPED.all()) {
            assertEquals(PackRuntime.Origin.PRECOMPILED, ((DrlRulePack) pack).runtime().origin(), pack.id());
        }
    }

    /** The source folders of the shipped packs, by pack id, read from the modules' sources. */
    static Map<String, Path> sourceFolders() throws IOException {
        Map<String, Path> folders = new HashMap<>();
        for (String module : List.of("rules-mn", "rules-thcs", "rules-phothong", "rules-national")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "resources"))) {
                for (Path descriptor : files.filter(p -> p.getFileName().toString().equals("pack.json")).toList()) {
                    String id = new ObjectMapper().readTree(descriptor.toFile()).get("id").asText();
                    folders.put(id, descriptor.getParent());
                }
            }
        }
        return folders;
    }

    record Example(String file, String pack, LocalDate asOf) {
        @Override
        public String toString() {
            return pack + " " + file;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> manifests = Files.list(PLANS)) {
            for (Path m : manifests.filter(p -> p.toString().endsWith(".examples.json")).sorted().toList()) {
                for (JsonNode e : new ObjectMapper().readTree(m.toFile())) {
                    if (e.get("exit").asInt() < 2) {
                        examples.add(new Example(e.get("file").asText(), e.get("pack").asText(),
                                LocalDate.parse(e.get("asOf").asText())));
                    }
                }
            }
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void bothPathsGiveIdenticalResults(Example example) throws IOException {
        List<String> ids = List.of(example.pack().split(","));
        List<RulePack> fromSources = new ArrayList<>();
        for (String id : ids) {
            RulePack pack = DrlRulePack.fromDirectory(sourceFolders().get(id));
            assertEquals(PackRuntime.Origin.COMPILED_AT_RUN_TIME, ((DrlRulePack) pack).runtime().origin());
            fromSources.add(pack);
        }
        Plan plan = ExchangeFormat.readPlan(PLANS.resolve(example.file()));
        CheckResult shipped = Checker.builder().packs(SHIPPED).build().check(plan, ids, example.asOf());
        CheckResult compiled = Checker.builder().packs(RulePacks.of(fromSources)).build()
                .check(plan, ids, example.asOf());
        assertEquals(ExchangeFormat.writeResult(shipped), ExchangeFormat.writeResult(compiled));
        assertEquals(shipped, compiled);
    }
}
