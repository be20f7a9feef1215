package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import vn.edu.shcm.rules.internal.ModelSchema;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * Writes a {@link Plan} as an exchange-format tree, by reflection on the record components (so fields come in
 * the records' order, which is the spec's): a custom serialisation that leaves the model records free of Jackson
 * annotations.
 *
 * <p>Left out: null fields, empty lists, a false {@code changeNotified}, and nested records equal to their
 * {@code NONE} default ({@code Milestones.NONE}, {@code Minutes.NONE}, {@code ResultReport.NONE}). Always
 * written: the required fields (as {@code null} when a plan built in Java lacks one, so that the gap shows) and
 * {@code sessions} and {@code members}, even when empty; every boolean of {@code minutes} and
 * {@code workshopFile} when the record is written.
 */
public final class PlanTreeWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanTreeWriter() {
    }

    /** Returns the plan as a tree. */
    public static ObjectNode plan(Plan plan) {
        return record(plan);
    }

    private static ObjectNode record(Record record) {
        Class<?> type = record.getClass();
        ObjectNode node = NODES.objectNode();
        for (RecordComponent component : ModelSchema.components(type).values()) {
            String name = component.getName();
            Object value = read(component, record);
            boolean required = ModelSchema.isRequired(type, name);
            if (value == null) {
                if (required) {
                    node.putNull(name);
                }
            } else if (value instanceof List<?> list) {
                if (required || !list.isEmpty()) {
                    ArrayNode array = node.putArray(name);
                    for (Object element : list) {
                        array.add(scalarOrRecord(element));
                    }
                }
            } else if (value instanceof Boolean b) {
                if (b || !ModelSchema.omitWhenFalse(type, name)) {
                    node.put(name, b);
                }
            } else if (value instanceof Record r && r.equals(ModelSchema.noneOf(r.getClass()))) {
                continue; // the record's NONE default: nothing to say
            } else {
                node.set(name, scalarOrRecord(value));
            }
        }
        return node;
    }

    private static JsonNode scalarOrRecord(Object value) {
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof LocalDate || value instanceof SchoolYear) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Record r) {
            return record(r);
        }
        throw new IllegalStateException("the exchange format has no mapping for " + value.getClass());
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
