package vn.edu.shcm.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.facts.CheckContext;
import vn.edu.shcm.rules.facts.PlanFacts;
import vn.edu.shcm.rules.model.Scope;

/**
 * A compiled rule pack: its rule base, its rules' metadata and texts, and the way to run it over one plan's
 * facts. Immutable and thread-safe; every execution has its own working memory and collector.
 */
public final class PackRuntime {

    /** How a pack's rule base came to be. */
    public enum Origin {
        /** Loaded from the executable model the build compiled: nothing compiled at run time. */
        PRECOMPILED,
        /** Compiled from DRL files at run time (packs read from a directory, or without a precompiled model). */
        COMPILED_AT_RUN_TIME
    }

    /** The deadline messages a rule falls back on, given the rule's {@code deliverable} name. */
    private static final Map<String, Text> DEADLINE_MESSAGES = Map.of(
            "late", new Text("{What} gửi ngày {actual}, sau hạn {required}.",
                    "{What} was delivered on {actual}, after the {required} deadline."),
            "missing", new Text("Chưa có {what}; hạn chót là {required}.",
                    "No {what} yet; it was due on {required}."),
            "due", new Text("{What} cần hoàn thành chậm nhất ngày {required}.",
                    "{What} is due on {required}."));

    private final PackDescriptor descriptor;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Map<String, PackDescriptor.RuleTexts> texts;
    private final Map<Scope, AgendaFilter> filters = new EnumMap<>(Scope.class);
    private final StatelessKieSession session;
    private final KieCommands commands = KieServices.get().getCommands();

    private final Origin origin;

    PackRuntime(PackDescriptor descriptor, KieBase kieBase, Map<String, RuleInfo> rules,
                Map<String, PackDescriptor.RuleTexts> texts, Set<Scope> packScopes, Origin origin) {
        this.origin = origin;
        this.descriptor = descriptor;
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.texts = Map.copyOf(texts);
        this.orderedRules = List.copyOf(rules.values());
        for (Scope scope : packScopes) {
            Set<String> blocked = rules.values().stream().filter(r -> !r.scopes().contains(scope))
                    .map(RuleInfo::id).collect(Collectors.toUnmodifiableSet());
            if (!blocked.isEmpty()) {
                filters.put(scope, match -> !blocked.contains(match.getRule().getName()));
            }
        }
        // a pool of sessions that each execution borrows and resets, instead of building a session per check
        this.session = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()).newStatelessKieSession();
        this.admission = FactAdmission.of(kieBase);
        this.factTypes = Set.copyOf(admission.matched(PlanFacts.TYPES));
    }

    /** Which facts some pattern of the rule base can match: the others are not inserted. */
    private final FactAdmission admission;

    /** The classes of derived facts some pattern can match. */
    private final Set<Class<?>> factTypes;

    private final List<RuleInfo> orderedRules;

    /** Returns the pack id. */
    public String packId() {
        return descriptor.id();
    }

    /** Returns the pack's rules in catalogue order. */
    public List<RuleInfo> rules() {
        return orderedRules;
    }

    /** Returns how the rule base came to be. */
    public Origin origin() {
        return origin;
    }

    /** Returns the rule base. */
    public KieBase kieBase() {
        return kieBase;
    }

    /** Returns the metadata of a rule of this pack. */
    RuleInfo rule(String ruleId) {
        RuleInfo info = rules.get(ruleId);
        if (info == null) {
            throw new IllegalStateException("rule " + ruleId + " reported a finding but is not a rule of pack "
                    + descriptor.id());
        }
        return info;
    }

    /**
     * Returns a rule's message template of the given name; the shared deadline messages ({@code late},
     * {@code missing}, {@code due}) apply to rules that name their deliverable and do not define their own.
     */
    Text message(String ruleId, String key) {
        PackDescriptor.RuleTexts t = texts.get(ruleId);
        Text own = t == null ? null : t.messages().get(key);
        if (own != null) {
            return own;
        }
        if (t != null && t.deliverable() != null && DEADLINE_MESSAGES.containsKey(key)) {
            return DEADLINE_MESSAGES.get(key);
        }
        throw new IllegalStateException("rule " + ruleId + " has no message \"" + key + "\" in its pack descriptor");
    }

    /** Returns the name of what a rule's deadline concerns, or null. */
    Text deliverable(String ruleId) {
        PackDescriptor.RuleTexts t = texts.get(ruleId);
        return t == null ? null : t.deliverable();
    }

    /** Returns the classes of derived facts ({@link PlanFacts#TYPES}) some pattern of the rule base can match. */
    public Set<Class<?>> factTypes() {
        return factTypes;
    }

    /** Returns which facts the rule base can match. */
    public FactAdmission admission() {
        return admission;
    }

    /**
     * Runs the pack's rules for the plan's scope over the facts and returns what they found; facts that no pattern
     * of the rule base can match ({@link #admission()}) are not inserted unless {@code everyFact}.
     */
    public FindingSink execute(CheckContext context, List<Object> facts, boolean everyFact) {
        FindingSink sink = new FindingSink(this, context);
        List<Object> all = new ArrayList<>(facts.size() + 1);
        if (everyFact || admission.admitsEverything()) {
            all.addAll(facts);
        } else {
            FactAdmission.Probe probe = admission.probe();
            for (Object fact : facts) {
                if (admission.admits(fact, probe)) {
                    all.add(fact);
                }
            }
        }
        all.add(sink);
        AgendaFilter filter = filters.get(context.scope());
        List<Command<?>> batch = List.of(commands.newInsertElements(all),
                filter == null ? new FireAllRulesCommand() : new FireAllRulesCommand(filter));
        session.execute(commands.newBatchExecution(batch));
        return sink;
    }
}
