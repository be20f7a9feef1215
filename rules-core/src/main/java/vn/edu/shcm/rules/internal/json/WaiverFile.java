package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.InvalidWaiversException;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.Pointers;
import vn.edu.shcm.rules.internal.WaiverFields;

/**
 * The waiver file, {@code {"waivers": [{"ruleId", "path", "reason", "approvedBy", "expiresOn"}, ...]}}: read
 * strictly, every problem at once with its JSON pointer, like a plan; and written back.
 *
 * <p>{@code path} is optional (absent or null: every path); the other fields are required, {@code reason} and
 * {@code approvedBy} not blank. Problems come in document order: by waiver, each waiver's fields in the order
 * above, unknown fields after the known ones. At most {@link Limits#MAX_ARRAY_ELEMENTS} waivers.
 */
public final class WaiverFile extends StrictReader {

    static final List<String> FIELDS = List.of("ruleId", "path", "reason", "approvedBy", "expiresOn");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WaiverFile() {
    }

    /**
     * Reads a parsed waiver file.
     *
     * @throws InvalidWaiversException naming {@code source} if it is not a valid waiver file
     */
    public static List<Waiver> read(DocumentReader.Parsed parsed, String source) {
        if (parsed.problem() != null) {
            throw new InvalidWaiversException(source, List.of(parsed.problem()));
        }
        WaiverFile reader = new WaiverFile();
        List<Waiver> waivers = reader.file(parsed.root());
        if (!reader.problems.isEmpty()) {
            throw new InvalidWaiversException(source, reader.problems);
        }
        return waivers;
    }

    /** Returns the waivers as a waiver file's tree, in the given order. */
    public static ObjectNode write(Collection<Waiver> waivers) {
        ObjectNode root = NODES.objectNode();
        ArrayNode array = root.putArray("waivers");
        waivers.forEach(w -> array.add(ResultJson.waiver(w)));
        return root;
    }

    private List<Waiver> file(ObjectNode root) {
        List<Waiver> waivers = new ArrayList<>();
        JsonNode list = list(root, "waivers", Limits.MAX_ARRAY_ELEMENTS);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Waiver w = waiver(list.get(i), Pointers.index("/waivers", i));
                if (w != null) {
                    waivers.add(w);
                }
            }
        }
        unknownFields(root, "", List.of("waivers"));
        return waivers;
    }

    /** Returns the waiver, or null when a problem was recorded. */
    private Waiver waiver(JsonNode node, String pointer) {
        if (!object(node, pointer)) {
            return null;
        }
        int before = problems.size();
        String ruleId = text(node, pointer, "ruleId", true);
        if (ruleId != null && WaiverFields.ruleIdProblem(ruleId) != null) {
            problems.add(InputProblems.invalidRuleId(Pointers.field(pointer, "ruleId"), ruleId));
        }
        String path = text(node, pointer, "path", false);
        if (path != null && WaiverFields.pathProblem(path) != null) {
            problems.add(InputProblems.invalidWaiverPath(Pointers.field(pointer, "path"), path));
        }
        String reason = text(node, pointer, "reason", true);
        String approvedBy = text(node, pointer, "approvedBy", true);
        LocalDate expiresOn = date(node, pointer, "expiresOn", true);
        unknownFields(node, pointer, FIELDS);
        return problems.size() == before ? new Waiver(ruleId, path, reason, approvedBy, expiresOn) : null;
    }
}
