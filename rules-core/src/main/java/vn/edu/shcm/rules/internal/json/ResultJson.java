package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.WaivedViolation;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * The result document: {@link CheckResult} to a tree in the spec's field order and back.
 *
 * <p>After the spec's fields come, each only when its list is not empty (so that a check without waivers gives
 * the spec's document byte for byte): {@code waived}, the waived violations, each a violation's fields followed by
 * {@code "waiver"}; {@code expiredWaivers}; {@code unusedWaivers}. A waiver is written as in a waiver file:
 * {@code {"ruleId", "path" (left out when null), "reason", "approvedBy", "expiresOn"}}.
 *
 * <p>Detail values are written as: strings and characters as strings; integral numbers, {@link BigDecimal},
 * finite doubles and floats as numbers (a non-finite one as its string, since JSON has no NaN); booleans;
 * dates and other {@code java.time} values, {@link SchoolYear} and enums as their ISO text or name; collections
 * and arrays as arrays; maps as objects (keys as strings, order kept); null as null. Anything else is a bug in
 * the rule that made it and fails with {@link IllegalArgumentException}.
 *
 * <p>Read back, details hold JSON scalars only: {@code String}, {@code Boolean}, {@code Integer}, {@code Long}
 * or {@code BigInteger}, {@code Double}, null, and {@code List}/{@code Map} of those; so a date written from a
 * {@link LocalDate} comes back as its string.
 */
