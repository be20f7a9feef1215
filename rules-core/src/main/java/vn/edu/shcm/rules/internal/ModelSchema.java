package vn.edu.shcm.rules.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * The shape of the plan model as the exchange format sees it, read by reflection from the records: each
 * record's components in declaration order (which is the spec's field order), list element types, the
 * required fields and the records' {@code NONE} defaults.
 */
public final class ModelSchema {

    /** The required fields of each record (the exchange format's "Required" paragraph). */
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.of(
            Plan.class, Set.of("id", "schoolYear", "level", "scope", "sessions"),
            Cluster.class, Set.of("members"),
            Member.class, Set.of("id", "name"),
            Session.class, Set.of("id", "date"),
            Report.class, Set.of("kind"),
            SubjectAssignment.class, Set.of("subject"));

    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (RecordComponent c : components) {
                byName.put(c.getName(), c);
            }
            return Collections.unmodifiableMap(byName);
        }
    };

    private static final ClassValue<Object> NONE = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            try {
                Field f = type.getField("NONE");
                int mods = f.getModifiers();
                if (Modifier.isStatic(mods) && Modifier.isFinal(mods) && f.getType() == type) {
                    return f.get(null);
                }
            } catch (NoSuchFieldException e) {
                return null;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }
    };

    private ModelSchema() {
    }

    /** Returns the record's components by name, in declaration order. */
    public static Map<String, RecordComponent> components(Class<?> recordClass) {
        return COMPONENTS.get(recordClass);
    }

    /** Returns the position of the component among the record's components, or -1 if it has none of that name. */
    public static int rank(Class<?> recordClass, String name) {
        int i = 0;
        for (String n : components(recordClass).keySet()) {
            if (n.equals(name)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Tells whether the exchange format requires the field (absent and null are input errors). */
    public static boolean isRequired(Class<?> recordClass, String component) {
        return REQUIRED.getOrDefault(recordClass, Set.of()).contains(component);
    }

    /** Returns the record's {@code public static final NONE} default of its own type, or null if it has none. */
    public static Object noneOf(Class<?> recordClass) {
        return NONE.get(recordClass);
    }

    /** Tells whether a false value of the boolean field is left out when a plan is written. */
    public static boolean omitWhenFalse(Class<?> recordClass, String component) {
        return recordClass == Session.class && component.equals("changeNotified");
    }

    /** Returns the class of a type: the class itself, or the raw type of a parameterised type. */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException("unsupported type in the plan model: " + type);
    }

    /** Returns the element type of {@code List<T>}. */
    public static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType p && p.getRawType() == List.class) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("not a List<T>: " + listType);
    }

    /**
     * Returns the type found one pointer segment below a value of {@code type}: a record's component, a list's
     * element (for an index), or null when the segment leads outside the model.
     */
    public static Type childType(Type type, String segment) {
        if (type == null) {
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            return Pointers.isIndex(segment) ? elementType(type) : null;
        }
        if (raw.isRecord()) {
            RecordComponent c = components(raw).get(segment);
            return c == null ? null : c.getGenericType();
        }
        return null;
    }
}
