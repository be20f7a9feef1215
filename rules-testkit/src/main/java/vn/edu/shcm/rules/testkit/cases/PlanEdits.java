package vn.edu.shcm.rules.testkit.cases;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a case's edits to its plan document, in order. Three kinds, each naming a JSON pointer into the plan:
 * {@code {"set": P, "value": V}} replaces what P points at (or adds the field P names to its object);
 * {@code {"add": P, "value": V}} inserts V into the array at P's index ({@code -} appends), or adds a field;
 * {@code {"remove": P}} removes it. Instead of {@code value}, {@code copyOf} names a pointer whose value (as it is
 * before this edit) is used. Each edit may carry a {@code why}, ignored. An edit whose target does not exist fails,
 * naming the edit: a case that edits nothing would test nothing.
 */
final class PlanEdits {

    private PlanEdits() {
    }

    static JsonNode apply(TestCase.Reader r, JsonNode plan, ArrayNode edits) {
        JsonNode doc = plan.deepCopy();
        for (int i = 0; i < edits.size(); i++) {
            String at = "/edits/" + i;
            JsonNode edit = edits.get(i);
            r.fields(edit, at, "set", "add", "remove", "value", "copyOf", "why");
            int kinds = (edit.has("set") ? 1 : 0) + (edit.has("add") ? 1 : 0) + (edit.has("remove") ? 1 : 0);
            if (kinds != 1) {
                throw r.fail(at, "must have exactly one of \"set\", \"add\" and \"remove\"");
            }
            String op = edit.has("set") ? "set" : edit.has("add") ? "add" : "remove";
            String pointer = r.text(edit, at + "/" + op);
            JsonPointer target = pointer(r, at + "/" + op, pointer);
            JsonNode parent = doc.at(target.head());
            String last = target.last().getMatchingProperty();
            if (target.head() == null || parent.isMissingNode()) {
                throw r.fail(at + "/" + op, "points into " + (target.head() == null ? "nothing" : target.head())
                        + ", which the plan does not have");
            }
            if (op.equals("remove")) {
                if (edit.has("value") || edit.has("copyOf")) {
                    throw r.fail(at, "removes, so it takes no \"value\" or \"copyOf\"");
                }
                remove(r, at, parent, last, pointer);
                continue;
            }
            JsonNode value = value(r, at, edit, doc);
            if (parent instanceof ObjectNode o) {
                if (op.equals("add") && o.has(last)) {
                    throw r.fail(at + "/add", "adds " + pointer + ", which the plan already has: use \"set\"");
                }
                o.set(last, value);
            } else if (parent instanceof ArrayNode a) {
                int index = last.equals("-") && op.equals("add") ? a.size() : index(r, at + "/" + op, last, pointer,
                        op.equals("add") ? a.size() + 1 : a.size());
                if (op.equals("add")) {
                    a.insert(index, value);
                } else {
                    a.set(index, value);
                }
            } else {
                throw r.fail(at + "/" + op, "points into " + target.head() + ", which is neither object nor list");
            }
        }
        return doc;
    }

    private static JsonNode value(TestCase.Reader r, String at, JsonNode edit, JsonNode doc) {
        if (edit.has("value") == edit.has("copyOf")) {
            throw r.fail(at, "must have exactly one of \"value\" and \"copyOf\"");
        }
        if (edit.has("value")) {
            return edit.get("value").deepCopy();
        }
        String from = r.text(edit, at + "/copyOf");
        JsonNode source = doc.at(pointer(r, at + "/copyOf", from));
        if (source.isMissingNode()) {
            throw r.fail(at + "/copyOf", "names " + from + ", which the plan does not have");
        }
        return source.deepCopy();
    }

    private static void remove(TestCase.Reader r, String at, JsonNode parent, String last, String pointer) {
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(r, at + "/remove", last, pointer, a.size()));
        } else {
            throw r.fail(at + "/remove", "removes " + pointer + ", which the plan does not have");
        }
    }

    private static JsonPointer pointer(TestCase.Reader r, String at, String text) {
        try {
            JsonPointer p = JsonPointer.compile(text);
            if (p.matches()) {
                throw r.fail(at, "must point into the plan, not be the whole plan (\"\")");
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw r.fail(at, "is not a JSON pointer (\"/sessions/0/date\"): " + text);
        }
    }

    private static int index(TestCase.Reader r, String at, String last, String pointer, int bound) {
        try {
            int i = Integer.parseInt(last);
            if (i >= 0 && i < bound) {
                return i;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw r.fail(at, "names list index " + last + " in " + pointer + ", which the list does not have (0 to "
                + (bound - 1) + ")");
    }
}
