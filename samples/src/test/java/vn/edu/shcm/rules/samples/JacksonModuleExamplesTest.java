package vn.edu.shcm.rules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.model.Plan;

/**
 * Every shipped example plan through a plain ObjectMapper with {@link ExchangeFormat#jacksonModule()}: read as
 * ExchangeFormat reads it, written back with ExchangeFormat's bytes; its result (or its input errors) written with
 * ExchangeFormat's bytes.
 */
class JacksonModuleExamplesTest {

    private static final Path PLANS = Path.of("plans");
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(ExchangeFormat.jacksonModule());
    private static final Checker CHECKER = Checker.create();

    static List<Path> plans() throws IOException {
        try (Stream<Path> files = Files.list(PLANS)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".examples.json"))
                    .sorted().toList();
        }
    }

    /** Each manifest entry: the file, the pack and the as-of day. */
    static List<Object[]> examples() throws IOException {
        List<Object[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(PLANS)) {
            for (Path manifest : files.filter(f -> f.toString().endsWith(".examples.json")).sorted().toList()) {
                for (JsonNode e : new ObjectMapper().readTree(manifest.toFile())) {
                    out.add(new Object[] {e.get("file").textValue(), e.get("pack").textValue(),
                            LocalDate.parse(e.get("asOf").textValue())});
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("plans")
    void roundTripsEveryExamplePlanByteForByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        Plan viaMapper = MAPPER.readValue(bytes, Plan.class);
        String written = MAPPER.writeValueAsString(viaMapper);

        assertEquals(ExchangeFormat.readPlan(file), viaMapper);
        assertEquals(ExchangeFormat.writePlan(viaMapper), written);
        assertEquals(viaMapper, MAPPER.readValue(written, Plan.class));
        assertEquals(written, MAPPER.writeValueAsString(MAPPER.readValue(written, Plan.class)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writesEachExamplesResultOrInputErrorsWithExchangeFormatsBytes(String file, String pack, LocalDate asOf)
            throws IOException {
        Plan plan = MAPPER.readValue(PLANS.resolve(file).toFile(), Plan.class);
        try {
            CheckResult result = CHECKER.check(plan, List.of(pack.split(",")), asOf);
            String written = MAPPER.writeValueAsString(result);
            assertEquals(ExchangeFormat.writeResult(result), written);
            // read back, dates in details are strings (readResult's documented scalars): same bytes again
            assertEquals(written, ExchangeFormat.writeResult(ExchangeFormat.readResult(written)));
        } catch (InvalidPlanException e) {
            String written = MAPPER.writeValueAsString(e);
            assertEquals(ExchangeFormat.writeInputErrors(e), written);
            assertFalse(e.problems().isEmpty());
        }
    }
}
