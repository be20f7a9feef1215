package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.internal.Pointers;
import vn.edu.shcm.rules.model.Plan;

/**
 * Whatever the bytes, reading gives a plan or an {@link InvalidPlanException} whose problems are in document
 * order, at most one per pointer (nothing reported twice by the two passes). Seeded, so every run tries the same
 * inputs.
 */
class ExchangeFormatFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void mutatedBytesOfTheExample() {
        Random random = new Random(20231012);
        byte[] example = Docs.exampleBytes();
        for (int round = 0; round < 3_000; round++) {
            byte[] doc = example.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                doc = mutate(doc, random);
            }
            check(doc, "bytes round " + round);
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(42);
        byte[] alphabet = "{}[]\":,0123456789.eE+-tfnulr \n\\u\u00e1abc".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int round = 0; round < 3_000; round++) {
            byte[] doc = new byte[random.nextInt(64)];
            for (int i = 0; i < doc.length; i++) {
                doc[i] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt();
            }
            check(doc, "random round " + round);
        }
    }

    @Test
    void mutatedValuesOfTheExampleTree() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode example = mapper.readTree(Docs.exampleBytes());
        Random random = new Random(7);
        JsonNode[] replacements = {NODES.nullNode(), NODES.numberNode(1), NODES.textNode(""), NODES.textNode(" "),
            NODES.textNode("x"), NODES.textNode("2024-02-30"), NODES.textNode("sao-sang"), NODES.booleanNode(true),
            NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().addNull(), NODES.arrayNode().add("lan-1"),
            NODES.objectNode().put("id", "lan-1"), NODES.objectNode().put("zz", 1)};
        int invalid = 0;
        for (int round = 0; round < 3_000; round++) {
            JsonNode doc = example.deepCopy();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                List<JsonNode> containers = new ArrayList<>();
                collectContainers(doc, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                JsonNode value = replacements[random.nextInt(replacements.length)].deepCopy();
                if (target instanceof ObjectNode o) {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    if (names.isEmpty() || random.nextInt(5) == 0) {
                        o.set(random.nextBoolean() ? "id" : "extra", value);
                    } else if (random.nextInt(4) == 0) {
                        o.remove(names.get(random.nextInt(names.size())));
                    } else {
                        o.set(names.get(random.nextInt(names.size())), value);
                    }
                } else if (target instanceof ArrayNode a) {
                    if (a.isEmpty() || random.nextBoolean()) {
                        a.insert(random.nextInt(a.size() + 1), value);
                    } else {
                        a.set(random.nextInt(a.size()), value);
                    }
                }
            }
            if (check(mapper.writeValueAsBytes(doc), "tree round " + round) == null) {
                invalid++;
            }
        }
        assertTrue(invalid > 2_000, "most mutations make an invalid plan: " + invalid);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (JsonNode child : node) {
                collectContainers(child, out);
            }
        }
    }

    /** Reads the bytes; returns the plan, or null after checking the problems of an invalid one. */
    private static Plan check(byte[] doc, String what) {
        try {
            Plan plan = ExchangeFormat.readPlan(new ByteArrayInputStream(doc), what);
            // a plan that was read is one that writes and reads back to itself
            assertEquals(plan, ExchangeFormat.readPlan(ExchangeFormat.writePlan(plan)), what);
            return plan;
        } catch (InvalidPlanException e) {
            List<PlanProblem> problems = e.problems();
            assertFalse(problems.isEmpty(), what);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < problems.size(); i++) {
                PlanProblem p = problems.get(i);
                assertTrue(seen.add(p.path()), () -> what + ": two problems at " + p.path() + ": " + problems);
                if (i > 0) {
                    assertTrue(Pointers.DOCUMENT_ORDER.compare(problems.get(i - 1).path(), p.path()) <= 0,
                            () -> what + ": out of order " + problems);
                }
            }
            return null;
        } catch (RuntimeException | Error e) {
            fail(what + ": " + e, e);
            return null;
        }
    }

    private static byte[] mutate(byte[] doc, Random random) {
        if (doc.length == 0) {
            return new byte[] {(byte) random.nextInt()};
        }
        int at = random.nextInt(doc.length);
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] copy = doc.clone();
                copy[at] = (byte) random.nextInt();
                return copy;
            }
            case 1 -> {
                byte[] copy = new byte[doc.length - 1];
                System.arraycopy(doc, 0, copy, 0, at);
                System.arraycopy(doc, at + 1, copy, at, doc.length - at - 1);
                return copy;
            }
            case 2 -> {
                byte[] copy = new byte[doc.length + 1];
                System.arraycopy(doc, 0, copy, 0, at);
                copy[at] = "{}[]\",:n0 ".getBytes()[random.nextInt(10)];
                System.arraycopy(doc, at, copy, at + 1, doc.length - at);
                return copy;
            }
            default -> {
                int len = Math.min(doc.length - at, 1 + random.nextInt(40));
                byte[] copy = new byte[doc.length + len];
                System.arraycopy(doc, 0, copy, 0, at + len);
                System.arraycopy(doc, at, copy, at + len, doc.length - at);
                return copy;
            }
        }
    }
}
