package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;

/**
 * Every date of every shipped example plan, in turn, set to an absurd but valid day (years 1, 1899, 2200, 9999),
 * checked by its pack, as of the example's day or of that absurd day: always a result or an input error at that date's
 * calendar field, never another exception. The calendar holidays of 1900-2199 are the only dates with a range.
 */
class AbsurdDatesInExamplesTest {

    static final Checker CHECKER = Checker.create();
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ABSURD = List.of("0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31");

    static java.util.stream.Stream<ExamplePlansTest.Example> examples() throws IOException {
        return ExamplePlansTest.examples();
    }

    /** The pointers of every date of a document (strings of the form YYYY-MM-DD), each with a setter. */
    static void dates(JsonNode node, String pointer, Map<String, java.util.function.Consumer<String>> out) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                JsonNode child = o.get(name);
                if (isDate(child)) {
                    out.put(pointer + "/" + name, v -> o.set(name, TextNode.valueOf(v)));
                } else {
                    dates(child, pointer + "/" + name, out);
                }
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                if (isDate(a.get(i))) {
                    out.put(pointer + "/" + i, v -> a.set(at, TextNode.valueOf(v)));
                } else {
                    dates(a.get(i), pointer + "/" + i, out);
                }
            }
        }
    }

    static boolean isDate(JsonNode n) {
        return n.isTextual() && n.textValue().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyDateOfTheExampleAtAnAbsurdDayGivesAResultOrAnInputError(ExamplePlansTest.Example example)
            throws IOException {
        JsonNode original = JSON.readTree(Path.of("plans", example.file()).toFile());
        Map<String, java.util.function.Consumer<String>> probe = new java.util.LinkedHashMap<>();
        dates(original, "", probe);
        assertFalse(probe.isEmpty(), example.file());
        int results = 0;
        for (String pointer : new ArrayList<>(probe.keySet())) {
            for (String absurd : ABSURD) {
                JsonNode doc = original.deepCopy();
                Map<String, java.util.function.Consumer<String>> setters = new java.util.LinkedHashMap<>();
                dates(doc, "", setters);
                setters.get(pointer).accept(absurd);
                // as of the example's day, or as of the absurd day itself (years 1 and 9999)
                LocalDate day = LocalDate.parse(absurd);
                for (LocalDate asOf : List.of(day.getYear() == 1 || day.getYear() == 9999 ? day
                        : LocalDate.parse(example.asOf()))) {
                    try {
                        CheckResult r = CHECKER.check(ExchangeFormat.readPlan(JSON.writeValueAsString(doc)),
                                example.packs(), asOf);
                        assertTrue(r.violations().stream().allMatch(v -> v.ruleId().startsWith("core:")
                                || example.packs().stream().anyMatch(p -> v.ruleId().startsWith(p + ":"))));
                        results++;
                    } catch (InvalidPlanException e) {
                        // only a calendar date can make a readable example an input error: its years are bounded
                        assertTrue(pointer.startsWith("/calendar/") || !example.inputErrors().isEmpty(),
                                () -> pointer + " = " + absurd + ": " + e.getMessage());
                        for (PlanProblem p : e.problems()) {
                            assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p::toString);
                        }
                    } catch (RuntimeException e) {
                        fail(example.file() + " " + pointer + " = " + absurd + " as of " + asOf + ": " + e, e);
                    }
                }
            }
        }
        assertTrue(results > 0 || !example.inputErrors().isEmpty(), "the rules ran on " + example.file());
    }
}
