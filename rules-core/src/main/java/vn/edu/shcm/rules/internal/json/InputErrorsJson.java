package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.edu.shcm.rules.PlanProblem;

/**
 * The input-errors document the command line prints for an input it cannot check:
 * {@code {"file", "inputErrors": [{"path", "message", "messageEn", "value"}, ...]}}, {@code file} left out when
 * there is no source and {@code value} when a problem has none.
 */
public final class InputErrorsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InputErrorsJson() {
    }

    /** Returns the document as a tree. */
    public static ObjectNode write(String source, List<PlanProblem> problems) {
        ObjectNode doc = NODES.objectNode();
        if (source != null) {
            doc.put("file", source);
        }
        ArrayNode errors = doc.putArray("inputErrors");
        for (PlanProblem p : problems) {
            errors.add(problem(p));
        }
        return doc;
    }

    /** Returns one problem: {@code {"path", "message", "messageEn", "value"}}, {@code value} left out when null. */
    public static ObjectNode problem(PlanProblem p) {
        ObjectNode n = NODES.objectNode();
        n.put("path", p.path());
        n.put("message", p.message());
        n.put("messageEn", p.messageEn());
        if (p.value() != null) {
            n.put("value", p.value());
        }
        return n;
    }
}
