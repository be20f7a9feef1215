package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.InputProblems.Kind;
import vn.edu.shcm.rules.internal.ModelSchema;
import vn.edu.shcm.rules.internal.Pointers;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Walks a plan document's tree alongside the model records and finds what the document itself gets wrong,
 * all at once: unknown fields, wrong JSON types, unparsable dates, enum names and school years, null list
 * elements, lists longer than the limits, and an absent or null required list ({@code sessions},
 * {@code members}). It builds a cleaned tree on the way, from which Jackson can always bind a {@link Plan}:
 * unknown fields and nulls removed, bad values left out, unreadable list elements dropped (an {@link IndexMap}
 * keeps their document indexes).
 *
 * <p>The walk is generic, by reflection on record components: a record is an object with exactly the
 * components' names; {@code List<T>} an array; an enum a string among its constants' names; {@link LocalDate} a
 * string {@code YYYY-MM-DD} naming a real day; {@link SchoolYear} a string accepted by
 * {@link SchoolYear#parse}; {@code String} a string; {@code boolean} true or false. Absent and null mean the same
 * for optional fields. Required scalars are left to {@link vn.edu.shcm.rules.internal.PlanValidator}, which sees
 * them null on the bound plan.
 */
public final class StructureWalker {

    /** The outcome of a walk. */
    public record Result(ObjectNode cleaned, List<PlanProblem> problems, IndexMap indexMap) {
    }

    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<PlanProblem> problems = new ArrayList<>();
    private final IndexMap indexMap = new IndexMap();

    private StructureWalker() {
    }

    /** Walks a plan document's root object. */
    public static Result walk(ObjectNode root) {
        StructureWalker walker = new StructureWalker();
        ObjectNode cleaned = walker.record(root, Plan.class, "");
        return new Result(cleaned, List.copyOf(walker.problems), walker.indexMap);
    }

    /** Returns the cleaned value, or null when the value is unusable (a problem was recorded). */
    private JsonNode value(JsonNode node, Type type, String pointer, int maxElements) {
        Class<?> raw = ModelSchema.rawClass(type);
        if (raw == List.class) {
            return list(node, ModelSchema.elementType(type), pointer, maxElements);
        }
        if (raw == SchoolYear.class) {
            return schoolYear(node, pointer);
        }
        if (raw.isRecord()) {
            return record(node, raw, pointer);
        }
        if (raw.isEnum()) {
            return choice(node, raw, pointer);
        }
        if (raw == String.class) {
            return node.isTextual() ? node : wrongType(node, Kind.STRING, pointer);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean() ? node : wrongType(node, Kind.BOOLEAN, pointer);
        }
        if (raw == LocalDate.class) {
            return date(node, pointer);
        }
        throw new IllegalStateException("the exchange format has no mapping for " + type + " at " + pointer);
    }

    private ObjectNode record(JsonNode node, Class<?> type, String pointer) {
        if (!node.isObject()) {
            wrongType(node, Kind.OBJECT, pointer);
            return null;
        }
        Map<String, RecordComponent> components = ModelSchema.components(type);
        ObjectNode cleaned = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String at = Pointers.field(pointer, name);
            RecordComponent component = components.get(name);
            if (component == null) {
                problems.add(InputProblems.unknownField(at, name, suggestion(name, components.keySet())));
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            int maxElements = type == Plan.class && name.equals("sessions")
                    ? Limits.MAX_SESSIONS : Limits.MAX_ARRAY_ELEMENTS;
            JsonNode c = value(value, component.getGenericType(), at, maxElements);
            if (c != null) {
                cleaned.set(name, c);
            }
        }
        for (RecordComponent component : components.values()) {
            String name = component.getName();
            if (component.getType() == List.class && ModelSchema.isRequired(type, name)) {
                JsonNode value = node.get(name);
                if (value == null || value.isNull()) {
                    problems.add(InputProblems.missing(Pointers.field(pointer, name), name));
                }
            }
        }
        return cleaned;
    }

    private ArrayNode list(JsonNode node, Type elementType, String pointer, int maxElements) {
        if (!node.isArray()) {
            wrongType(node, Kind.LIST, pointer);
            return null;
        }
        int size = node.size();
        if (size > maxElements) {
            problems.add(InputProblems.tooManyElements(pointer, size, maxElements));
            return null;
        }
        ArrayNode cleaned = NODES.arrayNode(size);
        int[] kept = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            JsonNode element = node.get(i);
            String at = Pointers.index(pointer, i);
            if (element.isNull()) {
                problems.add(InputProblems.nullElement(at));
                continue;
            }
            JsonNode c = value(element, elementType, at, Limits.MAX_ARRAY_ELEMENTS);
            if (c != null) {
                cleaned.add(c);
                kept[count++] = i;
            }
        }
        if (count < size) {
            indexMap.put(pointer, Arrays.copyOf(kept, count));
        }
        return cleaned;
    }

    private JsonNode choice(JsonNode node, Class<?> enumType, String pointer) {
        List<String> names = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!node.isTextual()) {
            problems.add(InputProblems.wrongType(pointer, Kind.CHOICE, names, kindOf(node), text(node)));
            return null;
        }
        if (!names.contains(node.textValue())) {
            problems.add(InputProblems.invalidChoice(pointer, node.textValue(), names));
            return null;
        }
        return node;
    }

    private JsonNode date(JsonNode node, String pointer) {
        if (!node.isTextual()) {
            return wrongType(node, Kind.DATE, pointer);
        }
        String text = node.textValue();
        if (DATE_FORM.matcher(text).matches()) {
            try {
                LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                return node;
            } catch (DateTimeException e) {
                // a day that does not exist, e.g. 2025-02-30: reported below
            }
        }
        problems.add(InputProblems.invalidDate(pointer, text));
        return null;
    }

    private JsonNode schoolYear(JsonNode node, String pointer) {
        if (!node.isTextual()) {
            return wrongType(node, Kind.SCHOOL_YEAR, pointer);
        }
        try {
            SchoolYear.parse(node.textValue());
            return node;
        } catch (IllegalArgumentException e) {
            problems.add(InputProblems.invalidSchoolYear(pointer, node.textValue()));
            return null;
        }
    }

    private JsonNode wrongType(JsonNode node, Kind expected, String pointer) {
        problems.add(InputProblems.wrongType(pointer, expected, List.of(), kindOf(node), text(node)));
        return null;
    }

    private static Kind kindOf(JsonNode node) {
        if (node.isTextual()) {
            return Kind.STRING;
        }
        if (node.isNumber()) {
            return Kind.NUMBER;
        }
        if (node.isBoolean()) {
            return Kind.BOOLEAN;
        }
        if (node.isArray()) {
            return Kind.LIST;
        }
        return node.isObject() ? Kind.OBJECT : Kind.NULL;
    }

    /** The value as given: a string's text, a scalar's JSON text, {@code {…}} or {@code […]} for containers. */
    private static String text(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isObject()) {
            return "{…}";
        }
        if (node.isArray()) {
            return "[…]";
        }
        return node.toString();
    }

    /** A field name close to an unknown one (same but for case, or at most two edits), or null. */
    static String suggestion(String unknown, Iterable<String> known) {
        if (unknown.length() > 64) {
            return null;
        }
        String u = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(u, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance && d < Math.max(u.length(), 2)) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance, capped: returns 3 for anything further than 2. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[b.length()], 3);
    }
}
