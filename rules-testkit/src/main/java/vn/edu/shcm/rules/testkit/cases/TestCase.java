package vn.edu.shcm.rules.testkit.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One test case of a rule pack, read from its JSON file (the format is {@code docs/test-cases.md}, its schema
 * {@code docs/schema/test-case.schema.json}): a plan, inline or a file with edits, the as-of date, the packs to
 * check it against and what the check must give. Immutable; {@link TestCases#run(TestCase, vn.edu.shcm.rules.Checker)}
 * checks it.
 *
 * @param name the case's name: its file's path relative to the folder of cases, without {@code .json}
 * @param file the case's file
 * @param description what the case shows, or null
 * @param packIds the packs to check against, at least one
 * @param asOf the as-of date of the check
 * @param plan the plan document, edits applied (the plan reader judges it, so an invalid plan is a valid case)
 * @param expectation what the check must give
 */
public record TestCase(String name, Path file, String description, List<String> packIds, LocalDate asOf,
                       JsonNode plan, Expectation expectation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks the parts and copies the list and the plan document. */
    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        packIds = List.copyOf(packIds);
        if (packIds.isEmpty()) {
            throw new IllegalArgumentException("a case names at least one pack");
        }
        Objects.requireNonNull(asOf, "asOf");
        plan = Objects.requireNonNull(plan, "plan").deepCopy();
        Objects.requireNonNull(expectation, "expectation");
    }

    /** Returns the plan document (a copy). */
    @Override
    public JsonNode plan() {
        return plan.deepCopy();
    }

    /**
     * Reads a case file.
     *
     * @param file the file
     * @param name the name to give the case
     * @throws InvalidCaseException if the file is not a valid case: the message names the field
     */
    public static TestCase read(Path file, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(file, "", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Reader r = new Reader(file);
        r.fields(root, "", "$schema", "description", "packs", "asOf", "plan", "planFile", "edits", "expect");
        String description = root.hasNonNull("description") ? r.text(root, "/description") : null;
        List<String> packs = r.texts(root, "/packs");
        if (packs.isEmpty()) {
            throw r.fail("/packs", "must name at least one pack");
        }
        LocalDate asOf = r.date(root, "/asOf");
        JsonNode plan = r.plan(root);
        Expectation expectation = Expectation.read(r, r.object(root, "/expect"), packs.get(0));
        return new TestCase(name, file, description, packs, asOf, plan, expectation);
    }

    /** Reads case files field by field, naming the file and the pointer of whatever is wrong. */
    static final class Reader {
        final Path file;

        Reader(Path file) {
            this.file = file;
        }

        InvalidCaseException fail(String at, String what) {
            return new InvalidCaseException(file, at, what);
        }

        void fields(JsonNode node, String at, String... allowed) {
            if (!node.isObject()) {
                throw fail(at, "must be an object");
            }
            List<String> known = List.of(allowed);
            node.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    throw fail(at + "/" + f, "is not a field of a case here (known: " + String.join(", ", known) + ")");
                }
            });
        }

        JsonNode get(JsonNode parent, String at) {
            return parent.get(at.substring(at.lastIndexOf('/') + 1));
        }

        ObjectNode object(JsonNode parent, String at) {
            JsonNode n = get(parent, at);
            if (n == null || !n.isObject()) {
                throw fail(at, n == null ? "is missing" : "must be an object");
            }
            return (ObjectNode) n;
        }

        String text(JsonNode parent, String at) {
            JsonNode n = get(parent, at);
            if (n == null || !n.isTextual() || n.textValue().isBlank()) {
                throw fail(at, n == null ? "is missing" : "must be a non-empty string");
            }
            return n.textValue();
        }

        String optionalText(JsonNode parent, String at) {
            JsonNode n = get(parent, at);
            return n == null || n.isNull() ? null : text(parent, at);
        }

        LocalDate date(JsonNode parent, String at) {
            String s = text(parent, at);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw fail(at, "must be a date YYYY-MM-DD, not \"" + s + "\"");
            }
        }

        List<String> texts(JsonNode parent, String at) {
            JsonNode n = get(parent, at);
            if (n == null) {
                return List.of();
            }
            if (!n.isArray()) {
                throw fail(at, "must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual() || n.get(i).textValue().isBlank()) {
                    throw fail(at + "/" + i, "must be a non-empty string");
                }
                out.add(n.get(i).textValue());
            }
            return out;
        }

        ArrayNode array(JsonNode parent, String at) {
            JsonNode n = get(parent, at);
            if (n == null) {
                return JSON.createArrayNode();
            }
            if (!n.isArray()) {
                throw fail(at, "must be a list");
            }
            return (ArrayNode) n;
        }

        JsonNode plan(JsonNode root) {
            boolean inline = root.has("plan");
            boolean fromFile = root.has("planFile");
            if (inline == fromFile) {
                throw fail("/plan", "give either \"plan\" (the plan itself) or \"planFile\" (a plan file to edit)");
            }
            JsonNode plan;
            if (inline) {
                plan = object(root, "/plan").deepCopy();
            } else {
                String name = text(root, "/planFile");
                Path planFile = file.toAbsolutePath().getParent().resolve(name).normalize();
                try {
                    plan = JSON.readTree(Files.readString(planFile));
                } catch (JsonProcessingException e) {
                    throw fail("/planFile", "names " + planFile + ", which is not JSON: " + e.getOriginalMessage());
                } catch (IOException e) {
                    throw fail("/planFile", "names " + planFile + ", which cannot be read (" + e + ")");
                }
            }
            return PlanEdits.apply(this, plan, array(root, "/edits"));
        }
    }
}
