package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.rule.RuleContext;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.facts.CheckContext;

/**
 * The collector of one check's findings: a fact of that check's working memory only, never shared, turning
 * what rules report into violations and obligations with their messages and citations.
 */
public final class FindingSink {

    private static final ClassObjectFilter FILTER = new ClassObjectFilter(FindingSink.class);

    private final PackRuntime pack;
    private final CheckContext context;
    private final List<Violation> violations = new ArrayList<>();
    private final List<Obligation> obligations = new ArrayList<>();

    FindingSink(PackRuntime pack, CheckContext context) {
        this.pack = pack;
        this.context = context;
    }

    /** Returns the collector of the check the rule is running in. */
    public static FindingSink of(RuleContext kcontext) {
        for (Object o : kcontext.getKieRuntime().getObjects(FILTER)) {
            return (FindingSink) o;
        }
        throw new IllegalStateException("rule " + kcontext.getRule().getName()
                + " runs outside a check: no finding collector in its working memory");
    }

    /** Returns the as-of date of the check. */
    public LocalDate asOf() {
        return context.asOf();
    }

    /**
     * Records a violation of {@code rule}: {@code details} are the figures that decided it, which its message may
     * also name; {@code args} are values for the message only.
     */
    public void violation(Rule rule, String path, String messageKey, Map<String, Object> details,
                          Map<String, Object> args) {
        RuleInfo info = pack.rule(rule.getName());
        MessageFormatter.Values values = values(info.id(), details, args);
        Text template = pack.message(info.id(), messageKey);
        violations.add(new Violation(info.id(), info.severity(), path,
                MessageFormatter.format(template.vi(), values, true),
                MessageFormatter.format(template.en(), values, false),
                info.citation(), detailValues(details)));
    }

    /** Records an obligation of {@code rule} due on {@code dueOn}; its message's values are in both maps. */
    public void obligation(Rule rule, String path, LocalDate dueOn, String messageKey, Map<String, Object> details,
                           Map<String, Object> args) {
        RuleInfo info = pack.rule(rule.getName());
        MessageFormatter.Values values = values(info.id(), details, args);
        Text template = pack.message(info.id(), messageKey);
        obligations.add(new Obligation(info.id(), dueOn, path,
                MessageFormatter.format(template.vi(), values, true),
                MessageFormatter.format(template.en(), values, false), info.citation()));
    }

    /** The message's values: the message-only ones first, then the details, then the rule's deliverable as "what". */
    private MessageFormatter.Values values(String ruleId, Map<String, Object> details, Map<String, Object> args) {
        Text what = pack.deliverable(ruleId);
        return new MessageFormatter.Values() {
            @Override
            public boolean has(String name) {
                return args.containsKey(name) || details.containsKey(name) || (what != null && name.equals("what"));
            }

            @Override
            public Object get(String name) {
                if (args.containsKey(name)) {
                    return args.get(name);
                }
                if (details.containsKey(name)) {
                    return details.get(name);
                }
                return what != null && name.equals("what") ? what : null;
            }

            @Override
            public Collection<String> names() {
                Set<String> names = new TreeSet<>(args.keySet());
                names.addAll(details.keySet());
                if (what != null) {
                    names.add("what");
                }
                return names;
            }
        };
    }

    /** Normalises detail values to strings, numbers, booleans, dates and lists of those. */
    private static Map<String, Object> detailValues(Map<String, Object> details) {
        if (details.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>(details.size() * 2);
        details.forEach((k, v) -> out.put(k, detailValue(v)));
        return out;
    }

    private static Object detailValue(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof LocalDate) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(FindingSink::detailValue).toList();
        }
        if (v instanceof Text t) {
            return t.en();
        }
        return v.toString();
    }

    /** Returns the violations in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }

    /** Returns the obligations in the order they were found. */
    public List<Obligation> obligations() {
        return obligations;
    }
}
