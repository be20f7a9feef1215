package vn.edu.shcm.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which facts a compiled rule base can match, read from its network: a fact is admitted when some pattern of its
 * class (or of a supertype) takes it past every alpha constraint (those on the fact alone, e.g.
 * {@code kind == DeliverableKind.PLAN}) to a join or a rule. A fact that is not admitted could only be inserted and
 * tested to no effect, since facts are immutable; leaving it out changes no result and saves Drools' insertion and
 * propagation. Thread-safe.
 *
 * <p>The decision errs towards admitting: a fact whose constraint cannot be evaluated here (it throws) is
 * admitted, and a rule base that is not a Rete network of class patterns admits everything. A checker made with
 * {@link vn.edu.shcm.rules.Checker#withEveryFact()} skips the filter: the reference it is tested against.
 */
public final class FactAdmission {

    /** Admits everything: for rule bases that cannot be read. */
    private static final FactAdmission EVERY_FACT = new FactAdmission(null);

    /** The gates of the matched classes; null when everything is admitted. */
    private final Map<Class<?>, Gate> gates;

    /** The gate of each fact class seen, combining the gates of the types it is an instance of. */
    private final Map<Class<?>, Gate> byFactClass = new ConcurrentHashMap<>();

    private FactAdmission(Map<Class<?>, Gate> gates) {
        this.gates = gates;
    }

    /** Reads what the rule base can match; everything when it cannot be read. */
    public static FactAdmission of(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase base)) {
            return EVERY_FACT;
        }
        Map<Class<?>, Gate> gates = new HashMap<>();
        for (ObjectTypeNode node : base.getRete().getObjectTypeNodes()) {
            ObjectType type = node.getObjectType();
            if (!(type instanceof ClassObjectType c)) {
                return EVERY_FACT;
            }
            gates.merge(c.getClassType(), Gate.of(node), Gate::or);
        }
        return new FactAdmission(Map.copyOf(gates));
    }

    /** Tells whether every fact is admitted. */
    public boolean admitsEverything() {
        return gates == null;
    }

    /** Tells whether some pattern could match facts of the class at all. */
    public boolean matches(Class<?> factClass) {
        return gates == null || gate(factClass) != Gate.NONE;
    }

    /** Returns those of the classes that some pattern could match, in their order. */
    public Set<Class<?>> matched(Collection<Class<?>> factClasses) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c : factClasses) {
            if (matches(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Tells whether some pattern could take the fact past its alpha constraints. */
    public boolean admits(Object fact) {
        return gates == null || admits(fact, new Probe());
    }

    /**
     * Returns a probe for {@link #admits(Object, Probe)}: one per thread at a time, reused across facts, so that
     * testing a fact allocates nothing.
     */
    public Probe probe() {
        return new Probe();
    }

    /** Tells whether some pattern could take the fact past its alpha constraints, testing it with the probe. */
    public boolean admits(Object fact, Probe probe) {
        return gates == null || gate(fact.getClass()).admits(fact, probe.handle);
    }

    /** A fact handle to evaluate constraints with; not thread-safe. */
    public static final class Probe {
        private final DefaultFactHandle handle = new DefaultFactHandle();

        private Probe() {
        }
    }

    private Gate gate(Class<?> factClass) {
        Gate g = byFactClass.get(factClass);
        if (g == null) {
            g = Gate.NONE;
            for (Map.Entry<Class<?>, Gate> e : gates.entrySet()) {
                if (e.getKey().isAssignableFrom(factClass)) {
                    g = g.or(e.getValue());
                }
            }
            byFactClass.putIfAbsent(factClass, g);
        }
        return g;
    }

    /**
     * The alpha part of the network below one object type: a fact passes when one of its branches takes it to a
     * node that is not an alpha node. Branches whose first constraint is an equality with a constant on one field
     * are looked up by that field's value instead of tried one by one.
     */
    private static final class Gate {

        static final Gate NONE = new Gate(false, List.of(), List.of());
        static final Gate OPEN = new Gate(true, List.of(), List.of());

        private final boolean open;
        /** The indexed branches, as given (for {@link #or}). */
        private final List<Branch> indexedBranches;
        private final List<Branch> otherBranches;
        /** The fields of the indexed branches, and for each field its constants' branches. */
        private final ReadAccessor[] fields;
        private final Map<Object, Branch[]>[] byConstant;
        private final Branch[] others;

        @SuppressWarnings("unchecked")
        private Gate(boolean open, List<Branch> indexedBranches, List<Branch> otherBranches) {
            this.open = open;
            this.indexedBranches = List.copyOf(indexedBranches);
            this.otherBranches = List.copyOf(otherBranches);
            Map<ReadAccessor, Map<Object, List<Branch>>> indexed = new LinkedHashMap<>();
            for (Branch b : indexedBranches) {
                indexed.computeIfAbsent(b.field(), k -> new HashMap<>())
                        .computeIfAbsent(b.constant(), k -> new ArrayList<>()).add(b);
            }
            this.fields = indexed.keySet().toArray(ReadAccessor[]::new);
            this.byConstant = new Map[fields.length];
            int i = 0;
            for (Map<Object, List<Branch>> m : indexed.values()) {
                Map<Object, Branch[]> table = new HashMap<>();
                m.forEach((k, v) -> table.put(k, v.toArray(Branch[]::new)));
                byConstant[i++] = table;
            }
            this.others = otherBranches.toArray(Branch[]::new);
        }

        static Gate of(ObjectSource source) {
            List<Branch> indexed = new ArrayList<>();
            List<Branch> others = new ArrayList<>();
            for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
                if (!(sink instanceof AlphaNode alpha)) {
                    return OPEN;
                }
                Branch b = Branch.of(alpha.getConstraint(), of(alpha));
                (b.constant() == null ? others : indexed).add(b);
            }
            return new Gate(false, indexed, others);
        }

        Gate or(Gate other) {
            if (open || other == NONE) {
                return this;
            }
            if (other.open || this == NONE) {
                return other;
            }
            List<Branch> indexed = new ArrayList<>(indexedBranches);
            indexed.addAll(other.indexedBranches);
            List<Branch> rest = new ArrayList<>(otherBranches);
            rest.addAll(other.otherBranches);
            return new Gate(false, indexed, rest);
        }

        boolean admits(Object fact, DefaultFactHandle handle) {
            if (open) {
                return true;
            }
            for (int i = 0; i < fields.length; i++) {
                Object value;
                try {
                    value = fields[i].getValue(fact);
                } catch (RuntimeException unreadable) {
                    return true;
                }
                Branch[] hits = value == null ? null : byConstant[i].get(value);
                if (hits != null) {
                    for (Branch b : hits) {
                        if (b.below().admits(fact, handle)) {
                            return true;
                        }
                    }
                }
            }
            for (Branch b : others) {
                if (b.admits(fact, handle)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * An alpha node's constraint and what lies below it; {@code field} and {@code constant} when the constraint is
     * {@code field == constant}.
     */
    private record Branch(AlphaNodeFieldConstraint constraint, ReadAccessor field, Object constant, Gate below) {

        static Branch of(AlphaNodeFieldConstraint c, Gate below) {
            Objects.requireNonNull(c, "constraint");
            if (c instanceof IndexableConstraint i && i.getConstraintType() == ConstraintTypeOperator.EQUAL
                    && i.getFieldExtractor() != null && i.getField() != null) {
                Object value = i.getField().getValue();
                // only constants whose equality is plain equals(): Drools coerces numbers, a hash lookup would not
                if (value instanceof Enum<?> || value instanceof String) {
                    return new Branch(c, i.getFieldExtractor(), value, below);
                }
            }
            return new Branch(c, null, null, below);
        }

        boolean admits(Object fact, DefaultFactHandle handle) {
            boolean allowed;
            try {
                handle.setObject(fact);
                allowed = constraint.isAllowed(handle, null);
            } catch (RuntimeException cannotTell) {
                return true;
            }
            return allowed && below.admits(fact, handle);
        }
    }
}