public final class ResultJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {
    }

    /** Returns the result as a tree. */
    public static ObjectNode write(CheckResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("plan", result.planId());
        ArrayNode packs = root.putArray("packs");
        result.packIds().forEach(packs::add);
        root.put("asOf", result.asOf().toString());
        ArrayNode violations = root.putArray("violations");
        for (Violation v : result.violations()) {
            violation(violations.addObject(), v);
        }
        ArrayNode obligations = root.putArray("obligations");
        for (Obligation o : result.obligations()) {
            ObjectNode node = obligations.addObject();
            node.put("ruleId", o.ruleId());
            node.put("dueOn", o.dueOn().toString());
            node.put("path", o.path());
            node.put("message", o.message());
            node.put("messageEn", o.messageEn());
            node.set("citation", citation(o.citation()));
        }
        if (!result.waived().isEmpty()) {
            ArrayNode waived = root.putArray("waived");
            for (WaivedViolation w : result.waived()) {
                violation(waived.addObject(), w.violation()).set("waiver", waiver(w.waiver()));
            }
        }
        waivers(root, "expiredWaivers", result.expiredWaivers());
        waivers(root, "unusedWaivers", result.unusedWaivers());
        return root;
    }

    private static ObjectNode violation(ObjectNode node, Violation v) {
        node.put("ruleId", v.ruleId());
        node.put("severity", v.severity().name());
        node.put("path", v.path());
        node.put("message", v.message());
        node.put("messageEn", v.messageEn());
        node.set("citation", citation(v.citation()));
        ObjectNode details = node.putObject("details");
        for (Map.Entry<String, Object> e : v.details().entrySet()) {
            details.set(e.getKey(), detail(e.getValue(), e.getKey()));
        }
        return node;
    }

    private static void waivers(ObjectNode root, String name, List<Waiver> waivers) {
        if (!waivers.isEmpty()) {
            ArrayNode array = root.putArray(name);
            waivers.forEach(w -> array.add(waiver(w)));
        }
    }

    /** Returns a waiver as in a waiver file: {@code path} left out when null. */
    public static ObjectNode waiver(Waiver w) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", w.ruleId());
        if (w.path() != null) {
            node.put("path", w.path());
        }
        node.put("reason", w.reason());
        node.put("approvedBy", w.approvedBy());
        node.put("expiresOn", w.expiresOn().toString());
        return node;
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode node = NODES.objectNode();
        node.put("document", c.document());
        node.put("section", c.section());
        return node;
    }

    private static JsonNode detail(Object value, String key) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof BigDecimal b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
        }
        if (value instanceof TemporalAccessor || value instanceof SchoolYear) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                node.set(String.valueOf(e.getKey()), detail(e.getValue(), key));
            }
            return node;
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            ArrayNode node = NODES.arrayNode();
            if (value instanceof Collection<?> c) {
                for (Object o : c) {
                    node.add(detail(o, key));
                }
            } else {
                for (int i = 0; i < Array.getLength(value); i++) {
                    node.add(detail(Array.get(value, i), key));
                }
            }
            return node;
        }
        throw new IllegalArgumentException("detail \"" + key + "\" has a value of " + value.getClass().getName()
                + ", which a result document cannot hold");
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * Reads a result document's tree.
     *
     * @throws IllegalArgumentException if it is not one: not an object, a field missing, unknown or of the wrong
     *     type, a bad date or severity
     */
    public static CheckResult read(JsonNode root) {
        Obj r = new Obj(root, "");
        r.only("plan", "packs", "asOf", "violations", "obligations", "waived", "expiredWaivers", "unusedWaivers");
        List<Violation> violations = new ArrayList<>();
        for (Obj v : r.objects("violations")) {
            v.only("ruleId", "severity", "path", "message", "messageEn", "citation", "details");
            violations.add(violation(v));
        }
        List<Obligation> obligations = new ArrayList<>();
        for (Obj o : r.objects("obligations")) {
            o.only("ruleId", "dueOn", "path", "message", "messageEn", "citation");
            obligations.add(new Obligation(o.text("ruleId"), o.date("dueOn"), o.text("path"), o.text("message"),
                    o.text("messageEn"), citation(o.object("citation"))));
        }
        List<WaivedViolation> waived = new ArrayList<>();
        for (Obj w : r.optionalObjects("waived")) {
            w.only("ruleId", "severity", "path", "message", "messageEn", "citation", "details", "waiver");
            Violation violation = violation(w);
            Waiver waiver = waiver(w.object("waiver"));
            waived.add(Obj.build(w.pointer, () -> new WaivedViolation(violation, waiver)));
        }
        List<Waiver> expired = r.optionalObjects("expiredWaivers").stream().map(ResultJson::waiver).toList();
        List<Waiver> unused = r.optionalObjects("unusedWaivers").stream().map(ResultJson::waiver).toList();
        String plan = r.text("plan");
        List<String> packs = r.texts("packs");
        LocalDate asOf = r.date("asOf");
        return Obj.build("", () -> new CheckResult(plan, packs, asOf, violations, obligations, waived, expired,
                unused));
    }

    private static Violation violation(Obj v) {
        Map<String, Object> details = new LinkedHashMap<>();
        JsonNode d = v.object("details").node;
        for (Map.Entry<String, JsonNode> e : d.properties()) {
            details.put(e.getKey(), scalar(e.getValue()));
        }
        return new Violation(v.text("ruleId"), v.severity("severity"), v.text("path"), v.text("message"),
                v.text("messageEn"), citation(v.object("citation")), details);
    }

    private static Waiver waiver(Obj w) {
        w.only("ruleId", "path", "reason", "approvedBy", "expiresOn");
        String ruleId = w.text("ruleId");
        String path = w.node.hasNonNull("path") ? w.text("path") : null;
        String reason = w.text("reason");
        String approvedBy = w.text("approvedBy");
        LocalDate expiresOn = w.date("expiresOn");
        return Obj.build(w.pointer, () -> new Waiver(ruleId, path, reason, approvedBy, expiresOn));
    }

    private static Citation citation(Obj c) {
        c.only("document", "section");
        return new Citation(c.text("document"), c.text("section"));
    }

    private static Object scalar(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode e : node) {
                list.add(scalar(e));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            map.put(e.getKey(), scalar(e.getValue()));
        }
        return map;
    }

    /** An object of the result document at a pointer, with strict field access. */
    private record Obj(JsonNode node, String pointer) {
        Obj {
            if (!node.isObject()) {
                throw bad(pointer, "is not an object");
            }
        }

        void only(String... names) {
            Set<String> allowed = Set.of(names);
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw bad(pointer + "/" + name, "is not a field of the result document");
                }
            }
        }

        JsonNode field(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw bad(pointer + "/" + name, "is missing");
            }
            return value;
        }

        String text(String name) {
            JsonNode value = field(name);
            if (!value.isTextual()) {
                throw bad(pointer + "/" + name, "is not a string");
            }
            return value.textValue();
        }

        LocalDate date(String name) {
            String text = text(name);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(pointer + "/" + name, "is not a date YYYY-MM-DD: \"" + text + "\"");
            }
        }

        Severity severity(String name) {
            String text = text(name);
            for (Severity s : Severity.values()) {
                if (s.name().equals(text)) {
                    return s;
                }
            }
            throw bad(pointer + "/" + name, "is not a severity: \"" + text + "\"");
        }

        Obj object(String name) {
            return new Obj(field(name), pointer + "/" + name);
        }

        List<Obj> objects(String name) {
            JsonNode value = field(name);
            if (!value.isArray()) {
                throw bad(pointer + "/" + name, "is not a list");
            }
            List<Obj> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                out.add(new Obj(value.get(i), pointer + "/" + name + "/" + i));
            }
            return out;
        }

        /** The strings of a list. */
        List<String> texts(String name) {
            JsonNode value = field(name);
            if (!value.isArray()) {
                throw bad(pointer + "/" + name, "is not a list");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw bad(pointer + "/" + name + "/" + i, "is not a string");
                }
                out.add(value.get(i).textValue());
            }
            return out;
        }

        /** The objects of a list that may be absent (or null): none then. */
        List<Obj> optionalObjects(String name) {
            return node.hasNonNull(name) ? objects(name) : List.of();
        }

        /** Builds a value whose constructor checks it, naming the pointer when it refuses. */
        static <T> T build(String pointer, java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw bad(pointer, "is not valid: " + e.getMessage());
            }
        }

        private static IllegalArgumentException bad(String pointer, String what) {
            return new IllegalArgumentException("not a result document: " + (pointer.isEmpty() ? "the document"
                    : pointer) + " " + what);
        }
    }
}
