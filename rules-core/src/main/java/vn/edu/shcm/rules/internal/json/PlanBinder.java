package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.InputProblems.Kind;
import vn.edu.shcm.rules.internal.ModelSchema;
import vn.edu.shcm.rules.internal.Pointers;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Builds a {@link Plan} from a plan document's tree in one pass alongside the model records, and finds what the
 * document itself gets wrong, all at once: unknown fields, wrong JSON types, unparsable dates, enum names and
 * school years, null list elements, lists longer than the limits, and an absent or null required list
 * ({@code sessions}, {@code members}). Unknown fields and nulls are left out, bad values left absent, unreadable
 * list elements dropped (an {@link IndexMap} keeps their document indexes), so a plan is always built.
 *
 * <p>The walk is generic, by reflection on record components: a record is an object with exactly the
 * components' names, built through its canonical constructor; {@code List<T>} an array; an enum a string among its
 * constants' names; {@link LocalDate} a string {@code YYYY-MM-DD} naming a real day; {@link SchoolYear} a string
 * accepted by {@link SchoolYear#parse}; {@code String} a string; {@code boolean} true or false. Absent and null
 * mean the same for optional fields. Required scalars are left to
 * {@link vn.edu.shcm.rules.internal.PlanValidator}, which sees them null on the built plan. Pointers are built
 * only for problems.
 */
public final class PlanBinder {

    /** The outcome of a walk: the plan (never null), the document's problems, and where list elements came from. */
    public record Result(Plan plan, List<PlanProblem> problems, IndexMap indexMap) {
    }

    /** A value that could not be read: a problem was recorded, the field stays absent. */
    private static final Object INVALID = new Object();

    private final List<PlanProblem> problems = new ArrayList<>();
    private final IndexMap indexMap = new IndexMap();

    private PlanBinder() {
    }

    /** Builds a plan from a plan document's root object. */
    public static Result bind(ObjectNode root) {
        PlanBinder binder = new PlanBinder();
        Plan plan = (Plan) binder.record(root, Plan.class, At.ROOT);
        return new Result(plan, List.copyOf(binder.problems), binder.indexMap);
    }

    /** Where a value is: built into a pointer only when a problem names it. */
    private record At(At parent, String field, int index) {
        static final At ROOT = new At(null, null, -1);

        At field(String name) {
            return new At(this, name, -1);
        }

        At element(int i) {
            return new At(this, null, i);
        }

        String pointer() {
            if (parent == null) {
                return "";
            }
            return field != null ? Pointers.field(parent.pointer(), field) : Pointers.index(parent.pointer(), index);
        }
    }

    /** What the walk needs of a record class, read once by reflection. */
    private record Shape(Map<String, Integer> positions, String[] names, Type[] types, Class<?>[] raws,
                         Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> positions = new HashMap<>();
            String[] names = new String[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raws = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                raws[i] = components[i].getType();
                positions.put(names[i], i);
            }
            try {
                return new Shape(Map.copyOf(positions), names, types, raws, type.getDeclaredConstructor(raws));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    /** An enum's constants by name, in declaration order. */
    private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new LinkedHashMap<>();
            for (Object c : type.getEnumConstants()) {
                byName.put(((Enum<?>) c).name(), c);
            }
            return java.util.Collections.unmodifiableMap(byName);
        }
    };

    /** Returns the value, or {@link #INVALID} when it is unusable (a problem was recorded). */
    private Object value(JsonNode node, Type type, At at, int maxElements) {
        Class<?> raw = ModelSchema.rawClass(type);
        if (raw == List.class) {
            return list(node, ModelSchema.elementType(type), at, maxElements);
        }
        if (raw == SchoolYear.class) {
            return schoolYear(node, at);
        }
        if (raw.isRecord()) {
            return record(node, raw, at);
        }
        if (raw.isEnum()) {
            return choice(node, raw, at);
        }
        if (raw == String.class) {
            return node.isTextual() ? node.textValue() : wrongType(node, Kind.STRING, at);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean() ? (Object) node.booleanValue() : wrongType(node, Kind.BOOLEAN, at);
        }
        if (raw == LocalDate.class) {
            return date(node, at);
        }
        throw new IllegalStateException("the exchange format has no mapping for " + type + " at " + at.pointer());
    }

    private Object record(JsonNode node, Class<?> type, At at) {
        if (!node.isObject()) {
            return wrongType(node, Kind.OBJECT, at);
        }
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.names().length];
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            Integer position = shape.positions().get(name);
            if (position == null) {
                problems.add(InputProblems.unknownField(at.field(name).pointer(), name,
                        suggestion(name, Arrays.asList(shape.names()))));
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            int maxElements = type == Plan.class && name.equals("sessions")
                    ? Limits.MAX_SESSIONS : Limits.MAX_ARRAY_ELEMENTS;
            Object v = value(value, shape.types()[position], at.field(name), maxElements);
            if (v != INVALID) {
                args[position] = v;
            }
        }
        for (int i = 0; i < args.length; i++) {
            Class<?> raw = shape.raws()[i];
            if (raw == List.class && ModelSchema.isRequired(type, shape.names()[i])) {
                JsonNode value = node.get(shape.names()[i]);
                if (value == null || value.isNull()) {
                    problems.add(InputProblems.missing(at.field(shape.names()[i]).pointer(), shape.names()[i]));
                }
            }
            if (args[i] == null && raw == boolean.class) {
                args[i] = Boolean.FALSE;
            }
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
            // the walk hands over only values the records accept: failing here is a bug, not bad input
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " at " + at.pointer(),
                    e instanceof InvocationTargetException ite ? ite.getCause() : e);
        }
    }

    private Object list(JsonNode node, Type elementType, At at, int maxElements) {
        if (!node.isArray()) {
            return wrongType(node, Kind.LIST, at);
        }
        int size = node.size();
        if (size > maxElements) {
            problems.add(InputProblems.tooManyElements(at.pointer(), size, maxElements));
            return INVALID;
        }
        List<Object> values = new ArrayList<>(size);
        int[] kept = new int[size];
        for (int i = 0; i < size; i++) {
            JsonNode element = node.get(i);
            if (element.isNull()) {
                problems.add(InputProblems.nullElement(at.element(i).pointer()));
                continue;
            }
            Object v = value(element, elementType, at.element(i), Limits.MAX_ARRAY_ELEMENTS);
            if (v != INVALID) {
                kept[values.size()] = i;
                values.add(v);
            }
        }
        if (values.size() < size) {
            indexMap.put(at.pointer(), Arrays.copyOf(kept, values.size()));
        }
        return values;
    }

    private Object choice(JsonNode node, Class<?> enumType, At at) {
        Map<String, Object> constants = CONSTANTS.get(enumType);
        if (!node.isTextual()) {
            problems.add(InputProblems.wrongType(at.pointer(), Kind.CHOICE, List.copyOf(constants.keySet()),
                    kindOf(node), text(node)));
            return INVALID;
        }
        Object constant = constants.get(node.textValue());
        if (constant == null) {
            problems.add(InputProblems.invalidChoice(at.pointer(), node.textValue(), List.copyOf(constants.keySet())));
            return INVALID;
        }
        return constant;
    }

    private Object date(JsonNode node, At at) {
        if (!node.isTextual()) {
            return wrongType(node, Kind.DATE, at);
        }
        String text = node.textValue();
        LocalDate date = isoDate(text);
        if (date == null) {
            problems.add(InputProblems.invalidDate(at.pointer(), text));
            return INVALID;
        }
        return date;
    }

    /** Parses exactly {@code YYYY-MM-DD} naming a real day, or returns null. */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private Object schoolYear(JsonNode node, At at) {
        if (!node.isTextual()) {
            return wrongType(node, Kind.SCHOOL_YEAR, at);
        }
        try {
            return SchoolYear.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            problems.add(InputProblems.invalidSchoolYear(at.pointer(), node.textValue()));
            return INVALID;
        }
    }

    private Object wrongType(JsonNode node, Kind expected, At at) {
        problems.add(InputProblems.wrongType(at.pointer(), expected, List.of(), kindOf(node), text(node)));
        return INVALID;
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
