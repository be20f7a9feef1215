package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.facts.Texts;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.InputProblems.Kind;
import vn.edu.shcm.rules.internal.Pointers;

/**
 * What the strict readers of small documents (waiver files, calendar files) share: fields read one by one, every
 * problem recorded with its JSON pointer instead of thrown, so that a document's problems come all at once.
 */
abstract class StrictReader {

    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The problems found so far, in document order. */
    final List<PlanProblem> problems = new ArrayList<>();

    /**
     * Returns the elements of a required list field of the root, or null when it is absent, null, not a list or
     * longer than {@code max} (a problem recorded).
     */
    JsonNode list(JsonNode root, String name, int max) {
        String at = Pointers.field("", name);
        JsonNode list = root.get(name);
        if (list == null || list.isNull()) {
            problems.add(InputProblems.missing(at, name));
        } else if (!list.isArray()) {
            wrongType(list, Kind.LIST, at);
        } else if (list.size() > max) {
            problems.add(InputProblems.tooManyElements(at, list.size(), max));
        } else {
            return list;
        }
        return null;
    }

    /** Tells whether a list element is an object; records a problem when it is null or of another type. */
    boolean object(JsonNode node, String pointer) {
        if (node.isNull()) {
            problems.add(InputProblems.nullElement(pointer));
            return false;
        }
        if (!node.isObject()) {
            wrongType(node, Kind.OBJECT, pointer);
            return false;
        }
        return true;
    }

    /** Returns a string field, or null when absent, null or wrong (a problem recorded if it was required). */
    String text(JsonNode object, String pointer, String name, boolean required) {
        String at = Pointers.field(pointer, name);
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(InputProblems.missing(at, name));
            }
            return null;
        }
        if (!value.isTextual()) {
            wrongType(value, Kind.STRING, at);
            return null;
        }
        if (required && Texts.isEmpty(value.textValue())) {
            problems.add(InputProblems.blank(at, name, value.textValue()));
            return null;
        }
        return value.textValue();
    }

    /** Returns a date field, or null when absent, null or wrong (a problem recorded if it was required). */
    LocalDate date(JsonNode object, String pointer, String name, boolean required) {
        return dateValue(object.get(name), Pointers.field(pointer, name), name, required);
    }

    /** Returns a date element of a list, or null when it is wrong (a problem recorded; null is one too). */
    LocalDate date(JsonNode list, String pointer, int index) {
        String at = Pointers.index(pointer, index);
        JsonNode value = list.get(index);
        if (value == null || value.isNull()) {
            problems.add(InputProblems.nullElement(at));
            return null;
        }
        return dateValue(value, at, null, true);
    }

    private LocalDate dateValue(JsonNode value, String at, String name, boolean required) {
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(InputProblems.missing(at, name));
            }
            return null;
        }
        if (!value.isTextual()) {
            wrongType(value, Kind.DATE, at);
            return null;
        }
        String text = value.textValue();
        if (DATE_FORM.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                // a day that does not exist, e.g. 2025-02-30: reported below
            }
        }
        problems.add(InputProblems.invalidDate(at, text));
        return null;
    }

    void unknownFields(JsonNode object, String pointer, List<String> known) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                problems.add(InputProblems.unknownField(Pointers.field(pointer, name), name,
                        PlanBinder.suggestion(name, known)));
            }
        }
    }

    void wrongType(JsonNode node, Kind expected, String pointer) {
        Kind found = node.isTextual() ? Kind.STRING : node.isNumber() ? Kind.NUMBER : node.isBoolean() ? Kind.BOOLEAN
                : node.isArray() ? Kind.LIST : node.isObject() ? Kind.OBJECT : Kind.NULL;
        String value = node.isTextual() ? node.textValue() : node.isObject() ? "{…}" : node.isArray() ? "[…]"
                : node.toString();
        problems.add(InputProblems.wrongType(pointer, expected, List.of(), found, value));
    }
}
